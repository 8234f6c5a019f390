// DEKKING, GEDEKT, HIATEN and WIE: the team's coverage per area and what is missing.

import { analyze } from '../../analysis/analyze';
import type { Analysis, AreaStatus } from '../../analysis/types';
import type { Language } from '../../i18n/language';
import { fillTemplate, text } from '../../i18n/message';
import { areaArgument, matrixArgument, scalarArgument } from '../arguments';
import { AREA, MATRIX, PROFILE, TARGET, THRESHOLD } from '../params';
import { FORMULA_TEXTS } from '../texts';
import type { FormulaContext, FormulaDefinition, FormulaTable } from '../types';

export function statusText(status: AreaStatus, lang: Language): string {
  if (status === 'gedekt') return text('statusCovered', lang);
  return status === 'kwetsbaar' ? text('statusVulnerable', lang) : text('statusGap', lang);
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

/** The HIATEN table: gaps, vulnerable areas, basis gaps and blind spots, each with a short explanation. */
export function gapsTable(analysis: Analysis, lang: Language): FormulaTable {
  const t = FORMULA_TEXTS;
  const rows: FormulaTable = [[t.kind[lang], t.area[lang], t.explanation[lang]]];
  const threshold = analysis.threshold;
  for (const area of analysis.areas) {
    const candidates = area.candidates.length
      ? fillTemplate(t.candidatesText[lang], { names: names(area.candidates) })
      : '';
    if (area.scope === 'network' && area.status === 'gat') {
      rows.push([t.kindGap[lang], area.role, fillTemplate(t.gapText[lang], { threshold }) + candidates]);
    } else if (area.scope === 'network' && area.status === 'kwetsbaar') {
      const explanation = fillTemplate(t.vulnerableText[lang], {
        covered: area.covered,
        target: analysis.target,
        names: names(area.coveredBy),
      });
      rows.push([t.kindVulnerable[lang], area.role, explanation + candidates]);
    } else if (area.scope === 'everyone' && area.status === 'gat') {
      const below = area.below.length
        ? fillTemplate(t.basisBelowText[lang], { threshold, names: names(area.below) })
        : t.basisNobodyText[lang];
      const missing = area.missing.length ? fillTemplate(t.missingText[lang], { names: names(area.missing) }) : '';
      rows.push([t.kindBasis[lang], area.role, below + missing]);
    }
  }
  for (const spot of analysis.blindSpots) {
    rows.push([t.kindBlindSpot[lang], spot.id, fillTemplate(t.blindSpotText[lang], { text: spot.text, threshold })]);
  }
  if (rows.length === 1) rows.push([t.kindNone[lang], '', t.noGapsText[lang]]);
  return rows;
}

/** A list of names as a one-column table; an empty list is one empty cell, never an error. */
export function nameColumn(list: readonly string[]): FormulaTable {
  return list.length ? list.map((name) => [name]) : [['']];
}

/** Positions of the threshold, target and profile arguments of a formula. */
interface Positions {
  readonly threshold: number;
  readonly target?: number;
  readonly profile: number;
}

function analysisOf(args: readonly unknown[], context: FormulaContext, positions: Positions): Analysis {
  const reading = matrixArgument(args, context, positions.profile);
  const target = positions.target === undefined ? undefined : scalarArgument(args[positions.target]);
  return analyze(reading, { threshold: scalarArgument(args[positions.threshold]), target });
}

/** The result of the area named by argument 1, for GEDEKT and WIE. */
function namedArea(args: readonly unknown[], context: FormulaContext) {
  const reading = matrixArgument(args, context, 3);
  const analysis = analyze(reading, { threshold: scalarArgument(args[2]) });
  return analysis.areas[areaArgument(reading.profile, args[1], AREA.name[context.lang])]!;
}

export const DEKKING: FormulaDefinition = {
  id: 'DEKKING',
  name: { nl: 'DEKKING', en: 'COVERAGE' },
  description: {
    nl: 'Dekking per gebied: Gebied, Gedekt, Gevorderd+, Expert, Gescand, Status (gedekt, kwetsbaar, gat).',
    en: 'Coverage per area: Area, Covered, Advanced+, Expert, Scanned, Status (covered, vulnerable, gap).',
  },
  params: [MATRIX, THRESHOLD, TARGET, PROFILE],
  result: 'table',
  run: (args, context) =>
    coverageTable(analysisOf(args, context, { threshold: 1, target: 2, profile: 3 }), context.lang),
};

export const GEDEKT: FormulaDefinition = {
  id: 'GEDEKT',
  name: { nl: 'GEDEKT', en: 'COVERED' },
  description: {
    nl: 'Aantal personen dat het gebied dekt (niveau op of boven de drempel).',
    en: 'Number of people covering the area (level at or above the threshold).',
  },
  params: [MATRIX, AREA, THRESHOLD, PROFILE],
  result: 'scalar',
  run: (args, context) => namedArea(args, context).covered,
};

export const HIATEN: FormulaDefinition = {
  id: 'HIATEN',
  name: { nl: 'HIATEN', en: 'GAPS' },
  description: {
    nl: 'Hiaten met toelichting: gaten, kwetsbare gebieden, basis onder de drempel en blinde vlekken.',
    en: 'Gaps with an explanation: gaps, vulnerable areas, basics below the threshold and blind spots.',
  },
  params: [MATRIX, THRESHOLD, TARGET, PROFILE],
  result: 'table',
  run: (args, context) => gapsTable(analysisOf(args, context, { threshold: 1, target: 2, profile: 3 }), context.lang),
};

export const WIE: FormulaDefinition = {
  id: 'WIE',
  name: { nl: 'WIE', en: 'WHO' },
  description: {
    nl: 'De namen van wie het gebied dekken, één per regel.',
    en: 'The names of the people covering the area, one per row.',
  },
  params: [MATRIX, AREA, THRESHOLD, PROFILE],
  result: 'table',
  run: (args, context) => nameColumn(namedArea(args, context).coveredBy),
};
