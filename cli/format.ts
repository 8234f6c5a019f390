// Plain-text rendering of tables and analyses for the terminal.

import { byRisk } from '../shared/analysis/insights';
import { noMentorSentence } from '../shared/analysis/mentor-reason-text';
import type { Analysis } from '../shared/analysis/types';
import { coverageTable, statusText } from '../shared/formulas/functions/coverage';
import type { Language } from '../shared/i18n/language';
import { formatMessage } from '../shared/i18n/message';
import { LEVELS } from '../shared/levels/levels';
import { profileIndex } from '../shared/matrix/columns';
import type { CellValue } from '../shared/matrix/grid';
import type { Profile } from '../shared/profiles/model';
import { escapeControls } from './output/terminal';
import { CLI_TEXTS } from './texts';

/** Names listed one by one in the readable output; the rest are counted ("… en 1.070 anderen"). */
export const NAMES_LISTED = 10;

const LOCALES: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };

/** A number as the reader writes it, at most two decimals: "1.070" and "2,5" in Dutch, "1,070" and "2.5" in English. */
export function formatNumber(value: number, lang: Language): string {
  return new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 2 }).format(value);
}

/** The first NAMES_LISTED names, then how many more. */
export function nameList(names: readonly string[], lang: Language): string {
  if (names.length <= NAMES_LISTED) return names.join(', ');
  const rest = names.length - NAMES_LISTED;
  return `${names.slice(0, NAMES_LISTED).join(', ')} ${CLI_TEXTS[lang].andOthers(rest, formatNumber(rest, lang))}`;
}

function cellText(value: CellValue, lang: Language): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return formatNumber(value, lang);
  // Escaped before the widths are measured, so a control character neither acts nor shifts the columns.
  return escapeControls(String(value));
}

