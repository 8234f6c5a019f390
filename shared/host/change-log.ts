// The change log of docs/design.md#12-rounds-history-and-reports: every save appends one row per changed cell to the hidden sheet Teamscan-log.

import type { CellValue } from '../matrix/grid';
import type { PlainCellValue, RowWrite } from './bridge';
import { headerKey, plainCellValue, type ResolvedRowWrite, sameCellValue } from './row-write';

export const LOG_SHEET = 'Teamscan-log';

/** The development conversation's sheets (any case, as hosts compare sheet names): their saves are no self-scan. */
const CONVERSATION_SHEETS = /^(tweede blik|ontwikkelplan)$/i;

/** The log's header; the host writes Tijd as a date in its own way (Excel serial, Apps Script Date). */
export const LOG_HEADER: Readonly<Record<'nl' | 'en', readonly string[]>> = {
  nl: ['Tijd', 'Naam', 'Kolom', 'Eerder', 'Nu'],
  en: ['Time', 'Name', 'Column', 'Before', 'Now'],
};

/** The log's sixth column: where a change came from ("zelfscan"); empty for the panel's own saves. */
export const LOG_SOURCE_HEADER: Readonly<Record<'nl' | 'en', string>> = { nl: 'Bron', en: 'Source' };

/** One changed cell: who, which column (by header), what it held and what it holds now. */
export interface LogEntry {
  readonly name: string;
  readonly column: string;
  readonly before: PlainCellValue;
  readonly now: string | number | null;
}

/**
 * The entries a save adds to the log: one per cell whose value really changes, in the order of the write.
 * `row` is the person's row as re-read for the write (the values before it), `resolved` its mapped cells.
 */
export function changeLogEntries(write: RowWrite, row: readonly CellValue[], resolved: ResolvedRowWrite): LogEntry[] {
  // A second view's cell is a colleague's view and a plan's is a goal, not the person's own level: the log names
  // the sheet (SHEET_SECOND_VIEW, SHEET_DEV_PLAN; written out, as the Apps Script server has no bytes to spare).
  const prefix = CONVERSATION_SHEETS.test(write.sheet) ? `${write.sheet}: ` : '';
  return resolved.cells.flatMap((cell, index) => {
    const before = plainCellValue(row[cell.column]);
    if (sameCellValue(before, cell.value)) return [];
    // A person added by the write has no name yet to expect: the log names them by the name written.
    const name =
      write.expectedName ||
      String(write.cells.find((c) => headerKey(c.header) === headerKey(write.nameHeader))?.value ?? '');
    return [{ name, column: prefix + write.cells[index]!.header, before, now: cell.value }];
  });
}

/** The log rows without their time: Naam, Kolom, Eerder, Nu (text stays text: the host writes them as text). */
export function logRowValues(entries: readonly LogEntry[]): (string | number | boolean | null)[][] {
  return entries.map((entry) => [entry.name, entry.column, entry.before, entry.now]);
}
