// Finds the name column: the first header that names it, else the first column that mostly holds text.

import { INVALID } from '../levels/levels';
import { readLevel } from '../levels/parse';
import type { Grid } from './grid';
import type { MatrixColumn } from './reading';

/** Text that is not a level, a number or a date: what a name looks like. */
function looksLikeName(value: unknown): boolean {
  return typeof value === 'string' && value.trim() !== '' && readLevel(value) === INVALID;
}

/** The 0-based name column, or -1 when there is none. */
export function detectNameColumn(grid: Grid, columns: readonly MatrixColumn[]): number {
  const named = columns.find((column) => column.target?.kind === 'name');
  if (named) return named.column;
  for (const column of columns) {
    if (column.target) continue;
    let filled = 0;
    let names = 0;
    for (let r = 1; r < grid.values.length; r++) {
      const value = grid.values[r]![column.column];
      if (value === null || value === undefined || value === '') continue;
      filled++;
      if (looksLikeName(value)) names++;
    }
    if (filled > 0 && names * 2 > filled) return column.column;
  }
  return -1;
}
