// DEKKING, GEDEKT, HIATEN and WIE: the team's coverage per area and what is missing.

import { analyze } from '../../analysis/analyze';
import { byRisk } from '../../analysis/insights';
import type { Analysis, AreaResult, AreaStatus } from '../../analysis/types';
import type { Language } from '../../i18n/language';
import { fillTemplate, text } from '../../i18n/message';
import * as declared from '../declarations';
import { FORMULA_TEXTS } from '../texts';
import type { FormulaDefinition, FormulaTable } from '../types';
import { normOptions } from './norms';
import { failInScope, withNote } from './unreadable';

const STATUS_KEYS = {
  gedekt: 'statusCovered',
  kwetsbaar: 'statusVulnerable',
  gat: 'statusGap',
  'niet gescand': 'statusNotScanned',
} as const satisfies Record<AreaStatus, string>;

export function statusText(status: AreaStatus, lang: Language): string {
  return text(STATUS_KEYS[status], lang);
}

/** The DEKKING table of an analysis: one row per area, every scope, profile order. */
export function coverageTable(analysis: Analysis, lang: Language): FormulaTable {
  const t = FORMULA_TEXTS;
  const header = [t.area, t.covered, t.advanced, t.expert, t.scanned, t.status].map((cell) => cell[lang]);
  return [
    header,
    ...analysis.areas.map((area) => [
      area.role,
      area.covered,
      area.advanced,
      area.expert,
      area.scanned,
      statusText(area.status, lang),
    ]),
  ];
}

function names(list: readonly string[]): string {
  return list.join(', ');
}

function gapRow(area: AreaResult, lang: Language): FormulaTable[number] | undefined {
  const t = FORMULA_TEXTS;
  const candidates = area.candidates.length
    ? fillTemplate(t.candidatesText[lang], { names: names(area.candidates) })
    : '';
  if (area.scope === 'network' && area.status === 'gat') {
    return [t.kindGap[lang], area.role, fillTemplate(t.gapText[lang], { threshold: area.threshold }) + candidates];
  }
  if (area.scope === 'network' && area.status === 'kwetsbaar') {
    const explanation = fillTemplate(t.vulnerableText[lang], {
      covered: area.covered,
      target: area.target,
      names: names(area.coveredBy),
    });
    return [t.kindVulnerable[lang], area.role, explanation + candidates];
  }
  if (area.scope === 'everyone' && area.status === 'gat') {
    const below = area.below.length
      ? fillTemplate(t.basisBelowText[lang], { threshold: area.threshold, names: names(area.below) })
      : t.basisNobodyText[lang];
    const missing = area.missing.length ? fillTemplate(t.missingText[lang], { names: names(area.missing) }) : '';
    return [t.kindBasis[lang], area.role, below + missing];
  }
  return undefined;
}

/**
 * The gaps table: gaps, vulnerable areas, basis gaps and blind spots, each with a short explanation using the
 * area's own threshold and target. By `risk` (HIATEN, docs/design.md#4b-insights-beyond-coverage): gaps and vulnerable network areas highest
 * risk first, then the basis gaps; by `profile`: every area in profile order, as the no-install workbook's
 * native Hiaten block still lists them.
 */
export function gapsTable(analysis: Analysis, lang: Language, order: 'risk' | 'profile' = 'profile'): FormulaTable {
  const t = FORMULA_TEXTS;
  const rows: FormulaTable = [[t.kind[lang], t.area[lang], t.explanation[lang]]];
  const areas =
    order === 'risk'
      ? [...byRisk(analysis.areas), ...analysis.areas.filter((area) => area.scope === 'everyone')]
      : analysis.areas;
  for (const area of areas) {
    const row = gapRow(area, lang);
    if (row) rows.push(row);
  }
  const thresholdOf = new Map(analysis.areas.map((area) => [area.id, area.threshold]));
  for (const spot of analysis.blindSpots) {
    const threshold = thresholdOf.get(spot.area) ?? analysis.threshold;
    rows.push([t.kindBlindSpot[lang], spot.id, fillTemplate(t.blindSpotText[lang], { text: spot.text, threshold })]);
  }
  // Nobody scanned there yet: one line naming them, never a gap (docs/design.md#4-what-the-answers-mean).
  const unscanned = analysis.areas.filter((area) => area.status === 'niet gescand').map((area) => area.role);
  if (rows.length === 1 && unscanned.length === 0) rows.push([t.kindNone[lang], '', t.noGapsText[lang]]);
  if (unscanned.length > 0) rows.push([t.kindNotScanned[lang], names(unscanned), t.notScannedText[lang]]);
  return rows;
}

/** A list of names as a one-column table; an empty list is one empty cell, never an error. */
export function nameColumn(list: readonly string[]): FormulaTable {
  return list.length ? list.map((name) => [name]) : [['']];
}

export const DEKKING: FormulaDefinition<typeof declared.DEKKING.params> = {
  ...declared.DEKKING,
  run: ({ matrix, threshold, target }, context) =>
    withNote(coverageTable(analyze(matrix, normOptions(threshold, target)), context.lang), [matrix], context.lang),
};

export const GEDEKT: FormulaDefinition<typeof declared.GEDEKT.params> = {
  ...declared.GEDEKT,
  run: ({ matrix, area, threshold }) => {
    failInScope(matrix, { area });
    return analyze(matrix, normOptions(threshold)).areas[area]!.covered;
  },
};

export const HIATEN: FormulaDefinition<typeof declared.HIATEN.params> = {
  ...declared.HIATEN,
  run: ({ matrix, threshold, target }, context) =>
    withNote(gapsTable(analyze(matrix, normOptions(threshold, target)), context.lang, 'risk'), [matrix], context.lang),
};

export const WIE: FormulaDefinition<typeof declared.WIE.params> = {
  ...declared.WIE,
  run: ({ matrix, area, threshold }) => {
    failInScope(matrix, { area });
    return nameColumn(analyze(matrix, normOptions(threshold)).areas[area]!.coveredBy);
  },
};
