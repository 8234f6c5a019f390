// The personal report (gespreksdocument, seed 000 ch. 7): one person's levels, strengths, growth points, wishes and pairs.

import type { Language } from '../i18n/language';
import { fail, quoteValue } from '../i18n/message';
import type { Person } from '../matrix/reading';
import { personKey } from '../text/normalize';
import { withheldText } from './anonymous';
import { levelChart } from './charts';
import { type ConversationReportInput, planSections, viewSections } from './conversation';
import { escapeHtml, landmarks, page } from './html';
import { growthPoints, type ItemLevel, itemHtml, itemListHtml, itemStrengths, scannedItems } from './items';
import { noMentorText } from './mentor';
import { minGroupOf, personalComparison } from './privacy';
import { areaLabel, footer, formatNumber, heading } from './sections';
import { type ReportTextKey, reportText } from './texts';

/** What each section of the personal report is made from. */
export interface PersonalContext {
  /** With the conversation's sheets (second view, plan) when the report is the conversation document. */
  readonly input: ConversationReportInput;
  readonly lang: Language;
  readonly person: Person;
  /** The person's row in `input.reading.people`. */
  readonly row: number;
  /** The person's scanned items; empty at area detail. */
  readonly items: readonly ItemLevel[];
  /** An area's name as every report names it, by area id. */
  readonly label: (id: string) => string;
}

/** One section of the personal report: its HTML, or '' when it has nothing to say. */
export type PersonalSection = (context: PersonalContext) => string;

function list(items: readonly string[], empty: string): string {
  return items.length
    ? `<ul>${items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`
    : `<p>${escapeHtml(empty)}</p>`;
}

/** A section; `flow` lets a long list break across pages instead of leaving a page half empty. */
function section(title: ReportTextKey, lang: Language, body: string, flow = false): string {
  return `<section${flow ? ' class="flow"' : ''}><h2>${escapeHtml(reportText(title, lang))}</h2>${body}</section>`;
}

/** Strengths per area and growth points written out with their texts; the rest are named by id (the page budget). */
const STRENGTHS_WRITTEN = 3;
const GROWTH_WRITTEN = 6;

/** List items: the first `written` entries by text with their level, then one line naming the rest by id. */
function itemLines(entries: readonly ItemLevel[], written: number, lang: Language): string[] {
  const lines = entries
    .slice(0, written)
    .map((entry) => `<li>${itemHtml(entry.item, { value: entry.level, lang })}</li>`);
  const rest = entries.slice(written).map((entry) => entry.item.id);
  if (rest.length) {
    lines.push(
      `<li>${escapeHtml(reportText('moreItems', lang, { count: rest.length }))} <small class="code">${escapeHtml(rest.join(', '))}</small></li>`,
    );
  }
  return lines;
}

/** The person's level per area beside the team average, only where k colleagues are scanned on it. */
const levels: PersonalSection = ({ input, lang, row }) => {
  // The team average only where k colleagues are scanned on the area (docs/design.md#9-reliability-and-privacy); else the row says why.
  const k = minGroupOf(input);
  const bars = personalComparison(input, row).map(({ area, mine, team, withheld }) => ({
    label: areaLabel(area),
    mine,
    team,
    ...(withheld ? { teamNote: withheldText(withheld, lang, k) } : {}),
  }));
  const oneDecimal = (level: number) =>
    level.toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const title = reportText('yourLevels', lang);
  const legend: [string, string] = [reportText('you', lang), reportText('teamAverage', lang)];
  return `<section><h2>${escapeHtml(title)}</h2>${levelChart(bars, title, legend, oneDecimal)}</section>`;
};

/** Areas at advanced level (and the area's threshold), then at item detail the items at 3 or more per area. */
const strengths: PersonalSection = ({ input, lang, person, items }) => {
  const { analysis } = input;
  const areas = analysis.areas
    .filter((area) => person.areaLevels[area.index]! >= Math.max(3, area.threshold))
    .map((area) => `${areaLabel(area)} (${formatNumber(person.areaLevels[area.index]!, lang)})`);
  const byArea = itemStrengths(items);
  if (areas.length === 0 && byArea.length === 0)
    return section('strengths', lang, list([], reportText('noStrengths', lang)));
  const areaPart = areas.length
    ? `${byArea.length ? `<p>${escapeHtml(reportText('strongAreas', lang))}</p>` : ''}${list(areas, '')}`
    : '';
  const itemPart = byArea.map(({ area, items: found }) => {
    const count = found.length;
    const line = reportText(count === 1 ? 'itemStrengthsOne' : 'itemStrengths', lang, {
      area: areaLabel(analysis.areas[area]!),
      count,
    });
    return `<li><strong>${escapeHtml(line)}</strong><ul>${itemLines(found, STRENGTHS_WRITTEN, lang).join('')}</ul></li>`;
  });
  return section('strengths', lang, `${areaPart}${itemPart.length ? `<ul>${itemPart.join('')}</ul>` : ''}`, true);
};

