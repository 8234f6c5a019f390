// Appends a save's changed cells to the hidden sheet Teamscan-log (docs/design.md#12-rounds-history-and-reports), inside the save's document lock.

import { LOG_HEADER, LOG_SHEET, LOG_SOURCE_HEADER, type LogEntry, logRowValues } from '../../shared/host/change-log';
import { cellAddress } from '../../shared/matrix/address';
import { toCellInput } from './cell-text';
import type { CellInput, SheetLike, SpreadsheetLike } from './gas';
import { sizeTo } from './snapshot';

/** How to take an appended log back when the row write after it fails. */
export type UndoLog = () => void;

/**
 * Writes the log rows with one getRange/setValues (header included when the log is new). The first time, the
 * log is created at the end, hidden, and the user's sheet made active again (insertSheet activates the new
 * sheet: https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#insertsheetsheetname,-sheetindex).
 */
export function appendChangeLog(
  spreadsheet: SpreadsheetLike,
  entries: readonly LogEntry[],
  moment: Date,
  lang: 'nl' | 'en' = 'nl',
  source?: string,
): UndoLog {
  if (entries.length === 0) return () => {};
  let log = spreadsheet.getSheetByName(LOG_SHEET);
  const created = !log;
  if (!log) {
    const active = spreadsheet.getActiveSheet();
    log = spreadsheet.insertSheet(LOG_SHEET, spreadsheet.getNumSheets());
    log.hideSheet();
    active.activate();
  }
  const origin = { sheet: LOG_SHEET, row: 1, column: 1 };
  const first = created ? 1 : log.getLastRow() + 1;
  // A self-scan taken over names its source in a sixth column (Bron), as `teamscan collect` writes it.
  const header = source ? [...LOG_HEADER[lang], LOG_SOURCE_HEADER[lang]] : LOG_HEADER[lang];
  const width = header.length;
  const rows: CellInput[][] = [
    ...(created ? [header.map((text) => toCellInput(text, cellAddress(origin, 0, 0)))] : []),
    ...logRowValues(entries).map((values, index) => [
      moment,
      // Text as text: a name or level starting with "=" is written with Sheets' leading apostrophe.
      ...[...values, ...(source ? [source] : [])].map((value, column) =>
        toCellInput(value, cellAddress(origin, first - 1 + index, column + 1)),
      ),
    ]),
  ];
  // getRange outside the sheet's rows fails: grow it first, in one call. A new log is cut to its content
  // instead of insertSheet's 1,000 × 26 grid, and grows by the rows each save adds.
  const lastNeeded = first + rows.length - 1;
  if (created) sizeTo(log, lastNeeded, width);
  const maxRows = log.getMaxRows();
  if (lastNeeded > maxRows) log.insertRowsAfter(maxRows, lastNeeded - maxRows);
  // A log the saves made has five columns: a take-over adds the sixth (its header is then absent: the readers take
  // the sixth column as Bron, shared/selfscan/tracking.ts).
  if (log.getMaxColumns() < width) log.insertColumnsAfter(5, 1);
  const range = log.getRange(first, 1, rows.length, width);
  range.setValues(rows);
  const written: SheetLike = log;
  return () => {
    if (created) spreadsheet.deleteSheet(written);
    else range.clearContent();
  };
}
