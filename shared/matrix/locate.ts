// Finds the header row of a matrix inside a sheet that may have title lines above it.

import type { Profile } from '../profiles/model';
import { DEFAULT_ORIGIN } from './address';
import { matchHeader, profileIndex } from './columns';
import type { CellValue, Grid } from './grid';

const SEARCH_ROWS = 50;

function rowMatches(row: readonly CellValue[], profile: Profile): number {
  const index = profileIndex(profile);
  let matches = 0;
  for (const cell of row) {
    if (typeof cell === 'string' && cell.trim() && matchHeader(index, cell)) matches++;
  }
  return matches;
}

function filled(row: readonly CellValue[]): number {
  let count = 0;
  for (const cell of row) if (cell !== null && cell !== undefined && cell !== '') count++;
  return count;
}

/**
 * Without a known header: the first row at least half as full as the fullest of the first rows, so a title
 * or legend line above a header the profile does not know is skipped too (its message can then name the
 * header's columns); else the first non-empty row.
 */
function widestFirst(rows: readonly (readonly CellValue[])[]): number {
  let widest = 0;
  for (let r = 0; r < Math.min(rows.length, SEARCH_ROWS); r++) widest = Math.max(widest, filled(rows[r]!));
  const full = rows.findIndex((row, r) => r < SEARCH_ROWS && filled(row) >= 2 && filled(row) * 2 >= widest);
  return full >= 0 ? full : rows.findIndex((row) => filled(row) > 0);
}

/**
 * The matrix within a sheet's used range: starts at the first row with at least two headers the profile
 * knows (a name and a competency, say), else at the first non-empty row.
 */
export function locateMatrix(grid: Grid, profile: Profile): Grid {
  const origin = grid.origin ?? DEFAULT_ORIGIN;
  const rows = grid.values;
  let start = rows.findIndex((row) => rowMatches(row, profile) >= 2);
  if (start < 0 || start >= SEARCH_ROWS) start = widestFirst(rows);
  if (start <= 0) return grid;
  const located: Grid = {
    values: rows.slice(start),
    origin: origin.transposed ? { ...origin, column: origin.column + start } : { ...origin, row: origin.row + start },
    ...(grid.textRecords ? { textRecords: true } : {}),
  };
  return grid.emptyMask ? { ...located, emptyMask: grid.emptyMask.slice(start) } : located;
}
