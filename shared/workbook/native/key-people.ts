// Key people and sole holders (docs/design.md#4b-insights-beyond-coverage) as native formulas: the Rekenblad's sorted list of sole holdings, each
// person's key areas, items and sort key, and the SLEUTELPERSONEN table on the Dekking sheet.

import { FORMULA_TEXTS } from '../../formulas/texts';
import type { Language } from '../../i18n/language';
import type { CellBlock, PlanCell } from '../plan';
import { SOLE_BASE } from './gaps-block';
import { cellRef, literal, rangeRef } from './syntax';
import { NATIVE_TEXTS } from './texts';

const formula = (body: string): PlanCell => ({ formula: { kind: 'native', text: `=${body}` } });

export const SOLE_LIST_WIDTH = 4;

export interface SoleList {
  readonly block: CellBlock;
  /** Per position k: the holder's person number and the running list of their item ids (Rekenblad, local). */
  readonly holders: string;
  readonly texts: string;
}

/**
 * The sole holdings sorted by person number, then item (SMALL over the keys), with a running list of item ids
 * per person: a person's items are the list at their last position.
 */
export function soleList(input: {
  readonly lang: Language;
  readonly column: number;
  readonly headerRow: number;
  readonly soleKeys: string;
  readonly itemIds: string;
  readonly items: number;
  readonly total: string;
}): SoleList {
  const { column, headerRow, lang } = input;
  const n = NATIVE_TEXTS;
  const [KEY, HOLDER, ITEM, LIST] = [column, column + 1, column + 2, column + 3];
  const rows: PlanCell[][] = [[n.soleSorted[lang], n.soleHolder[lang], n.soleItem[lang], n.soleList[lang]]];
  for (let k = 1; k <= input.items; k++) {
    const row = headerRow + k;
    const past = (body: string) => formula(`IF(${k}>${input.total},"",${body})`);
    const key = cellRef(row, KEY);
    const holder = cellRef(row, HOLDER);
    const item = cellRef(row, ITEM);
    const list =
      k === 1 ? item : `IF(${holder}=${cellRef(row - 1, HOLDER)},${cellRef(row - 1, LIST)}&", "&${item},${item})`;
    rows.push([
      past(`SMALL(${input.soleKeys},${k})`),
      past(`INT(${key}/${SOLE_BASE})`),
      past(`INDEX(${input.itemIds},${key}-${SOLE_BASE}*${holder}+1)`),
      past(list),
    ]);
  }
  const range = (offset: number) => rangeRef(headerRow + 1, offset, Math.max(1, input.items), 1);
  return { block: { row: headerRow, column, values: rows }, holders: range(HOLDER), texts: range(LIST) };
}

/** How many key people and sole holdings there are; an error anywhere in the keys is an error. */
export const countOf = (keys: string) => `IF(ISERROR(SUM(${keys})),NA(),COUNTIF(${keys},">0"))`;

export interface PersonRefs {
  readonly name: string;
  readonly number: string;
  /** Per network area: its key flag, the person's level, its threshold, its name. */
  readonly areas: readonly {
    readonly key: string;
    readonly level: string;
    readonly threshold: string;
    readonly role: string;
  }[];
  readonly sole?: { readonly holders: string; readonly texts: string };
}

/** The formulas of one person's key columns: areas (count, names), items (count, ids). */
export function personKeyFormulas(refs: PersonRefs, areaCount: string, itemCount: string) {
  const isKey = (area: PersonRefs['areas'][number]) => `AND(${area.key}=1,${area.level}>=${area.threshold})`;
  const areas = refs.areas.length ? refs.areas.map((area) => `IF(${isKey(area)},1,0)`).join('+') : '0';
  const names = refs.areas.length
    ? `MID(${refs.areas.map((area) => `IF(${isKey(area)},${literal(`, ${area.role}`)},"")`).join('&')},3,32767)`
    : '""';
  const sole = refs.sole;
  const items = sole ? `IF(${refs.name}="",0,COUNTIF(${sole.holders},${refs.number}))` : '0';
  const ids = sole ? `IF(${itemCount}=0,"",INDEX(${sole.texts},COUNTIF(${sole.holders},"<="&${refs.number})))` : '""';
  return {
    areaCount: formula(areas),
    areaNames: formula(names),
    itemCount: formula(items),
    itemIds: formula(ids),
    /** Areas first, then items, then row order (docs/design.md#4b-insights-beyond-coverage): a larger key comes first. */
    sortKey: (rows: number, itemsMax: number) => {
      const step = rows + 1;
      return formula(
        `IF(${areaCount}+${itemCount}=0,"",${areaCount}*${(itemsMax + 1) * step}+${itemCount}*${step}+${step}-${refs.number})`,
      );
    },
  };
}

/** The SLEUTELPERSONEN table on the Dekking sheet: the k-th key person for every row that may hold one. */
export function keyPeopleCells(
  refs: {
    readonly names: string;
    readonly areas: string;
    readonly items: string;
    readonly rows: string;
    readonly total: string;
    readonly count: number;
  },
  lang: Language,
): PlanCell[][] {
  const t = FORMULA_TEXTS;
  const cells: PlanCell[][] = [[t.name[lang], t.areas[lang], t.competencies[lang]]];
  for (let k = 1; k <= refs.count; k++) {
    const row = `INDEX(${refs.rows},${k})`;
    cells.push(
      [refs.names, refs.areas, refs.items].map((values) =>
        formula(`IF(${k}>${refs.total},"",INDEX(${values},${row}))`),
      ),
    );
  }
  return cells;
}
