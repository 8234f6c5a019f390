// Saving one person's row: one Excel.run, two syncs whatever the team size. Sync 1 re-reads the header row and
// the person's row; the core maps each column by its header and compares every cell with what the form loaded
// (resolveRowWrite: rowChanged, columnMissing, columnAmbiguous, cellChanged); only then sync 2 writes.

import type { RowWrite } from '../../shared/host/bridge';
import { changeLogEntries } from '../../shared/host/change-log';
import { resolveRowWrite } from '../../shared/host/row-write';
import { checkRowWrite, EXCEL_LIMITS } from '../../shared/host/validate';
import type { Language } from '../../shared/i18n/language';
import type { CellValue } from '../../shared/matrix/grid';
import { AddinError } from '../texts';
import { excelNow, literalInput, officeErrorCode, plainValue } from './cell-values';
import { probeChangeLog, type QueuedLog, queueChangeLog, takeBackChangeLog } from './change-log';
import type { ExcelRun } from './run';
import { DATE_FORMAT } from './styles';

/** A sheet row's used cells, to be read from column A. */
function usedRow(sheet: Excel.Worksheet, row: number, props: string): Excel.Range {
  const used = sheet
    .getRangeByIndexes(row - 1, 0, 1, 1)
    .getEntireRow()
    .getUsedRangeOrNullObject(true);
  used.load(props);
  return used;
}

/** One property of a used row, from column A (cells left of the used part, and a row without any, are blank). */
function fromColumnA<T>(used: Excel.Range, read: (range: Excel.Range) => unknown[][], blank: T): (T | unknown)[] {
  if (used.isNullObject) return [];
  return [...Array.from({ length: used.columnIndex }, () => blank), ...(read(used)[0] ?? [])];
}

/** What a written cell held before the save, to put back should Excel reject the write halfway. */
interface Previous {
  readonly column: number;
  /** Range.formulas: the formula, else the value ("" when empty). */
  readonly content: unknown;
  readonly numberFormat: unknown;
}

/**
 * Writes the row compare-and-set. Rejects with the core's TeamscanError (and writes nothing) when the row, a
 * column or a cell is not what the form loaded, and with `sheetMissing` when the sheet is gone (renamed).
 * `lang` is the panel's language: a change log this save adds gets its header in it.
 */
export async function saveRow(run: ExcelRun, request: RowWrite, lang: Language = 'nl'): Promise<void> {
  // Shape, size and target before the batch: a team matrix only, never the log, a snapshot, Profiel or Dekking.
  const write = checkRowWrite(request, EXCEL_LIMITS);
  try {
    await saveRowOnce(run, write, lang);
  } catch (error) {
    // Two saves that both found no log each add it; the second add fails before anything of its batch ran.
    // Saving again finds the log and re-checks every cell, so the save lands as if it had come second.
    if (!(error instanceof LogAddedMeanwhile)) throw error;
    await saveRowOnce(run, write, lang);
  }
}

/** The log another save added between this save's two syncs (Worksheets.add: ItemAlreadyExists). */
class LogAddedMeanwhile extends Error {}

async function saveRowOnce(run: ExcelRun, write: RowWrite, lang: Language): Promise<void> {
  let previous: readonly Previous[] | undefined;
  let queuedLog: QueuedLog | undefined;
  try {
    await run(async (context) => {
      // Worksheet.getItem: ItemNotFound at sync when no sheet has this name (any more).
      const sheet = context.workbook.worksheets.getItem(write.sheet);
      const header = usedRow(sheet, write.headerRow, 'values,columnIndex');
      const person = usedRow(sheet, write.row, 'values,formulas,numberFormat,columnIndex');
      const log = probeChangeLog(context);
      try {
        await context.sync();
      } catch (error) {
        if (officeErrorCode(error) === 'ItemNotFound') throw new AddinError('sheetMissing', { sheet: write.sheet });
        throw error;
      }
      const headerValues = fromColumnA(header, (range) => range.values, '').map(plainValue);
      const rowValues: CellValue[] = fromColumnA(person, (range) => range.values, '').map(plainValue);
      // Throws rowChanged / columnMissing / columnAmbiguous / cellChanged: nothing has been queued yet.
      const resolved = resolveRowWrite(write, headerValues, rowValues);

      const contents = fromColumnA(person, (range) => range.formulas, '');
      const formats = fromColumnA(person, (range) => range.numberFormat, 'General');
      const columns = [
        ...resolved.cells.map((cell) => cell.column),
        ...(resolved.updatedColumn !== undefined ? [resolved.updatedColumn] : []),
      ];
      previous = columns.map((column) => ({
        column,
        content: contents[column] ?? '',
        numberFormat: formats[column] ?? 'General',
      }));

      const moment = excelNow();
      // The log first: if Excel rejects it, the row is not yet touched.
      queuedLog = queueChangeLog(context, log, changeLogEntries(write, rowValues, resolved), moment, lang);
      const cellAt = (column: number) => sheet.getRangeByIndexes(write.row - 1, column, 1, 1);
      for (const cell of resolved.cells) {
        const target = cellAt(cell.column);
        if (cell.value === null) {
          target.clear('Contents');
        } else {
          // Number format first: text must be text before it arrives ("=Jan" stays text, "3" stays "3").
          target.numberFormat = [[typeof cell.value === 'string' ? '@' : 'General']];
          target.values = [[literalInput(cell.value)]];
        }
      }
      if (resolved.updatedColumn !== undefined) {
        const stamp = cellAt(resolved.updatedColumn);
        stamp.numberFormat = [[DATE_FORMAT]];
        stamp.values = [[moment]];
      }
      await context.sync();
    });
  } catch (error) {
    // The log's add is the first command of the write batch: when it fails, nothing of ours ran to put back.
    if (queuedLog?.adds && officeErrorCode(error) === 'ItemAlreadyExists') throw new LogAddedMeanwhile();
    if (previous) await putBack(run, write, previous);
    if (queuedLog) await takeBackChangeLog(run, queuedLog);
    // A protected sheet refuses the write with AccessDenied (its unlocked cells would have taken it): say which
    // sheet to unprotect rather than Excel's bare code. What ran is put back above.
    if (officeErrorCode(error) === 'AccessDenied') throw new AddinError('sheetProtected', { sheet: write.sheet });
    throw error;
  }
}

/**
 * Excel ran part of a rejected batch (there is no transaction): writes back what the written cells held, so a
 * failed save leaves the row as it was. A failure here too leaves the original error as what the user sees.
 */
async function putBack(run: ExcelRun, write: RowWrite, previous: readonly Previous[]): Promise<void> {
  try {
    await run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(write.sheet);
      for (const cell of previous) {
        const range = sheet.getRangeByIndexes(write.row - 1, cell.column, 1, 1);
        range.numberFormat = [[cell.numberFormat as string]];
        if (cell.content === '' || cell.content === null || cell.content === undefined) range.clear('Contents');
        else range.formulas = [[cell.content as string]];
      }
      await context.sync();
    });
  } catch {
    // The original error is the one to show.
  }
}
