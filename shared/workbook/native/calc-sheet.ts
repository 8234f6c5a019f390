// The Rekenblad sheet: the accepted words, every matrix cell read as a level, each person's area levels, the norms
// per area, and the helper columns of HIATEN (by risk) and key people.

import type { Language } from '../../i18n/language';
import { text } from '../../i18n/message';
import { DEFAULT_TARGET, DEFAULT_THRESHOLD } from '../../levels/levels';
import { columnLetters } from '../../matrix/address';
import type { CellBlock, PlanCell, SheetPlan } from '../plan';
import { SHEET_DASHBOARD, SHEET_MATRIX } from '../plan';
import { calcColumns, calcHeader } from './calc-columns';
import { fillDown, type RowTemplate, rowTemplate } from './fill-down';
import { GAPS_BLOCK_WIDTH, type GapsRefs, gapsBlock } from './gaps-block';
import { countOf, personKeyFormulas, SOLE_LIST_WIDTH, soleList } from './key-people';
import type { MatrixLayout } from './layout';
import { lookupTable } from './lookup';
import { nameListBlocks } from './name-lists';
import { NORMS_BLOCK_WIDTH, normsBlock, targetFormula, thresholdFormula } from './norms-block';
import { cellRef, type LevelCodeTable, levelCodeExpression, rangeRef } from './syntax';
import { CALC_SHEET, NATIVE_TEXTS } from './texts';

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

const formula = (body: string): PlanCell => ({ formula: { kind: 'native', text: `=${body}` } });

/** Column letters of the 0-based column, for relative references inside the sheet. */
const at = (column: number, row: number) => `${columnLetters(column + 1)}${row + 1}`;

