// Skills as rows, people as columns (docs/design.md#5-reading-a-matrix): the grid turned, its cells still named where they sit.

import { DEFAULT_ORIGIN } from './address';
import type { CellValue, Grid } from './grid';

/** The grid with rows and columns swapped; addresses in messages keep naming the cells of the sheet. */
export function transposeGrid(grid: Grid): Grid {
  const rows = grid.values;
  const width = rows.reduce((max, row) => Math.max(max, row.length), 0);
  const values: CellValue[][] = Array.from({ length: width }, (_, c) => rows.map((row) => row[c] ?? null));
  const mask = grid.emptyMask;
  const origin = grid.origin ?? DEFAULT_ORIGIN;
  return {
    values,
    origin: { ...origin, transposed: !origin.transposed },
    ...(mask ? { emptyMask: Array.from({ length: width }, (_, c) => mask.map((row) => row[c] ?? false)) } : {}),
  };
}