/** Columns padded to their widest cell, two spaces apart; numbers right-aligned. */
export function renderTable(rows: readonly (readonly CellValue[])[], lang: Language): string {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, c) => {
      widths[c] = Math.max(widths[c] ?? 0, cellText(cell, lang).length);
    });
  }
  return rows
    .map((row) =>
      row
        .map((cell, c) =>
          typeof cell === 'number'
            ? cellText(cell, lang).padStart(widths[c]!)
            : cellText(cell, lang).padEnd(widths[c]!),
        )
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

function thresholdLabel(threshold: number, lang: Language): string {
  const level = LEVELS.find((candidate) => candidate.value === threshold);
  return level ? `${threshold} (${level.label[lang]})` : formatNumber(threshold, lang);
}

/** The coverage table with each area's own Drempel and Doel after Gebied (an everyone area has no Doel). */
function withNorms(table: readonly (readonly CellValue[])[], analysis: Analysis, lang: Language): CellValue[][] {
  const [header = [], ...rows] = table;
  const t = CLI_TEXTS[lang];
  return [
    [header[0]!, t.thresholdColumn, t.targetColumn, ...header.slice(1)],
    ...rows.map((row, r) => {
      const area = analysis.areas[r]!;
      return [row[0]!, area.threshold, area.scope === 'everyone' ? '' : area.target, ...row.slice(1)];
    }),
  ];
}

/** How many competencies a key person's lines name by text before "… and N more:" with their codes. */
export const ITEMS_LISTED = 5;

/** A competency as the reader knows it: its text, then its code ("Kennis van … (INN-K1)"). */
function itemLine(text: string, id: string): string {
  return `${escapeControls(text.trim().replace(/\.$/, ''))} (${escapeControls(id)})`;
}

/** The competencies only a key person masters, one a line by text, then the rest by code. */
function soleItems(ids: readonly string[], profile: Profile | undefined, lang: Language): string[] {
  const texts = new Map(profile ? profileIndex(profile).items.map(({ item }) => [item.id, item.text]) : []);
  const lines = ids.slice(0, ITEMS_LISTED).map((id) => {
    const text = texts.get(id);
    return `    ${text ? itemLine(text, id) : escapeControls(id)}`;
  });
  const rest = ids.slice(ITEMS_LISTED);
  if (rest.length > 0) {
    lines.push(`    ${CLI_TEXTS[lang].moreItems(formatNumber(rest.length, lang))} ${escapeControls(rest.join(', '))}`);
  }
  return lines;
}

/**
 * The readable form of one analysis; `normsFile` names the --normen table it used; `profile` gives the texts of
 * the competencies a key person alone masters (without it they are named by code).
 */
export function renderAnalysis(analysis: Analysis, lang: Language, normsFile?: string, profile?: Profile): string {
  const t = CLI_TEXTS[lang];
  const lines = [
    t.heading(analysis.profile, thresholdLabel(analysis.threshold, lang), formatNumber(analysis.target, lang)),
    ...(normsFile ? [t.normsFrom(normsFile)] : []),
    t.people(formatNumber(analysis.people, lang), formatNumber(analysis.scanned, lang)),
    '',
    renderTable(
      normsFile ? withNorms(coverageTable(analysis, lang), analysis, lang) : coverageTable(analysis, lang),
      lang,
    ),
  ];
  for (const area of analysis.areas) {
    if (area.scope === 'everyone' && area.status === 'gat') {
      const below = area.below.length ? nameList(area.below, lang) : '';
      const missing = area.missing.length ? nameList(area.missing, lang) : '';
      lines.push('', t.basisGap(area.role, below, missing));
    }
  }
  lines.push(...insightSections(analysis, lang, profile));
  const withCandidates = analysis.areas.filter((area) => area.candidates.length > 0);
  if (withCandidates.length > 0) {
    lines.push('', t.candidates);
    for (const area of withCandidates) lines.push(`  ${area.role}: ${nameList(area.candidates, lang)}`);
  }
  if (analysis.blindSpots.length > 0) {
    lines.push('', t.blindSpots);
    for (const spot of analysis.blindSpots) lines.push(`  ${itemLine(spot.text, spot.id)}`);
  }
  if (analysis.warnings.length > 0) {
    lines.push('', t.warnings);
    for (const warning of analysis.warnings) lines.push(`  - ${formatMessage(warning, lang)}`);
  }
  return lines.join('\n');
}

/** Why nobody in the team mentors on an area (docs/design.md#4b-insights-beyond-coverage), from the core's counts. */
function whyNoMentor(analysis: Analysis, id: string, lang: Language): string {
  const area = analysis.areas.find((candidate) => candidate.id === id)!;
  return noMentorSentence(area, analysis.mentorLimit, lang, (value) => formatNumber(value, lang));
}

/** Lines of a section, the first NAMES_LISTED of them, then how many more. */
function capped(lines: readonly string[], lang: Language): string[] {
  if (lines.length <= NAMES_LISTED) return [...lines];
  const rest = lines.length - NAMES_LISTED;
  return [...lines.slice(0, NAMES_LISTED), `  ${CLI_TEXTS[lang].andOthers(rest, formatNumber(rest, lang))}`];
}

/** The insights of docs/design.md#4b-insights-beyond-coverage: attention by risk, key people and learning pairs; a section only when it has lines. */
function insightSections(analysis: Analysis, lang: Language, profile?: Profile): string[] {
  const t = CLI_TEXTS[lang];
  const label = new Map(analysis.areas.map((area) => [area.id, area.role]));
  const lines: string[] = [];
  const attention = byRisk(analysis.areas);
  if (attention.length > 0) {
    lines.push('', t.attention);
    for (const area of attention)
      lines.push(`  ${t.riskLine(area.role, statusText(area.status, lang), area.risk ?? 0)}`);
  }
  if (analysis.keyPeople.length > 0) {
    lines.push('', t.keyPeople);
    const people = analysis.keyPeople.map((person) =>
      [
        `  ${t.keyPerson(person.name, person.areas.map((id) => label.get(id) ?? id).join(', '), person.items.length > 0)}`,
        ...soleItems(person.items, profile, lang),
      ].join('\n'),
    );
    lines.push(...capped(people, lang));
  }
  if (analysis.pairs.length > 0) {
    lines.push('', t.pairs(analysis.mentorLimit));
    const pairs = analysis.pairs.map(
      (pair) =>
        `  ${t.pair(label.get(pair.area) ?? pair.area, pair.learner, pair.mentor, pair.mentor ? '' : whyNoMentor(analysis, pair.area, lang))}`,
    );
    lines.push(...capped(pairs, lang));
  }
  return lines;
}
