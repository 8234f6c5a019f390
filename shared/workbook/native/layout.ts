// Where each competency sits in the Teammatrix the plan writes, read by the core's own column mapping.

import type { CellValue, Grid } from '../../matrix/grid';
import { readMatrix } from '../../matrix/read';
import type { Profile } from '../../profiles/model';
import type { WorkbookPlan } from '../plan';
import { SHEET_MATRIX } from '../plan';

/** The matrix columns (0-based) that feed one area. */
export interface AreaColumns {
  /** The area's own column, if the matrix has one: it decides the person's level. */
  readonly own?: number;
  /** K/V/A and item columns of the area: their mean is the level when there is no own column. */
  readonly parts: readonly number[];
  /** The development-wish column; read only to report a bad value. */
  readonly wish?: number;
}

export interface MatrixLayout {
  readonly profile: Profile;
  readonly nameColumn: number;
  /** Rows of the matrix range, header included (people and spare rows). */
  readonly rows: number;
  readonly areas: readonly AreaColumns[];
  /** Item columns in profile order: the candidates for blind spots. */
  readonly items: readonly { readonly item: number; readonly column: number }[];
  /**
   * Read from a yes/no matrix (docs/design.md#3-levels-and-cell-values): a person's level on an area is the highest of its scanned
   * parts, so whoever holds any of its items covers it, as the core counts it; else their mean.
   */
  readonly anyItem: boolean;
}

/** The Teammatrix after the plan is applied to `existing`: existing cells, then the plan's blocks on top. */
export function plannedMatrixGrid(plan: Pick<WorkbookPlan, 'sheets'>, existing?: Grid): Grid {
  const values: CellValue[][] = (existing?.values ?? []).map((row) => [...row]);
  const sheet = plan.sheets.find((candidate) => candidate.name === SHEET_MATRIX);
  for (const block of sheet?.blocks ?? []) {
    block.values.forEach((row, r) => {
      row.forEach((cell, c) => {
        if (!values[block.row + r]) values[block.row + r] = [];
        values[block.row + r]![block.column + c] = typeof cell === 'object' && cell !== null ? null : cell;
      });
    });
  }
  // Holes as empty cells, in place on the copies: a plain loop, for the 2,000 × 127 cells of a large team.
  values.forEach((row) => {
    for (let c = 0; c < row.length; c++) row[c] ??= null;
  });
  return { values };
}

/** Maps the planned matrix with readMatrix, so the native formulas see exactly the columns the core sees. */
export function matrixLayout(profile: Profile, grid: Grid, rows: number, anyItem = false): MatrixLayout {
  const reading = readMatrix(grid, profile);
  const areas = profile.areas.map(
    () => ({ parts: [] as number[] }) as { own?: number; parts: number[]; wish?: number },
  );
  const items: { item: number; column: number }[] = [];
  for (const { column, target } of reading.columns) {
    if (!target || column === reading.nameColumn) continue;
    if (target.kind === 'area') areas[target.area]!.own = column;
    if (target.kind === 'areaType') areas[target.area]!.parts.push(column);
    if (target.kind === 'item') {
      areas[target.area]!.parts.push(column);
      items.push({ item: target.item, column });
    }
    if (target.kind === 'wish') areas[target.area]!.wish = column;
  }
  items.sort((a, b) => a.item - b.item);
  return { profile, nameColumn: reading.nameColumn, rows, areas, items, anyItem };
}
