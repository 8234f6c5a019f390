// Excel cell values as the core reads them, Excel's clock, and the code of an Office.js error.

import type { CellValue } from '../../shared/matrix/grid';

/**
 * A value from Range.values as the core reads it: "" (Excel's empty cell) becomes null. readSheet and the save's
 * re-read both go through this, so what the form loaded and what a save finds compare like for like.
 */
export function plainValue(value: unknown): CellValue {
  if (value === '' || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return null;
}

const MS_PER_DAY = 86_400_000;
const EXCEL_EPOCH_OFFSET = 25_569;

/** Now as an Excel date serial in local time. */
export function excelNow(now: Date = new Date()): number {
  return (now.getTime() - now.getTimezoneOffset() * 60_000) / MS_PER_DAY + EXCEL_EPOCH_OFFSET;
}

/** The documented error code of an Office.js error ("ItemNotFound", "InvalidOperation", …), if it has one. */
export function officeErrorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}
