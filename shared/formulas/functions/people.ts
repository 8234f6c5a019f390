// SCORE, BASISNIVEAU and KANDIDATEN: answers about people rather than areas.

import { candidatesFor } from '../../analysis/analyze';
import type { AreaNorm } from '../../analysis/norms';
import type { Language } from '../../i18n/language';
import { text } from '../../i18n/message';
import { MIN_LEVEL, NOT_APPLICABLE } from '../../levels/levels';
import type { MatrixReading } from '../../matrix/reading';
import * as declared from '../declarations';
import { FORMULA_TEXTS } from '../texts';
import type { FormulaDefinition, FormulaTable } from '../types';
import { nameColumn } from './coverage';
import { areaNorms } from './norms';
import { failInScope, withNote } from './unreadable';

/** A level as a cell shows it: the number, "n.v.t." for not applicable, empty when not scanned. */
export function levelCell(level: number, lang: Language): number | string {
  if (level >= MIN_LEVEL) return level;
  return level === NOT_APPLICABLE ? text('notApplicable', lang) : '';
}

/**
 * The basis table: per person the lowest level over the everyone-areas (the weakest link decides) and
 * whether every one of them reaches its area's threshold (one threshold for all, or a norm per area).
 */
export function basisTable(
  reading: MatrixReading,
  threshold: number | readonly AreaNorm[],
  lang: Language,
): FormulaTable {
  const t = FORMULA_TEXTS;
  const thresholdOf = (area: number) => (typeof threshold === 'number' ? threshold : threshold[area]!.threshold);
  const everyone = reading.profile.areas.flatMap((area, index) => (area.scope === 'everyone' ? [index] : []));
  const rows: FormulaTable = [[t.name[lang], t.basisLevel[lang], t.status[lang]]];
  for (const person of reading.people) {
    const scanned = everyone.filter((area) => person.areaLevels[area]! >= MIN_LEVEL);
    if (scanned.length === 0) {
      rows.push([person.name, '', text('statusNotScanned', lang)]);
      continue;
    }
    const lowest = Math.min(...scanned.map((area) => person.areaLevels[area]!));
    const reached = scanned.every((area) => person.areaLevels[area]! >= thresholdOf(area));
    rows.push([person.name, lowest, text(reached ? 'statusCovered' : 'statusGap', lang)]);
  }
  return rows;
}

export const SCORE: FormulaDefinition<typeof declared.SCORE.params> = {
  ...declared.SCORE,
  run: ({ matrix, person, area }, context) => {
    failInScope(matrix, { area, gridRow: person.gridRow });
    return levelCell(person.areaLevels[area]!, context.lang);
  },
};

export const BASISNIVEAU: FormulaDefinition<typeof declared.BASISNIVEAU.params> = {
  ...declared.BASISNIVEAU,
  run: ({ matrix, threshold }, context) =>
    withNote(basisTable(matrix, areaNorms(matrix.profile, threshold), context.lang), [matrix], context.lang),
};

export const KANDIDATEN: FormulaDefinition<typeof declared.KANDIDATEN.params> = {
  ...declared.KANDIDATEN,
  run: ({ matrix, area, count, threshold }) => {
    failInScope(matrix, { area, wishes: true });
    const norm = areaNorms(matrix.profile, threshold)[area]!;
    const people = candidatesFor(matrix.people, area, norm.threshold);
    return nameColumn(people.slice(0, count).map((person) => person.name));
  },
};
