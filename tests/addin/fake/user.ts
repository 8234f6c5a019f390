// What people do in Excel's grid while the panel is open (a colleague co-authoring, or the user): typing, sorting,
// inserting and deleting columns, renaming a sheet. These act on the workbook directly, between the add-in's syncs.

import { type FakeBook, type FakeCell, type FakeSheet, key } from './model';

export function sheetNamed(book: FakeBook, name: string): FakeSheet {
  const sheet = book.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

/** Fills a sheet from A1 with rows of values ('' and null leave a cell empty). */
export function fill(sheet: FakeSheet, rows: readonly (readonly (string | number | boolean | null)[])[]): FakeSheet {
  for (const [r, row] of rows.entries()) {
    for (const [c, value] of row.entries()) {
      if (value !== '' && value !== null) sheet.cells.set(key(r, c), { value });
    }
  }
  return sheet;
}

/** Typing into a cell (0-based): a value, or null to delete its content. */
export function typeInto(sheet: FakeSheet, row: number, column: number, value: string | number | null): void {
  if (value === null) sheet.cells.delete(key(row, column));
  else sheet.cells.set(key(row, column), { value });
}

function cellsByRow(sheet: FakeSheet): Map<number, Map<number, FakeCell>> {
  const rows = new Map<number, Map<number, FakeCell>>();
  for (const [at, cell] of sheet.cells) {
    const [r, c] = at.split(',').map(Number) as [number, number];
    if (!rows.has(r)) rows.set(r, new Map());
    rows.get(r)!.set(c, cell);
  }
  return rows;
}

/** Data › Sort on one column (0-based), rows below the header, ascending: whole rows move. */
export function sortRows(sheet: FakeSheet, column: number, headerRows = 1): void {
  const rows = cellsByRow(sheet);
  const body = [...rows.keys()].filter((r) => r >= headerRows).sort((a, b) => a - b);
  const text = (r: number) => String(rows.get(r)!.get(column)?.value ?? '');
  const sorted = [...body].sort((a, b) => text(a).localeCompare(text(b)));
  for (const r of body) for (const c of rows.get(r)!.keys()) sheet.cells.delete(key(r, c));
  sorted.forEach((from, index) => {
    for (const [c, cell] of rows.get(from)!) sheet.cells.set(key(body[index]!, c), cell);
  });
}

function shiftColumns(sheet: FakeSheet, from: number, by: number): void {
  const moved = [...sheet.cells.entries()].map(([at, cell]) => {
    const [r, c] = at.split(',').map(Number) as [number, number];
    return { r, c, cell };
  });
  sheet.cells.clear();
  for (const { r, c, cell } of moved) {
    if (by < 0 && c >= from && c < from - by) continue;
    sheet.cells.set(key(r, c >= from ? c + by : c), cell);
  }
}

/** Insert › Sheet column before a 0-based column: everything from there moves one to the right. */
export function insertColumn(sheet: FakeSheet, before: number, header?: string): void {
  shiftColumns(sheet, before, 1);
  if (header !== undefined) sheet.cells.set(key(0, before), { value: header });
}

/** Delete › Sheet column (0-based): everything right of it moves one to the left. */
export function deleteColumn(sheet: FakeSheet, column: number): void {
  shiftColumns(sheet, column, -1);
}

/** The sheet's values from A1 as rows (empty cells null), for "nothing changed" checks. */
export function valuesOf(sheet: FakeSheet): (string | number | boolean | null)[][] {
  const keys = [...sheet.cells.keys()].map((k) => k.split(',').map(Number) as [number, number]);
  const rows = Math.max(-1, ...keys.map(([r]) => r)) + 1;
  const columns = Math.max(-1, ...keys.map(([, c]) => c)) + 1;
  return Array.from({ length: rows }, (_, r) =>
    Array.from({ length: columns }, (_, c) => {
      const value = sheet.cells.get(key(r, c))?.value;
      return value === undefined || value === '' ? null : value;
    }),
  );
}
