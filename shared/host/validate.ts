// Checks a host entry point's arguments for shape and size before anything is read or written (both hosts).

import { fail, quoteValue } from '../i18n/message';
import { SHEET_DASHBOARD, SHEET_PROFILE } from '../workbook/plan';
import type { RowCellWrite, RowWrite } from './bridge';
import { LOG_SHEET } from './change-log';

/** Sheets allows sheet names of up to 100 characters, Excel 31; a longer name is no sheet of either. */
export const MAX_SHEET_NAME = 100;
/** A cell holds at most 32,767 characters in Excel (Sheets 50,000): the smaller is the contract. */
export const MAX_CELL_TEXT = 32_767;
/** Excel's limit on a formula's length. */
export const MAX_FORMULA = 8_192;
/** A row write names each changed cell by its header; a matrix has far fewer columns (docs/design.md#10-performance-targets: 127 items). */
export const MAX_ROW_CELLS = 1_000;
/** A report page is self-contained HTML; a few hundred kB at docs/design.md#10-performance-targets's sizes. */
export const MAX_REPORT_HTML = 5_000_000;
export const MAX_REPORT_TITLE = 200;

/** The largest sheet a host has, 1-based: Excel 1,048,576 × 16,384; Sheets 10 million cells, 18,278 columns. */
export interface SheetLimits {
  readonly rows: number;
  readonly columns: number;
}

export const EXCEL_LIMITS: SheetLimits = { rows: 1_048_576, columns: 16_384 };
export const SHEETS_LIMITS: SheetLimits = { rows: 10_000_000, columns: 18_278 };

/** A value as a message shows it: text cut to 60 characters, anything else as quoteValue does. */
export function shownValue(value: unknown): string {
  if (typeof value === 'string' && value.length > 60) return quoteValue(`${value.slice(0, 60)}…`);
  return quoteValue(value ?? null);
}

export function isIndex(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

/** A sheet name as an endpoint received it: text of 1 to 100 characters, not only spaces. */
export function checkSheetName(value: unknown): string {
  if (typeof value !== 'string' || value.trim() === '' || value.length > MAX_SHEET_NAME) {
    fail('hostBadSheet', { value: shownValue(value), max: MAX_SHEET_NAME });
  }
  return value;
}

/** A 1-based row from `min` to the host's last row. */
export function checkRow(value: unknown, sheet: string, limits: SheetLimits, min = 1): number {
  if (!isIndex(value, min, limits.rows)) {
    fail('hostBadRow', { sheet, value: shownValue(value), min, max: limits.rows });
  }
  return value;
}

/** A 1-based column, or none (the Sheets sidebar's server call sends a missing argument as null). */
export function checkOptionalColumn(value: unknown, sheet: string, limits: SheetLimits): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (!isIndex(value, 1, limits.columns))
    fail('hostBadColumn', { sheet, value: shownValue(value), max: limits.columns });
  return value;
}

const SNAPSHOT_LIKE = /^scan \d{4}-\d{2}-\d{2}(?: \(\d+\))?$/i;
const NOT_A_MATRIX = new Set([LOG_SHEET, SHEET_PROFILE, SHEET_DASHBOARD].map((name) => name.toLowerCase()));

/**
 * Whether a sheet may be a team matrix: not the change log, not a "Scan …" snapshot (any case: hosts compare
 * sheet names without case), not Profiel or Dekking. Teamscan never writes a person's row into, or makes a
 * snapshot of, any of them.
 */
export function mayBeMatrix(sheet: string): boolean {
  const name = sheet.trim().toLowerCase();
  return !NOT_A_MATRIX.has(name) && !SNAPSHOT_LIKE.test(name);
}

/** Refuses a row write or a snapshot of a sheet that is not a team matrix. */
export function checkMatrixSheet(sheet: string, purpose: 'write' | 'snapshot'): void {
  if (!mayBeMatrix(sheet)) {
    fail(purpose === 'write' ? 'hostNotMatrixWrite' : 'hostNotMatrixSnapshot', { sheet: quoteValue(sheet) });
  }
}

