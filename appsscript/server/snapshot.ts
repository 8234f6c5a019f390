// Momentopname in Google Sheets (docs/design.md#12-rounds-history-and-reports): a protected, values-only copy of the matrix, under the document lock.

import { checkSnapshotRequest, snapshotName } from '../../shared/host/snapshot';
import type { Language } from '../../shared/i18n/language';
import { fail } from '../../shared/i18n/message';
import { SNAPSHOT_PROTECTION } from '../../shared/i18n/ui-messages-rounds';
import { cellAddress } from '../../shared/matrix/address';
import { toCellInput } from './cell-text';
import type { CellInput, Services, SheetLike, SpreadsheetLike } from './gas';
import { withDocumentLock } from './lock';
import { isDate } from './wire';

/** A read value as setValues takes it back: text as text ("=x" included), a date as the date it is. */
function valueInput(value: unknown, cell: string): CellInput {
  // isDate, not instanceof: a Date may come from another realm (the sheet's values in the tests' vm).
  return isDate(value) ? (value as Date) : toCellInput(value, cell);
}

/**
 * Sizes a fresh sheet to rows × columns, in at most two calls each way: grown where the copy is larger
 * (getRange beyond its size throws), cut where insertSheet's default grid (1,000 × 26) is larger, so a snapshot
 * holds its own cells, not 26,000, against the spreadsheet's 10 million cell limit. It keeps one row and one
 * column beyond the frozen ones: Sheets refuses to leave only frozen rows or columns.
 */
export function sizeTo(sheet: SheetLike, rows: number, columns: number): void {
  const maxRows = sheet.getMaxRows();
  if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  else if (rows < maxRows) sheet.deleteRows(rows + 1, maxRows - rows);
  const maxColumns = sheet.getMaxColumns();
  if (columns > maxColumns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
  else if (columns < maxColumns) sheet.deleteColumns(columns + 1, maxColumns - columns);
}

/**
 * Saves the copy and returns its name. Under the document lock: the matrix's values, number formats and font
 * weights are read in one rectangle each; the sheet is inserted at the end (insertSheet makes it active, so the
 * user's sheet is activated again), written with one setValues per property, its frozen rows and columns as the
 * matrix's, and protected as warning-only, as Teamscan's other protected sheets (apply/formats.ts). Apps Script
 * has no transactions: a failing step deletes the inserted sheet again, so no half snapshot is left.
 */
export function saveSnapshot(gas: Services, request: unknown, lang: Language): string {
  const { sheet: matrixName, date } = checkSnapshotRequest(request);
  return withDocumentLock(gas, () => {
    const spreadsheet = gas.spreadsheet.getActiveSpreadsheet();
    const matrix = spreadsheet.getSheetByName(matrixName);
    if (!matrix || matrix.getLastRow() === 0) fail('snapshotNoMatrix', { sheet: matrixName });
    const source = matrix.getDataRange();
    const values = source.getValues();
    const numberFormats = source.getNumberFormats();
    const fontWeights = source.getFontWeights();
    const frozen = { rows: matrix.getFrozenRows(), columns: matrix.getFrozenColumns() };
    const name = snapshotName(
      date,
      spreadsheet.getSheets().map((sheet) => sheet.getName()),
    );
    const origin = { sheet: matrixName, row: 1, column: 1 };
    const inputs = values.map((row, r) => row.map((value, c) => valueInput(value, cellAddress(origin, r, c))));
    const active = spreadsheet.getActiveSheet();
    const copy = spreadsheet.insertSheet(name, spreadsheet.getNumSheets());
    try {
      active.activate();
      const rows = values.length;
      const columns = values[0]?.length ?? 1;
      sizeTo(copy, Math.max(rows, frozen.rows + 1), Math.max(columns, frozen.columns + 1));
      const target = copy.getRange(1, 1, rows, columns);
      target.setValues(inputs);
      target.setNumberFormats(numberFormats);
      target.setFontWeights(fontWeights);
      if (frozen.rows > 0) copy.setFrozenRows(frozen.rows);
      if (frozen.columns > 0) copy.setFrozenColumns(frozen.columns);
      protectAsSnapshot(copy, lang);
      // Within the try: a held-back write that fails when applied still removes the copy.
      gas.spreadsheet.flush();
    } catch (error) {
      removeCopy(spreadsheet, copy, active);
      throw error;
    }
    return name;
  });
}

/** A snapshot's protection: warning-only, with the description a save recognises it by (save-row.ts). */
export function protectAsSnapshot(sheet: SheetLike, lang: Language): void {
  sheet.protect().setWarningOnly(true).setDescription(SNAPSHOT_PROTECTION[lang]);
}

/** Deletes the inserted sheet and puts the user back on theirs; best effort, the step's own error is shown. */
function removeCopy(spreadsheet: SpreadsheetLike, copy: SheetLike, active: SheetLike): void {
  try {
    spreadsheet.deleteSheet(copy);
  } catch {
    // A second failure cannot be helped here.
  }
  try {
    active.activate();
  } catch {
    // Idem.
  }
}
