// Excel cell values as the core reads them, Excel's clock, and the code of an Office.js error.

import { type CellValue, epochMsToSerial } from '../../shared/matrix/grid';

/**
 * A value from Range.values as the core reads it: "" (Excel's empty cell) becomes null. readSheet and the save's
 * re-read both go through this, so what the form loaded and what a save finds compare like for like.
 */
export function plainValue(value: unknown): CellValue {
  if (value === '' || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return null;
}

/** Now as an Excel date serial in local time. */
export function excelNow(now: Date = new Date()): number {
  return epochMsToSerial(now.getTime() - now.getTimezoneOffset() * 60_000);
}

/** The documented error code of an Office.js error ("ItemNotFound", "InvalidOperation", …), if it has one. */
export function officeErrorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * Whether every text gets the apostrophe, not only text that Excel would read as a formula: the safe path when the
 * self-test found the "@" format not keeping text as text in this Excel (shared/selftest/stored.ts).
 */
let everyTextPrefixed = false;

/** Turns the self-test's text fallback on or off for this task pane. */
export function setTextFallback(on: boolean): void {
  everyTextPrefixed = on;
}

/**
 * A value for Range.values that Excel keeps as the text it is. The Range.values reference says a string that starts
 * with "=", "+" or "-" is interpreted as a formula, and does not say a text number format ("@") prevents that; a
 * leading apostrophe is Excel's documented text prefix (it is not part of the value: Range.values reads the text
 * without it), so such text, and text that itself starts with an apostrophe, gets one. The "@" format stays, so
 * "3" or "1/2" stays text as well; where the self-test found that it does not, `prefixAll` puts the apostrophe
 * before every text.
 */
export function literalInput<T>(value: T): T | string {
  return textInput(value, everyTextPrefixed);
}

/** literalInput with the fallback chosen by the caller (the self-test probes the default path). */
export function textInput<T>(value: T, prefixAll: boolean): T | string {
  if (typeof value !== 'string') return value;
  return (prefixAll && value !== '') || /^[=+\-']/.test(value) ? `'${value}` : value;
}

/** literalInput for every cell of a rectangle. */
export function literalRows<T>(rows: readonly (readonly T[])[], prefixAll = everyTextPrefixed): (T | string)[][] {
  return rows.map((row) => row.map((value) => textInput(value, prefixAll)));
}