function isPlain(value: unknown): boolean {
  if (typeof value === 'string') return value.length <= MAX_CELL_TEXT;
  if (typeof value === 'number') return Number.isFinite(value);
  return value === null || typeof value === 'boolean';
}

/**
 * A row write as it came over a host boundary, checked field by field before any lock or batch: its sheet a
 * team matrix, its rows within the sheet, at most MAX_ROW_CELLS cells of the contract's shape. Throws a keyed
 * error naming the sheet, row, column and value; nothing has been read or written then.
 */
export function checkRowWrite(write: unknown, limits: SheetLimits): RowWrite {
  if (typeof write !== 'object' || write === null)
    fail('hostBadSheet', { value: shownValue(write), max: MAX_SHEET_NAME });
  const w = write as Partial<Record<keyof RowWrite, unknown>>;
  const sheet = checkSheetName(w.sheet);
  checkMatrixSheet(sheet, 'write');
  const headerRow = checkRow(w.headerRow, sheet, limits, 1);
  const row = checkRow(w.row, sheet, limits, Math.max(2, headerRow + 1));
  const badField = (column: unknown, value: unknown): never =>
    fail('hostBadRowValue', { column: shownValue(column), row, sheet, value: shownValue(value) });
  const isHeader = (value: unknown) => typeof value === 'string' && value.length <= MAX_CELL_TEXT;
  if (!isHeader(w.nameHeader) || !isHeader(w.expectedName)) badField(w.nameHeader, w.expectedName);
  if (w.updatedHeader !== undefined && w.updatedHeader !== null && !isHeader(w.updatedHeader)) {
    badField(w.updatedHeader, w.updatedHeader);
  }
  if (!Array.isArray(w.cells)) badField(w.nameHeader, w.cells);
  const cells = w.cells as unknown[];
  if (cells.length > MAX_ROW_CELLS) fail('hostTooManyCells', { sheet, count: cells.length, max: MAX_ROW_CELLS });
  // A take-over's responses (ids of text): at most one per cell a write may hold.
  const ids = w.responses ?? [];
  if (!Array.isArray(ids) || ids.length > MAX_ROW_CELLS || !ids.every(isHeader)) badField(w.responses, w.responses);
  for (const cell of cells as Partial<Record<keyof RowCellWrite, unknown>>[]) {
    if (typeof cell !== 'object' || cell === null) badField(null, cell);
    if (!isHeader(cell.header) || !isPlain(cell.expected)) badField(cell.header, cell.expected);
    if (typeof cell.value === 'boolean' || !isPlain(cell.value)) badField(cell.header, cell.value);
  }
  return write as RowWrite;
}

/** A formula the panel asks to insert: text starting with "=", within Excel's length. */
export function checkFormulaText(formula: unknown): string {
  // A formula has a body: a bare "=" (or "=" and spaces) is no formula to insert.
  const body = typeof formula === 'string' && formula.startsWith('=') ? formula.slice(1).trim() : '';
  if (typeof formula !== 'string' || body === '' || formula.length > MAX_FORMULA) {
    fail('hostBadFormula', { value: shownValue(formula), max: MAX_FORMULA });
  }
  return formula;
}

/** A report to show: its title and page as text of bounded size. */
export function checkReport(html: unknown, title: unknown): { html: string; title: string } {
  if (typeof title !== 'string' || title.length > MAX_REPORT_TITLE) {
    fail('hostBadReport', { value: shownValue(title), max: MAX_REPORT_TITLE });
  }
  // An empty page is refused here, with the key, as any other bad argument (not by the dialog's own check).
  if (typeof html !== 'string' || html.trim() === '' || html.length > MAX_REPORT_HTML) {
    fail('hostBadReport', { value: shownValue(html), max: MAX_REPORT_HTML });
  }
  return { html, title };
}
