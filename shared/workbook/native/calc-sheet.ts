// The Rekenblad sheet: the accepted words, every matrix cell read as a level, each person's area levels, the norms
// per area, and the helper columns of HIATEN (by risk) and key people; each block is built in its own module.

import type { Language } from '../../i18n/language';
import { DEFAULT_TARGET, DEFAULT_THRESHOLD } from '../../levels/levels';
import type { CellBlock, PlanCell, SheetPlan } from '../plan';
import { SHEET_DASHBOARD } from '../plan';
import { calcColumns, calcHeader } from './calc-columns';
import { type LevelRow, levelCodeCells, personCells } from './calc-levels';
import { listCells, listTailRows } from './calc-lists';
import { at, CalcRowCells, columnFiller, formula } from './calc-row';
import { GAPS_BLOCK_WIDTH, type GapsRefs, gapsBlock } from './gaps-block';
import { countOf, personKeyFormulas, SOLE_LIST_WIDTH, soleList } from './key-people';
import type { MatrixLayout } from './layout';
import { lookupTable } from './lookup';
import { nameListBlocks } from './name-lists';
import { NORMS_BLOCK_WIDTH, normsBlock, targetFormula, thresholdFormula } from './norms-block';
import { cellRef, type LevelCodeTable, rangeRef } from './syntax';
import { CALC_SHEET, NATIVE_TEXTS } from './texts';

/** The text of a native formula cell without its "=". */
function bodyOf(cell: PlanCell): string {
  if (cell === null || typeof cell !== 'object' || cell.formula.kind !== 'native') throw new RangeError('No formula');
  return cell.formula.text.slice(1);
}

/** Row (0-based) of the helper tables' headers; row HEADER_ROW + r holds matrix row r. */
export const HEADER_ROW = 7;
export const FIRST_COLUMN = 3;

/** References (with sheet name) the Dekking sheet's native formulas use. */
export interface CalcRefs {
  /** Per area: its threshold and target as read from the norms table (docs/design.md#4a-norms-per-area). */
  readonly thresholds: readonly string[];
  readonly targets: readonly string[];
  /** Per area: every matrix row's person level (0–4, -1 none, -2 n.v.t., or an error). */
  readonly levels: readonly string[];
  readonly names: string;
  readonly numbers: string;
  readonly basisLevels: string;
  readonly basisStatuses: string;
  /** The number of people (rows with a name). */
  readonly people: string;
  /** Rows that may hold a person (people and spare rows). */
  readonly dataRows: number;
  readonly gaps: GapsRefs;
  readonly keyPeople: {
    readonly areas: string;
    readonly items: string;
    readonly rows: string;
    readonly total: string;
  };
}

export interface CalcSheet {
  readonly sheet: SheetPlan;
  readonly refs: CalcRefs;
}

