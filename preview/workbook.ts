// The preview's in-memory workbook: sheets of plain cells (text stays text; formulas are kept as text).

import type { BindingPlace } from '../shared/host/bridge';
import type { CellValue } from '../shared/matrix/grid';
import type { PlanRange } from '../shared/workbook/plan';

/** A stored cell: a value, a date (ISO text, so the workbook survives JSON), or a formula's text. */
export type StoredCell = string | number | boolean | null | { readonly date: string } | { readonly formula: string };

export interface PreviewSheet {
  readonly name: string;
  readonly cells: StoredCell[][];
  /** Rectangles coloured by level (the plan's colour scales) and shown bold (headers, titles). */
  readonly scales: PlanRange[];
  readonly bold: PlanRange[];
  readonly widths: Record<number, number>;
  /** A snapshot (Momentopname): the grid and the bridge take no edits, the preview's stand-in for protection. */
  readonly readOnly?: boolean;
}

export interface PreviewWorkbook {
  readonly sheets: PreviewSheet[];
  readonly active: { readonly sheet: string; readonly row: number; readonly column: number };
  /** The panel's binding to an own-layout matrix (docs/design.md#7-the-injected-workbook): where, and what it bound. */
  readonly binding?: { readonly place: BindingPlace; readonly record: string };
}

export const FIRST_SHEET = 'Blad1';

export function emptyWorkbook(): PreviewWorkbook {
  return { sheets: [emptySheet(FIRST_SHEET)], active: { sheet: FIRST_SHEET, row: 1, column: 1 } };
}

export function emptySheet(name: string): PreviewSheet {
  return { name, cells: [], scales: [], bold: [], widths: {} };
}

export function isFormula(cell: StoredCell | undefined): cell is { readonly formula: string } {
  return typeof cell === 'object' && cell !== null && 'formula' in cell;
}

export function isDate(cell: StoredCell | undefined): cell is { readonly date: string } {
  return typeof cell === 'object' && cell !== null && 'date' in cell;
}

/** A cell as a host would read it: dates as Date, formulas as their text (evaluate.ts computes them). */
export function plainValue(cell: StoredCell | undefined): CellValue {
  if (cell === undefined) return null;
  if (isDate(cell)) return new Date(cell.date);
  if (isFormula(cell)) return cell.formula;
  return cell;
}

export function findSheet(workbook: PreviewWorkbook, name: string): PreviewSheet | undefined {
  return workbook.sheets.find((sheet) => sheet.name === name);
}

/** Writes a cell (0-based) into a sheet in place, growing it as needed. */
export function setCell(sheet: PreviewSheet, row: number, column: number, value: StoredCell): void {
  while (sheet.cells.length <= row) sheet.cells.push([]);
  const line = sheet.cells[row]!;
  while (line.length <= column) line.push(null);
  line[column] = value;
}

/** A deep copy, so a failed change can be dropped and the workbook stays as it was. */
export function cloneWorkbook(workbook: PreviewWorkbook): PreviewWorkbook {
  return JSON.parse(JSON.stringify(workbook)) as PreviewWorkbook;
}

/** The used size of a sheet: rows and columns up to the last non-empty cell. */
export function usedSize(sheet: PreviewSheet): { rows: number; columns: number } {
  let rows = 0;
  let columns = 0;
  sheet.cells.forEach((line, r) => {
    line.forEach((cell, c) => {
      if (cell !== null && cell !== '') {
        rows = Math.max(rows, r + 1);
        columns = Math.max(columns, c + 1);
      }
    });
  });
  return { rows, columns };
}

/** Whether a 0-based cell lies in a rectangle. */
export function inRange(range: PlanRange, row: number, column: number): boolean {
  return (
    row >= range.row && row < range.row + range.rows && column >= range.column && column < range.column + range.columns
  );
}
