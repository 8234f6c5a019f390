// Turns a value to write into what setValues takes, so user text always stays text.

import { quoteValue } from '../../shared/i18n/message';
import type { CellInput } from './gas';
import { SheetsError } from './texts';

/**
 * setValues parses strings as if typed: "=x" becomes a formula, "3" a number, "1/2" a date. A leading
 * apostrophe makes Sheets keep the rest as text (the apostrophe itself is not stored), as in the UI.
 */
export function asText(value: string): string {
  return value === '' ? '' : `'${value}`;
}

/** A plain value for setValues; `cell` names the target in an error. */
export function toCellInput(value: unknown, cell: string): CellInput {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return asText(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new SheetsError('badCellValue', { cell, value: quoteValue(value) });
    return value;
  }
  if (typeof value === 'boolean') return value;
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value;
  throw new SheetsError('badCellValue', { cell, value: quoteValue(value) });
}