export function calcSheet(layout: MatrixLayout, lang: Language): CalcSheet {
  const t = NATIVE_TEXTS;
  const { profile } = layout;
  const dataRows = layout.rows - 1;
  const lookup = lookupTable();
  const table: LevelCodeTable = {
    table: rangeRef(HEADER_ROW + 1, 0, lookup.entries.length, 2),
    notApplicable: rangeRef(HEADER_ROW + 1, 0, lookup.notApplicableCount, 2),
  };
  const thresholdCell = cellRef(2, 1);
  const targetCell = cellRef(3, 1);
  const keyTotal = cellRef(4, 1);
  const soleTotal = cellRef(5, 1);

  const columns = calcColumns(layout, FIRST_COLUMN);
  const { NAME, NUMBER, BASIS_LEVEL, BASIS_STATUS, KEY_AREAS, KEY_NAMES, SOLE_COUNT } = columns;
  const { SOLE_IDS, KEY_SORT, KEY_ROW, levelColumn, accumulators, codeOf, width } = columns;
  const gapsColumn = FIRST_COLUMN + width + 1;
  const normsColumn = gapsColumn + GAPS_BLOCK_WIDTH + 1;
  const soleColumn = normsColumn + NORMS_BLOCK_WIDTH + 1;

  const norms = normsBlock({
    layout,
    lang,
    column: normsColumn,
    headerRow: HEADER_ROW,
    table,
    threshold: thresholdCell,
    target: targetCell,
  });
  const { thresholds, targets } = norms.refs;
  const localRange = (column: number) => rangeRef(HEADER_ROW + 1, column, dataRows, 1);
  const lastRow = HEADER_ROW + dataRows;
  // Name lists grow per block of rows, then block by block below the table (docs/design.md#10-performance-targets): a running list over
  // every row would store each name again in every row below it, quadratic in the team size.
  const lists = nameListBlocks(dataRows);
  const gaps = gapsBlock({
    layout,
    lang,
    column: gapsColumn,
    thresholds,
    targets,
    risks: norms.refs.risks,
    finalAccumulator: (a, kind) => {
      const column = accumulators[a]![kind];
      return column >= 0 ? cellRef(lastRow + lists.tails, column) : '""';
    },
    itemCodes: (column) => localRange(codeOf.get(column)!),
    names: localRange(NAME),
    numbers: localRange(NUMBER),
  });
  const sole = gaps.refs.items
    ? soleList({
        lang,
        column: soleColumn,
        headerRow: HEADER_ROW,
        soleKeys: gaps.refs.soleKeys,
        itemIds: gaps.refs.itemIds,
        items: gaps.refs.items,
        total: soleTotal,
      })
    : undefined;

  const header = calcHeader(columns, layout, lang);
  const network = profile.areas.flatMap((area, a) => (area.scope === 'network' ? [a] : []));
  const keySorts = localRange(KEY_SORT);
  const rows: PlanCell[][] = [header];
  const down = columnFiller();
  for (let r = 1; r <= dataRows; r++) {
    const row = HEADER_ROW + r;
    const cells = new CalcRowCells(FIRST_COLUMN, width);
    const place: LevelRow = { r, row, cells, down };
    personCells(place, layout, columns, thresholds, lang);
    listCells(cells, r, row, columns, lists, thresholds, down);
    // The same on every row, moved down: made once, on the first row, and filled down.
    const key = () =>
      personKeyFormulas(
        {
          name: at(NAME, row),
          number: at(NUMBER, row),
          areas: network.map((a) => ({
            key: norms.refs.keys[a]!,
            level: at(levelColumn[a]!, row),
            threshold: thresholds[a]!,
            role: profile.areas[a]!.role,
          })),
          ...(sole ? { sole: { holders: sole.holders, texts: sole.texts } } : {}),
        },
        at(KEY_AREAS, row),
        at(SOLE_COUNT, row),
      );
    cells.put(
      KEY_AREAS,
      down(r, KEY_AREAS, () => bodyOf(key().areaCount)),
    );
    cells.put(
      KEY_NAMES,
      down(r, KEY_NAMES, () => bodyOf(key().areaNames)),
    );
    cells.put(
      SOLE_COUNT,
      down(r, SOLE_COUNT, () => bodyOf(key().itemCount)),
    );
    cells.put(
      SOLE_IDS,
      down(r, SOLE_IDS, () => bodyOf(key().itemIds)),
    );
    cells.put(
      KEY_SORT,
      down(r, KEY_SORT, () => bodyOf(key().sortKey(dataRows, gaps.refs.items))),
    );
    cells.put(KEY_ROW, formula(`IF(${r}>${keyTotal},"",MATCH(LARGE(${keySorts},${r}),${keySorts},0))`));
    levelCodeCells(place, columns, table);
    rows.push(cells.cells);
  }
  rows.push(...listTailRows(columns, lists, HEADER_ROW, FIRST_COLUMN, lastRow));

  const settings: PlanCell[][] = [
    [t.threshold[lang], formula(thresholdFormula(`${SHEET_DASHBOARD}!$B$2`, table, DEFAULT_THRESHOLD))],
    [t.target[lang], formula(targetFormula(`${SHEET_DASHBOARD}!$B$3`, DEFAULT_TARGET))],
    [t.keyTotal[lang], formula(countOf(keySorts))],
    [t.soleTotal[lang], sole ? formula(countOf(gaps.refs.soleKeys)) : 0],
  ];
  const dataRange = (column: number) => rangeRef(HEADER_ROW + 1, column, dataRows, 1, CALC_SHEET);
  const blocks: CellBlock[] = [
    { row: 0, column: 0, values: [[t.calcTitle[lang]], [t.calcNote[lang]]] },
    { row: 2, column: 0, values: settings },
    {
      row: HEADER_ROW,
      column: 0,
      values: [
        [t.lookupKey[lang], t.lookupValue[lang]],
        ...lookup.entries.map((entry): PlanCell[] => [entry.key, entry.value]),
      ],
    },
    { row: HEADER_ROW, column: FIRST_COLUMN, values: rows },
    gaps.block,
    norms.block,
    ...(sole ? [sole.block] : []),
  ];
  const onSheet = (ref: string) => `${CALC_SHEET}!${ref}`;
  return {
    sheet: {
      name: CALC_SHEET,
      mode: 'replace',
      blocks,
      styles: [
        { range: { row: 0, column: 0, rows: 1, columns: 6 }, style: 'title' },
        { range: { row: 1, column: 0, rows: 1, columns: 6 }, style: 'note' },
        {
          range: { row: HEADER_ROW, column: 0, rows: 1, columns: soleColumn + SOLE_LIST_WIDTH },
          style: 'header',
        },
      ],
      columnWidths: [
        { column: 0, width: 18 },
        { column: 1, width: 10 },
        { column: NAME, width: 24 },
      ],
      frozen: { rows: HEADER_ROW + 1, columns: 0 },
      validations: [],
      colourScales: [],
      highlights: [],
      charts: [],
      protect: true,
    },
    refs: {
      thresholds: thresholds.map(onSheet),
      targets: targets.map(onSheet),
      levels: levelColumn.map((column) => dataRange(column)),
      names: dataRange(NAME),
      numbers: dataRange(NUMBER),
      basisLevels: dataRange(BASIS_LEVEL),
      basisStatuses: dataRange(BASIS_STATUS),
      people: cellRef(lastRow, NUMBER, CALC_SHEET),
      dataRows,
      gaps: gaps.refs,
      keyPeople: {
        areas: dataRange(KEY_NAMES),
        items: dataRange(SOLE_IDS),
        rows: dataRange(KEY_ROW),
        total: onSheet(keyTotal),
      },
    },
  };
}
