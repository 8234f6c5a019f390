// The fake Range's insert and delete: the cells of the range's columns shift down or up, and the names with them.

import { type FakeContext, type FakeSheet, key } from './model';
import { shiftNames } from './names';
import type { Rect } from './range-cells';

/** The cells at or below the rectangle's top row, in its columns. */
function cellsFrom(sheet: FakeSheet, { row, column, columns }: Rect) {
  return [...sheet.cells].filter(([at]) => {
    const [r, c] = at.split(',').map(Number) as [number, number];
    return r >= row && c >= column && c < column + columns;
  });
}

/** Range.insert("Down"): the cells of these columns from the range's top row move down by its height. */
export function insertDown(ctx: FakeContext, sheet: FakeSheet, rect: Rect): void {
  const { row, column, rows, columns } = rect;
  const moved = cellsFrom(sheet, rect);
  for (const [at] of moved) sheet.cells.delete(at);
  for (const [at, cell] of moved) {
    const [r, c] = at.split(',').map(Number) as [number, number];
    sheet.cells.set(key(r + rows, c), cell);
  }
  shiftNames(ctx.book, sheet, { row, column, rows, columns });
}

/** Range.delete("Up"): the range's cells go, and the cells below it in its columns move up by its height. */
export function deleteUp(sheet: FakeSheet, rect: Rect): void {
  const inColumns = cellsFrom(sheet, rect);
  for (const [at] of inColumns) sheet.cells.delete(at);
  for (const [at, cell] of inColumns) {
    const [r, c] = at.split(',').map(Number) as [number, number];
    if (r >= rect.row + rect.rows) sheet.cells.set(key(r - rect.rows, c), cell);
  }
}
