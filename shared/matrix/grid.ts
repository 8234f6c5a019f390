// The plain cell grid every host hands to the core: values as read, where they sit, which cells are empty.

import type { GridOrigin } from './address';

/** A cell value as hosts deliver it (Excel, Apps Script, CSV, exceljs after conversion). */
export type CellValue = string | number | boolean | Date | null | undefined;

export interface Grid {
  readonly values: readonly (readonly CellValue[])[];
  /** Where the grid sits, for cell addresses in messages; A1 of an unnamed sheet when absent. */
  readonly origin?: GridOrigin;
  /**
   * Cells the host knows to be empty although their value says otherwise (Excel desktop hands an empty
   * cell to a custom function as 0). `true` marks an empty cell.
   */
  readonly emptyMask?: readonly (readonly boolean[])[];
  /**
   * Rows are records of a text file (.csv): a value right of the header's last filled cell means the record
   * has more fields than its header (an unquoted delimiter shifted it), an error rather than a skipped cell.
   */
  readonly textRecords?: boolean;
}

/** Nothing in the cell: null, undefined, or text of only spaces. */
export function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/** A cell as trimmed text; a date as its ISO form. */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  return String(value).trim();
}

/** Days from 1899-12-30, day 0 of the 1900 date system Excel and Sheets store dates in, to 1970-01-01. */
export const SERIAL_EPOCH_DAYS = 25_569;
export const MS_PER_DAY = 86_400_000;

/** A date serial (1900 system) as milliseconds since 1970-01-01, in the serial's own (UTC-like) terms. */
export function serialToEpochMs(serial: number): number {
  return (serial - SERIAL_EPOCH_DAYS) * MS_PER_DAY;
}

/** Milliseconds since 1970-01-01 as a date serial (1900 system); the inverse of serialToEpochMs. */
export function epochMsToSerial(ms: number): number {
  return ms / MS_PER_DAY + SERIAL_EPOCH_DAYS;
}
