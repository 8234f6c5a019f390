// Saves one person's row: columns by header, compare-and-set under the document lock (docs/design.md#9-reliability-and-privacy).

import { type RowWrite, SELFSCAN_SOURCE } from '../../shared/host/bridge';
import { changeLogEntries } from '../../shared/host/change-log';
import { resolveRowWrite } from '../../shared/host/row-write';
import { checkRowWrite, SHEETS_LIMITS } from '../../shared/host/validate';
import type { Language } from '../../shared/i18n/language';
import { fail, quoteValue } from '../../shared/i18n/message';
import { SNAPSHOT_PROTECTION } from '../../shared/i18n/ui-messages-rounds';
import { cellAddress } from '../../shared/matrix/address';
import type { CellValue } from '../../shared/matrix/grid';
import { toCellInput } from './cell-text';
import { appendChangeLog } from './change-log';
import { TAKEN_PREFIX } from './forms';
import type { CellInput, Services, SheetLike } from './gas';
import { withDocumentLock } from './lock';
import { SheetsError } from './texts';
import { asPanelValue, isDate } from './wire';

/** The protection text every snapshot gets (snapshot.ts), in either language. */
const SNAPSHOT_DESCRIPTIONS: ReadonlySet<string> = new Set(Object.values(SNAPSHOT_PROTECTION));

/** The header row and the person's row from column A, in one getValues when they are adjacent, else two. */
function readRows(sheet: SheetLike, write: RowWrite): { header: CellValue[]; row: CellValue[] } {
  const columns = Math.max(1, sheet.getLastColumn());
  const read = (first: number, rows: number) =>
    sheet
      .getRange(first, 1, rows, columns)
      .getValues()
      .map((line) => line.map(asPanelValue));
  if (write.row === write.headerRow + 1) {
    const [header, row] = read(write.headerRow, 2) as [CellValue[], CellValue[]];
    return { header, row };
  }
  return { header: read(write.headerRow, 1)[0]!, row: read(write.row, 1)[0]! };
}

/** Consecutive columns become one setValues each: a handful of calls, never one per cell. */
export function columnRuns(cells: Map<number, CellInput>): { column: number; values: CellInput[] }[] {
  const runs: { column: number; values: CellInput[] }[] = [];
  for (const column of [...cells.keys()].sort((a, b) => a - b)) {
    const last = runs[runs.length - 1];
    if (last && last.column + last.values.length === column) last.values.push(cells.get(column)!);
    else runs.push({ column, values: [cells.get(column)!] });
  }
  return runs;
}

/**
 * Writes one person's row. Under the lock, the header and the row are re-read, every column is found by its
 * header as the sheet is now, and every cell must still hold what the form loaded (resolveRowWrite throws
 * rowChanged, columnMissing, columnAmbiguous or cellChanged otherwise, before anything is written).
 * `lang` is the panel's language: a change log this save creates gets its header in it.
 */
export function saveRow(gas: Services, request: unknown, lang: Language = 'nl'): null | false {
  // Shape, size and target before the lock: a team matrix only, never the log, a snapshot, Profiel or Dekking.
  const write = checkRowWrite(request, SHEETS_LIMITS);
  return withDocumentLock(gas, () => {
    // A self-scan taken over: a response another take-over has taken meanwhile writes nothing (false).
    const responses = write.responses ?? [];
    const marks = responses.length ? gas.properties.getDocumentProperties() : undefined;
    if (marks && responses.some((id) => marks.getProperty(TAKEN_PREFIX + id) !== null)) return false;
    const spreadsheet = gas.spreadsheet.getActiveSpreadsheet();
    const sheet = spreadsheet.getSheetByName(write.sheet);
    if (!sheet) throw new SheetsError('missingSheet', { sheet: write.sheet });
    // A snapshot renamed by hand is still one: its warning-only protection would not stop a script's write.
    const protections = sheet.getProtections(gas.spreadsheet.ProtectionType.SHEET);
    if (protections.some((protection) => SNAPSHOT_DESCRIPTIONS.has(protection.getDescription()))) {
      fail('hostNotMatrixWrite', { sheet: quoteValue(write.sheet) });
    }
    if (write.row > sheet.getMaxRows()) throw new SheetsError('badRow', { row: write.row, sheet: write.sheet });
    const { header, row } = readRows(sheet, write);
    const resolved = resolveRowWrite(write, header, row);
    const cells = new Map<number, CellInput>();
    const origin = { sheet: write.sheet, row: 1, column: 1 };
    for (const cell of resolved.cells) {
      // Text stays text ("=x", "007"): toCellInput marks it as such for setValues.
      cells.set(cell.column, toCellInput(cell.value, cellAddress(origin, write.row - 1, cell.column)));
    }
    const moment = new Date();
    if (resolved.updatedColumn !== undefined) cells.set(resolved.updatedColumn, moment);
    const runs = columnRuns(cells);
    // The log first: should it fail, the row is untouched; should the row fail after it, the log is taken back.
    const undoLog = appendChangeLog(
      spreadsheet,
      changeLogEntries(write, row, resolved),
      moment,
      lang,
      marks && SELFSCAN_SOURCE,
    );
    try {
      for (const run of runs) {
        sheet.getRange(write.row, run.column + 1, 1, run.values.length).setValues([run.values]);
      }
      // Sheets may hold the writes back and apply them only here, where they can still fail: within the try,
      // so such a failure takes the log back too (SpreadsheetApp.flush: "Applies all pending Spreadsheet
      // changes"). withDocumentLock's own flush after this finds nothing left.
      gas.spreadsheet.flush();
      // Marked with the write, under the same lock: a second take-over takes none of them again.
      marks?.setProperties(Object.fromEntries(responses.map((id) => [TAKEN_PREFIX + id, moment.toISOString()])));
    } catch (error) {
      putBack(gas, sheet, write, runs, row);
      try {
        undoLog();
        gas.spreadsheet.flush();
      } catch {
        // The row's own error is the one to show.
      }
      throw error;
    }
    return null;
  });
}

/**
 * Apps Script has no transactions: runs written before the failing one (or applied from the batch before it
 * failed) stay written. Writes back what every run's cells held when they were re-read under the lock, which
 * the compare-and-set has just checked, so a failed save leaves the row as it was. Best effort: a failure here
 * leaves the save's own error as the one shown.
 */
function putBack(
  gas: Services,
  sheet: SheetLike,
  write: RowWrite,
  runs: readonly { column: number; values: CellInput[] }[],
  row: readonly CellValue[],
): void {
  const origin = { sheet: write.sheet, row: 1, column: 1 };
  for (const run of runs) {
    try {
      const before = run.values.map((_, index) => {
        const column = run.column + index;
        const value = row[column];
        return isDate(value) ? value : toCellInput(value, cellAddress(origin, write.row - 1, column));
      });
      sheet.getRange(write.row, run.column + 1, 1, before.length).setValues([before]);
    } catch {
      // Idem: the next run is still put back.
    }
  }
  try {
    gas.spreadsheet.flush();
  } catch {
    // Idem.
  }
}
