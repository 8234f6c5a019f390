// The personal report (gespreksdocument, seed 000 ch. 7): one person's levels, strengths, wishes and pairs.

import { fail, quoteValue } from '../i18n/message';
import { personKey } from '../text/normalize';
import { withheldText } from './anonymous';
import { levelChart } from './charts';
import { type ConversationReportInput, planSections, viewSections } from './conversation';
import { escapeHtml, page } from './html';
import { minGroupOf, personalComparison } from './privacy';
import { areaLabel, footer, formatNumber, heading, type ReportInput } from './sections';
import { reportText } from './texts';

function list(items: readonly string[], empty: string): string {
  return items.length
    ? `<ul>${items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`
    : `<p>${escapeHtml(empty)}</p>`;
}

/**
 * The personal report. It names no colleague but the person's own mentors: the team appears only as an
 * average over at least k colleagues (docs/design.md#9-reliability-and-privacy), and learners the person could help are counted, not named.
 */
export function personalReport(input: ReportInput | ConversationReportInput, name: string): string {
  const { reading, analysis, lang } = input;
  const row = reading.people.findIndex((candidate) => personKey(candidate.name) === personKey(name));
  if (row < 0) fail('unknownPerson', { value: quoteValue(name) });
  const person = reading.people[row]!;
  // The team average only where k colleagues are scanned on the area (docs/design.md#9-reliability-and-privacy); else the row says why.
  const k = minGroupOf(input);
  const bars = personalComparison(input, row).map(({ area, mine, team, withheld }) => ({
    label: areaLabel(area),
    mine,
    team,
    ...(withheld ? { teamNote: withheldText(withheld, lang, k) } : {}),
  }));
  const strengths = analysis.areas
    .filter((area) => person.areaLevels[area.index]! >= Math.max(3, area.threshold))
    .map((area) => `${areaLabel(area)} (${formatNumber(person.areaLevels[area.index]!, lang)})`);
  const wishes = analysis.areas.filter((area) => person.wishes[area.index]).map((area) => areaLabel(area));
  const label = (id: string) => areaLabel(analysis.areas.find((area) => area.id === id)!);
  const learning = analysis.pairs
    .filter((pair) => pair.learner === person.name)
    .map((pair) =>
      pair.mentor
        ? reportText('learnsFrom', lang, { area: label(pair.area), mentor: pair.mentor })
        : reportText('learnsOutside', lang, { area: label(pair.area) }),
    );
  const mentoring = new Map<string, number>();
  for (const pair of analysis.pairs.filter((p) => p.mentor === person.name)) {
    mentoring.set(pair.area, (mentoring.get(pair.area) ?? 0) + 1);
  }
  const helping = [...mentoring].map(([area, count]) =>
    reportText(count === 1 ? 'canMentorOne' : 'canMentor', lang, { area: label(area), count }),
  );
  const key = analysis.keyPeople.find((candidate) => candidate.name === person.name);
  const keyLines = key
    ? [
        ...(key.areas.length ? [reportText('keyFor', lang, { areas: key.areas.map(label).join(', ') })] : []),
        ...(key.items.length ? [reportText('holdsAlone', lang, { items: key.items.join(', ') })] : []),
      ]
    : [];
  const oneDecimal = (level: number) =>
    level.toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const title = reportText('personalTitle', lang);
  const chartTitle = reportText('yourLevels', lang);
  const body = [
    heading(`${title}: ${person.name}`, reportText('personalIntro', lang), input),
    ...viewSections(input, person.name),
    `<section><h2>${escapeHtml(chartTitle)}</h2>${levelChart(bars, chartTitle, [reportText('you', lang), reportText('teamAverage', lang)], oneDecimal)}</section>`,
    `<section><h2>${escapeHtml(reportText('strengths', lang))}</h2>${list(strengths, reportText('noStrengths', lang))}</section>`,
    `<section><h2>${escapeHtml(reportText('wishes', lang))}</h2>${list(wishes, reportText('noWishes', lang))}</section>`,
    learning.length || helping.length
      ? `<section><h2>${escapeHtml(reportText('yourPairs', lang))}</h2>${list([...learning, ...helping], '')}</section>`
      : '',
    keyLines.length
      ? `<section><h2>${escapeHtml(reportText('yourKey', lang))}</h2>${list(keyLines, '')}</section>`
      : '',
    ...planSections(input, person.name),
    `<section><h2>${escapeHtml(reportText('notes', lang))}</h2><div class="notes"></div></section>`,
    footer(input),
  ].join('\n');
  return page(lang, `${title}: ${person.name}`, body);
}
