// The norms of every area on the Rekenblad, read from the Dekking sheet's norms table, with each network area's
// risk and whether its coverers are key people (docs/design.md#4a-norms-per-area, docs/design.md#4b-insights-beyond-coverage).

import type { Language } from '../../i18n/language';
import { DEFAULT_TARGET, DEFAULT_THRESHOLD } from '../../levels/levels';
import { COVERAGE_ROW, normsTableRange } from '../dashboard-layout';
import type { CellBlock, PlanCell } from '../plan';
import { SHEET_DASHBOARD } from '../plan';
import type { MatrixLayout } from './layout';
import { cellRef, type LevelCodeTable, levelCodeExpression, literal, rangeRef } from './syntax';
import { NATIVE_TEXTS } from './texts';

/** Columns of the block, in order. */
export const NORMS_BLOCK_WIDTH = 8;

export interface NormsRefs {
  /** Per area (profile order): its threshold and target as read (cells on the Rekenblad, without sheet name). */
  readonly thresholds: readonly string[];
  readonly targets: readonly string[];
  /** Per area: 1 when a network area's coverers are all key people (covered = 1 or = target), else 0. */
  readonly keys: readonly string[];
  /** Per area: the risk 1–9 of a network area, "" for an everyone area. */
  readonly risks: readonly string[];
}

const formula = (body: string): PlanCell => ({ formula: { kind: 'native', text: `=${body}` } });

/** A typed threshold read as a level; empty is `fallback`, anything else but a level is an error. */
export function thresholdFormula(x: string, table: LevelCodeTable, fallback: string | number): string {
  const code = levelCodeExpression(x, table);
  return `IF(ISLOGICAL(${x}),NA(),IF(LEN(TRIM(${x}&""))=0,${fallback},IF(${code}>=0,${code},NA())))`;
}

/** A typed target: a whole number of 1 or more (typed or as text); empty is `fallback`. */
export function targetFormula(x: string, fallback: string | number): string {
  const value = `IF(ISNUMBER(${x}),${x},VALUE(TRIM(${x})))`;
  return (
    `IF(ISLOGICAL(${x}),NA(),IF(LEN(TRIM(${x}&""))=0,${fallback},` +
    `IF(AND(${value}>=1,${value}=INT(${value})),${value},NA())))`
  );
}

/** Risk = row doers band, column teachers band of [[9,7,3],[8,5,2],[6,4,1]] (docs/design.md#4b-insights-beyond-coverage). */
function riskFormula(covered: string, experts: string, target: string): string {
  const teachers = (values: [number, number, number]) =>
    `IF(${experts}=0,${values[0]},IF(${experts}=1,${values[1]},${values[2]}))`;
  return `IF(${covered}=0,${teachers([9, 7, 3])},IF(${covered}<${target},${teachers([8, 5, 2])},${teachers([6, 4, 1])}))`;
}

export interface NormsInput {
  readonly layout: MatrixLayout;
  readonly lang: Language;
  readonly column: number;
  readonly headerRow: number;
  readonly table: LevelCodeTable;
  /** The Dekking inputs B2 and B3 as read on the Rekenblad: an area missing from the norms table takes them. */
  readonly threshold: string;
  readonly target: string;
}

/**
 * One row per area: where the area sits in the norms table (found by its name, so rows may be moved), the raw
 * threshold and target (an empty cell is the default 2, as for a Teamscan function given the table), then the
 * values the formulas use: an error in any norm makes every norm an error, as the core refuses the whole table.
 */
export function normsBlock(input: NormsInput): { block: CellBlock; refs: NormsRefs } {
  const { layout, lang, column, headerRow } = input;
  const t = NATIVE_TEXTS;
  // Column `column` holds the area's name.
  const POSITION = column + 1;
  const RAW_THRESHOLD = column + 2;
  const RAW_TARGET = column + 3;
  const THRESHOLD = column + 4;
  const TARGET = column + 5;
  const RISK = column + 6;
  const KEY = column + 7;
  const norms = normsTableRange(layout.profile);
  const tableColumn = (offset: number) => rangeRef(norms.row + 1, offset, norms.rows - 1, 1, SHEET_DASHBOARD);
  const areas = layout.profile.areas;
  const rawRange = rangeRef(headerRow + 1, RAW_THRESHOLD, areas.length, 2);
  const valid = `IF(ISERROR(SUM(${rawRange})),NA(),0)`;
  const rows: PlanCell[][] = [
    [
      t.normArea[lang],
      t.normPosition[lang],
      t.normThreshold[lang],
      t.normTarget[lang],
      t.threshold[lang],
      t.target[lang],
      t.risk[lang],
      t.key[lang],
    ],
  ];
  areas.forEach((area, a) => {
    const row = headerRow + 1 + a;
    const position = cellRef(row, POSITION);
    const at = (offset: number) => `INDEX(${tableColumn(offset)},${position})`;
    const covered = cellRef(COVERAGE_ROW + 1 + a, 1, SHEET_DASHBOARD);
    const experts = cellRef(COVERAGE_ROW + 1 + a, 3, SHEET_DASHBOARD);
    const target = cellRef(row, TARGET);
    rows.push([
      area.role,
      formula(`MATCH(${literal(area.role)},${tableColumn(0)},0)`),
      formula(`IF(ISNA(${position}),${input.threshold},${thresholdFormula(at(1), input.table, DEFAULT_THRESHOLD)})`),
      formula(`IF(ISNA(${position}),${input.target},${targetFormula(at(2), DEFAULT_TARGET)})`),
      formula(`${cellRef(row, RAW_THRESHOLD)}+${valid}`),
      formula(`${cellRef(row, RAW_TARGET)}+${valid}`),
      area.scope === 'network' ? formula(riskFormula(covered, experts, target)) : null,
      area.scope === 'network'
        ? formula(`IF(AND(${covered}>0,OR(${covered}=1,${covered}=${target})),1,0)`)
        : formula('0'),
    ]);
  });
  const refs = (offset: number) => areas.map((_, a) => cellRef(headerRow + 1 + a, offset));
  return {
    block: { row: headerRow, column, values: rows },
    refs: { thresholds: refs(THRESHOLD), targets: refs(TARGET), keys: refs(KEY), risks: refs(RISK) },
  };
}
