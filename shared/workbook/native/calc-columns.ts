// The Rekenblad's per-person columns: where each helper column sits, and its header.

import type { Language } from '../../i18n/language';
import { fillTemplate } from '../../i18n/message';
import { columnLetters } from '../../matrix/address';
import type { PlanCell } from '../plan';
import type { MatrixLayout } from './layout';
import { NATIVE_TEXTS } from './texts';

/** The columns (0-based) of the per-person table, from `first` on. */
export function calcColumns(layout: MatrixLayout, first: number) {
  const { profile } = layout;
  let next = first;
  const NAME = next++;
  const NUMBER = next++;
  const SCANNED = next++;
  const MINIMUM = next++;
  const BASIS_LEVEL = next++;
  const BASIS_STATUS = next++;
  const levelColumn = profile.areas.map(() => next++);
  const accumulators = profile.areas.map((area) =>
    area.scope === 'network'
      ? { coveredBy: next++, below: -1, missing: -1 }
      : { coveredBy: -1, below: next++, missing: next++ },
  );
  const KEY_AREAS = next++;
  const KEY_NAMES = next++;
  const SOLE_COUNT = next++;
  const SOLE_IDS = next++;
  const KEY_SORT = next++;
  const KEY_ROW = next++;
  // Codes: each area's own and part columns side by side, then the wish columns.
  const codeOf = new Map<number, number>();
  const competencyFirst = next;
  const groups = layout.areas.map((area) => {
    const first = next;
    for (const column of [...(area.own === undefined ? [] : [area.own]), ...area.parts]) codeOf.set(column, next++);
    return { first, count: next - first };
  });
  const competencyCodes = { first: competencyFirst, count: next - competencyFirst };
  for (const area of layout.areas) if (area.wish !== undefined) codeOf.set(area.wish, next++);
  const width = next - first;
  return {
    first,
    NAME,
    NUMBER,
    SCANNED,
    MINIMUM,
    BASIS_LEVEL,
    BASIS_STATUS,
    levelColumn,
    accumulators,
    KEY_AREAS,
    KEY_NAMES,
    SOLE_COUNT,
    SOLE_IDS,
    KEY_SORT,
    KEY_ROW,
    codeOf,
    groups,
    competencyCodes,
    width,
  };
}

export type CalcColumns = ReturnType<typeof calcColumns>;

/** The header row of the per-person table. */
export function calcHeader(c: CalcColumns, layout: MatrixLayout, lang: Language): PlanCell[] {
  const t = NATIVE_TEXTS;
  const header: PlanCell[] = new Array<PlanCell>(c.width).fill(null);
  const put = (column: number, value: PlanCell) => {
    header[column - c.first] = value;
  };
  put(c.NAME, t.personName[lang]);
  put(c.NUMBER, t.personNumber[lang]);
  put(c.SCANNED, t.personScanned[lang]);
  put(c.MINIMUM, t.basisMinimum[lang]);
  put(c.BASIS_LEVEL, t.basisLevel[lang]);
  put(c.BASIS_STATUS, t.basisStatus[lang]);
  put(c.KEY_AREAS, t.keyAreas[lang]);
  put(c.KEY_NAMES, t.keyAreaText[lang]);
  put(c.SOLE_COUNT, t.soleCount[lang]);
  put(c.SOLE_IDS, t.soleText[lang]);
  put(c.KEY_SORT, t.keySort[lang]);
  put(c.KEY_ROW, t.keyRow[lang]);
  layout.profile.areas.forEach((area, a) => {
    put(c.levelColumn[a]!, fillTemplate(t.level[lang], { area: area.role }));
    const acc = c.accumulators[a]!;
    if (acc.coveredBy >= 0) put(acc.coveredBy, fillTemplate(t.coveredBy[lang], { area: area.role }));
    if (acc.below >= 0) put(acc.below, fillTemplate(t.below[lang], { area: area.role }));
    if (acc.missing >= 0) put(acc.missing, fillTemplate(t.missing[lang], { area: area.role }));
  });
  for (const [column, code] of c.codeOf) {
    put(code, fillTemplate(t.code[lang], { header: columnLetters(column + 1) }));
  }

  return header;
}
