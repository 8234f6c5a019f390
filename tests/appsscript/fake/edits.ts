// What a person does in the Sheets UI while a sidebar is open: insert or delete a column, sort, type, rename.

import type { FakeSheet } from './sheet';

type CellMap = Map<string, unknown>;

/** Moves every cell of a per-cell map through `to` (which returns undefined for a cell that goes away). */
function remap(map: CellMap, to: (row: number, column: number) => [number, number] | undefined): void {
  const entries = [...map];
  map.clear();
  for (const [key, value] of entries) {
    const [row, column] = key.split(',').map(Number) as [number, number];
    const target = to(row, column);
    if (target) map.set(`${target[0]},${target[1]}`, value);
  }
}

function remapSheet(sheet: FakeSheet, to: (row: number, column: number) => [number, number] | undefined): void {
  remap(sheet.values, to);
  remap(sheet.formulas as CellMap, to);
  remap(sheet.rulesByCell, to);
  for (const map of sheet.formats.byAttribute.values()) remap(map, to);
}

/** Sheet.insertColumnBefore: the column and everything right of it shift one to the right. */
export function insertColumnBefore(sheet: FakeSheet, column: number): void {
  sheet.maxColumns++;
  remapSheet(sheet, (r, c) => [r, c >= column ? c + 1 : c]);
}

/** Sheet.deleteColumn: the column goes, everything right of it shifts one to the left. */
export function deleteColumn(sheet: FakeSheet, column: number): void {
  sheet.maxColumns--;
  remapSheet(sheet, (r, c) => (c === column ? undefined : [r, c > column ? c - 1 : c]));
}

/** A sort in the UI: whole rows move; `order[i]` is the old row that ends up at row `first + i`. */
export function reorderRows(sheet: FakeSheet, first: number, order: readonly number[]): void {
  const target = new Map(order.map((from, i) => [from, first + i]));
  remapSheet(sheet, (r, c) => [target.get(r) ?? r, c]);
}

/** The column (1-based) whose header in row 1 is `header`. */
export function columnOf(sheet: FakeSheet, header: string): number {
  const column = sheet.rowValues(1).indexOf(header) + 1;
  if (column < 1) throw new Error(`no column ${header}`);
  return column;
}