export function calcSheet(layout: MatrixLayout, lang: Language): CalcSheet {
  const t = NATIVE_TEXTS;
  const { profile } = layout;
  const dataRows = layout.rows - 1;
  const lookup = lookupTable();
  const table: LevelCodeTable = {
    keys: rangeRef(HEADER_ROW + 1, 0, lookup.entries.length, 1),
    values: rangeRef(HEADER_ROW + 1, 1, lookup.entries.length, 1),
    labelKeys: rangeRef(HEADER_ROW + 1, 0, lookup.labelCount, 1),
    labelValues: rangeRef(HEADER_ROW + 1, 1, lookup.labelCount, 1),
  };
  const thresholdCell = cellRef(2, 1);
  const targetCell = cellRef(3, 1);
  const keyTotal = cellRef(4, 1);
  const soleTotal = cellRef(5, 1);

  const columns = calcColumns(layout, FIRST_COLUMN);
  const { NAME, NUMBER, SCANNED, MINIMUM, BASIS_LEVEL, BASIS_STATUS, KEY_AREAS, KEY_NAMES, SOLE_COUNT } = columns;
  const { SOLE_IDS, KEY_SORT, KEY_ROW, levelColumn, accumulators, codeOf, groups, competencyCodes, width } = columns;
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
  const put = (row: PlanCell[], column: number, value: PlanCell) => {
    row[column - FIRST_COLUMN] = value;
  };

  const everyone = profile.areas.flatMap((area, a) => (area.scope === 'everyone' ? [a] : []));
  const network = profile.areas.flatMap((area, a) => (area.scope === 'network' ? [a] : []));
  const keySorts = localRange(KEY_SORT);
  const rows: PlanCell[][] = [header];
  // A column whose formula is the same on every row, moved down, is written out once (docs/design.md#10-performance-targets): the
  // first row's text is cut at its relative rows and each row below refers to it, so no row keeps a text of its own.
  const firsts = new Map<number, RowTemplate>();
  const down = (r: number, column: number, body: () => string): PlanCell => {
    let source = firsts.get(column);
    if (!source) {
      source = rowTemplate(`=${body()}`);
      firsts.set(column, source);
    }
    return fillDown(source, r - 1);
  };
  for (let r = 1; r <= dataRows; r++) {
    const row = HEADER_ROW + r;
    const cells: PlanCell[] = new Array<PlanCell>(width).fill(null);
    const name = at(NAME, row);
    const level = (a: number) => at(levelColumn[a]!, row);
    const previous = (column: number) => (lists.startsBlock(r) ? '""' : at(column, row - 1));
    put(
      cells,
      NAME,
      down(r, NAME, () => `TRIM(${SHEET_MATRIX}!${at(layout.nameColumn, r)}&"")`),
    );
    put(cells, NUMBER, formula(`${r === 1 ? '' : `${at(NUMBER, row - 1)}+`}IF(${name}="",0,1)`));
    const competency = `${at(competencyCodes.first, row)}:${at(competencyCodes.first + competencyCodes.count - 1, row)}`;
    put(
      cells,
      SCANNED,
      down(r, SCANNED, () => (competencyCodes.count ? `IF(COUNTIF(${competency},">=0")>0,1,0)` : '0')),
    );
    const lows = everyone.map((a) => `IF(${level(a)}>=0,${level(a)},99)`);
    put(
      cells,
      MINIMUM,
      down(r, MINIMUM, () => (lows.length ? `MIN(${lows.join(',')})` : '99')),
    );
    const minimum = at(MINIMUM, row);
    put(
      cells,
      BASIS_LEVEL,
      down(r, BASIS_LEVEL, () => `IF(${name}="","",IF(${minimum}=99,"",${minimum}))`),
    );
    const status = (key: 'statusNotScanned' | 'statusCovered' | 'statusGap') => `"${text(key, lang)}"`;
    // Reached: every everyone area the person has a level on is at or above that area's own threshold.
    const reached = everyone.map((a) => `OR(${level(a)}<0,${level(a)}>=${thresholds[a]})`);
    put(
      cells,
      BASIS_STATUS,
      formula(
        `IF(${name}="","",IF(${minimum}=99,${status('statusNotScanned')},` +
          `IF(AND(${reached.join(',') || 'TRUE'}),${status('statusCovered')},${status('statusGap')})))`,
      ),
    );
    layout.areas.forEach((area, a) => {
      const group = groups[a]!;
      const wish = area.wish === undefined ? '' : `,${at(codeOf.get(area.wish)!, row)}`;
      const all = group.count ? `${at(group.first, row)}:${at(group.first + group.count - 1, row)}${wish}` : '';
      const parts = area.parts.length
        ? `${at(group.first + (area.own === undefined ? 0 : 1), row)}:${at(group.first + group.count - 1, row)}`
        : '';
      // Mixed detail (docs/design.md#4-what-the-answers-mean): the mean of the scanned parts when there are any, else the area's own cell,
      // else n.v.t. when the area or a part says so, else no level.
      const own = area.own === undefined ? undefined : at(codeOf.get(area.own)!, row);
      const fallback = own
        ? parts
          ? `IF(${own}>=0,${own},IF(OR(${own}=-2,COUNTIF(${parts},-2)>0),-2,-1))`
          : own
        : parts
          ? `IF(COUNTIF(${parts},-2)>0,-2,-1)`
          : '-1';
      const body = parts
        ? `IF(COUNTIF(${parts},">=0")>0,SUMIF(${parts},">=0")/COUNTIF(${parts},">=0"),${fallback})`
        : fallback;
      const checked = all || wish ? `IF(ISERROR(SUM(${all || wish.slice(1)})),NA(),IF(${name}="",-1,${body}))` : '-1';
      put(
        cells,
        levelColumn[a]!,
        down(r, levelColumn[a]!, () => checked),
      );
      const acc = accumulators[a]!;
      const append = (column: number, condition: string) => {
        const before = previous(column);
        put(cells, column, formula(`IF(${condition},IF(${before}="",${name},${before}&", "&${name}),${before})`));
      };
      if (acc.coveredBy >= 0) append(acc.coveredBy, `${level(a)}>=${thresholds[a]}`);
      if (acc.below >= 0) append(acc.below, `AND(${level(a)}>=0,${level(a)}<${thresholds[a]})`);
      if (acc.missing >= 0) append(acc.missing, `AND(${name}<>"",${at(SCANNED, row)}=1,${level(a)}=-1)`);
    });
    const key = personKeyFormulas(
      {
        name,
        number: at(NUMBER, row),
        areas: network.map((a) => ({
          key: norms.refs.keys[a]!,
          level: level(a),
          threshold: thresholds[a]!,
          role: profile.areas[a]!.role,
        })),
        ...(sole ? { sole: { holders: sole.holders, texts: sole.texts } } : {}),
      },
      at(KEY_AREAS, row),
      at(SOLE_COUNT, row),
    );
    put(cells, KEY_AREAS, key.areaCount);
    put(cells, KEY_NAMES, key.areaNames);
    put(cells, SOLE_COUNT, key.itemCount);
    put(cells, SOLE_IDS, key.itemIds);
    put(cells, KEY_SORT, key.sortKey(dataRows, gaps.refs.items));
    put(cells, KEY_ROW, formula(`IF(${r}>${keyTotal},"",MATCH(LARGE(${keySorts},${r}),${keySorts},0))`));
    for (const [column, code] of codeOf) {
      put(
        cells,
        code,
        down(r, code, () => levelCodeExpression(`${SHEET_MATRIX}!${at(column, r)}`, table)),
      );
    }
    rows.push(cells);
  }
  const listColumns = accumulators.flatMap((acc) => [acc.coveredBy, acc.below, acc.missing].filter((c) => c >= 0));
  lists.blockEnds.forEach((end, t) => {
    const cells: PlanCell[] = new Array<PlanCell>(width).fill(null);
    const row = lastRow + t + 1;
    for (const column of listColumns) {
      const block = at(column, HEADER_ROW + end);
      const before = t === 0 ? '""' : at(column, row - 1);
      put(cells, column, formula(`IF(${block}="",${before},IF(${before}="",${block},${before}&", "&${block}))`));
    }
    rows.push(cells);
  });

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