/** At item detail: the items to grow on, from the wished areas when any are at 0 or 1, else the lowest. */
const growth: PersonalSection = ({ lang, person, items }) => {
  if (items.length === 0) return '';
  const points = growthPoints(items, person.wishes);
  if (points.items.length === 0) return '';
  const note = reportText(points.fromWishes ? 'growthFromWishes' : 'growthLowest', lang);
  const lines = itemLines(points.items, GROWTH_WRITTEN, lang).join('');
  return section('growth', lang, `<p class="meta">${escapeHtml(note)}</p><ul>${lines}</ul>`, true);
};

const wishes: PersonalSection = ({ input, lang, person }) => {
  const wished = input.analysis.areas.filter((area) => person.wishes[area.index]).map((area) => areaLabel(area));
  return section('wishes', lang, list(wished, reportText('noWishes', lang)));
};

/** Whom the person learns from, and how many colleagues they can help (counted, never named). */
const pairs: PersonalSection = ({ input, lang, person, label }) => {
  const { analysis } = input;
  const learning = analysis.pairs
    .filter((pair) => pair.learner === person.name)
    .map((pair) =>
      pair.mentor
        ? reportText('learnsFrom', lang, { area: label(pair.area), mentor: pair.mentor })
        : reportText('learnsOutside', lang, {
            area: label(pair.area),
            reason: noMentorText(analysis, pair.area, lang),
          }),
    );
  const mentoring = new Map<string, number>();
  for (const pair of analysis.pairs.filter((p) => p.mentor === person.name)) {
    mentoring.set(pair.area, (mentoring.get(pair.area) ?? 0) + 1);
  }
  const helping = [...mentoring].map(([area, count]) =>
    reportText(count === 1 ? 'canMentorOne' : 'canMentor', lang, { area: label(area), count }),
  );
  return learning.length || helping.length ? section('yourPairs', lang, list([...learning, ...helping], '')) : '';
};

/** The areas the person is key for and the competencies they alone hold, by text. */
const key: PersonalSection = ({ input, lang, person, label }) => {
  const found = input.analysis.keyPeople.find((candidate) => candidate.name === person.name);
  if (!found || (found.areas.length === 0 && found.items.length === 0)) return '';
  const areas = found.areas.length
    ? list([reportText('keyFor', lang, { areas: found.areas.map(label).join(', ') })], '')
    : '';
  const alone = found.items.length
    ? `<p>${escapeHtml(reportText('holdsAlone', lang))}</p>${itemListHtml(found.items, input.reading, lang)}`
    : '';
  return section('yourKey', lang, `${areas}${alone}`);
};

/** Room for notes; the conversation document has its ruled Afspraken instead (and keeps to its pages). */
const notes: PersonalSection = ({ input, lang }) =>
  input.conversation ? '' : section('notes', lang, '<div class="notes"></div>');

/** The second view beside the self-scan, its differences first (only with the conversation's sheets). */
const view: PersonalSection = ({ input, person }) => viewSections(input, person.name).join('\n');

/** The development plan with who helps and when, and space for agreements (only with the conversation's sheets). */
const plan: PersonalSection = ({ input, person }) => planSections(input, person.name).join('\n');

/** The personal report's sections in order; a new section is one more entry here. */
export const PERSONAL_SECTIONS: readonly PersonalSection[] = [
  view,
  levels,
  strengths,
  growth,
  wishes,
  pairs,
  key,
  plan,
  notes,
];

/**
 * The personal report. It names no colleague but the person's own mentors: the team appears only as an
 * average over at least k colleagues (docs/design.md#9-reliability-and-privacy), and learners the person could help are counted, not named.
 */
export function personalReport(
  input: ConversationReportInput,
  name: string,
  sections: readonly PersonalSection[] = PERSONAL_SECTIONS,
): string {
  const { reading, analysis, lang } = input;
  const row = reading.people.findIndex((candidate) => personKey(candidate.name) === personKey(name));
  if (row < 0) fail('unknownPerson', { value: quoteValue(name) });
  const person = reading.people[row]!;
  const label = (id: string) => areaLabel(analysis.areas.find((area) => area.id === id)!);
  const context: PersonalContext = { input, lang, person, row, items: scannedItems(reading, person), label };
  const title = `${reportText('personalTitle', lang)}: ${person.name}`;
  const body = landmarks(
    heading(title, reportText('personalIntro', lang), input),
    sections.map((make) => make(context)),
    footer(input),
  );
  return page(lang, title, body);
}
