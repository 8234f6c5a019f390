// Plain-text rendering of tables and analyses for the terminal.

import type { Analysis } from '../shared/analysis/types';
import { coverageTable } from '../shared/formulas/functions/coverage';
import type { Language } from '../shared/i18n/language';
import { formatMessage } from '../shared/i18n/message';
import { LEVELS } from '../shared/levels/levels';
import type { CellValue } from '../shared/matrix/grid';
import { CLI_TEXTS } from './texts';

function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : value.toFixed(2);
  return String(value);
}

/** Columns padded to their widest cell, two spaces apart; numbers right-aligned. */
export function renderTable(rows: readonly (readonly CellValue[])[]): string {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, c) => {
      widths[c] = Math.max(widths[c] ?? 0, cellText(cell).length);
    });
  }
  return rows
    .map((row) =>
      row
        .map((cell, c) =>
          typeof cell === 'number' ? cellText(cell).padStart(widths[c]!) : cellText(cell).padEnd(widths[c]!),
        )
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

function thresholdLabel(threshold: number, lang: Language): string {
  const level = LEVELS.find((candidate) => candidate.value === threshold);
  return level ? `${threshold} (${level.label[lang]})` : String(threshold);
}

/** The readable form of one analysis. */
export function renderAnalysis(analysis: Analysis, lang: Language): string {
  const t = CLI_TEXTS[lang];
  const lines = [
    t.heading(analysis.profile, thresholdLabel(analysis.threshold, lang), analysis.target),
    t.people(analysis.people, analysis.scanned),
    '',
    renderTable(coverageTable(analysis, lang)),
  ];
  for (const area of analysis.areas) {
    if (area.scope === 'everyone' && area.status === 'gat') {
      lines.push('', t.basisGap(area.role, area.below, area.missing));
    }
  }
  const withCandidates = analysis.areas.filter((area) => area.candidates.length > 0);
  if (withCandidates.length > 0) {
    lines.push('', t.candidates);
    for (const area of withCandidates) lines.push(`  ${area.role}: ${area.candidates.join(', ')}`);
  }
  if (analysis.blindSpots.length > 0) {
    lines.push('', t.blindSpots);
    for (const spot of analysis.blindSpots) lines.push(`  ${spot.id}  ${spot.text}`);
  }
  if (analysis.warnings.length > 0) {
    lines.push('', t.warnings);
    for (const warning of analysis.warnings) lines.push(`  - ${formatMessage(warning, lang)}`);
  }
  return lines.join('\n');
}
