// Momentopname in Excel (docs/design.md#12-rounds-history-and-reports): a protected, values-only copy of the matrix in one Excel.run of three syncs (more for a matrix over Excel's request limit).

import type { SnapshotRequest } from '../../shared/host/bridge';
import { checkSnapshotRequest, snapshotName } from '../../shared/host/snapshot';
import { fail } from '../../shared/i18n/message';
import { AddinError } from '../texts';
import { literalRows, officeErrorCode } from './cell-values';
import { rowRuns } from './payload';
import type { ExcelRun } from './run';

/** The text number format: a value written into such a cell stays text, "=x" included. */
const TEXT_FORMAT = '@';

/**
 * Saves the copy and resolves to its name. Sync 1 reads the sheet names, the workbook's protection and the
 * matrix's used range (values and number formats); sync 2 adds the sheet (WorksheetCollection.add appends it,
 * without activating it) and loads its id; sync 3 writes number formats, then values (a matrix too large for one
 * request in more syncs, run by run of rows), bolds the header row,
 * freezes it, fits the columns and protects the sheet. Excel has no transactions: should sync 2 or 3 fail, the
 * added sheet is deleted again, so no half snapshot is left.
 */
export async function saveSnapshot(run: ExcelRun, request: SnapshotRequest): Promise<string> {
  const { sheet, date } = checkSnapshotRequest(request);
  return run(async (context) => {
    const workbook = context.workbook;
    const sheets = workbook.worksheets;
    sheets.load('items/name');
    workbook.protection.load('protected');
    const used = sheets.getItem(sheet).getUsedRangeOrNullObject(true);
    used.load('values,numberFormat,rowIndex,columnIndex,rowCount,columnCount');
    try {
      await context.sync();
    } catch (error) {
      if (officeErrorCode(error) === 'ItemNotFound') fail('snapshotNoMatrix', { sheet });
      throw error;
    }
    if (used.isNullObject) fail('snapshotNoMatrix', { sheet });
    if (workbook.protection.protected) throw new AddinError('workbookProtected');
    const name = snapshotName(
      date,
      sheets.items.map((item) => item.name),
    );
    // Strings are written into text-formatted cells, so "=Anna" or "1/2" stay what they were; dates keep their
    // number format, so they stay dates.
    const values = used.values as (string | number | boolean)[][];
    const formats = values.map((row, r) =>
      row.map((value, c) => (typeof value === 'string' && value !== '' ? TEXT_FORMAT : used.numberFormat[r]![c])),
    );

    let id: string | undefined;
    try {
      const added = sheets.add(name);
      added.load('id');
      await context.sync();
      id = added.id;
      const at = (row: number, rows: number) =>
        added.getRangeByIndexes(used.rowIndex + row, used.columnIndex, rows, used.columnCount);
      const literal = literalRows(values) as (string | number | boolean)[][];
      // A large matrix goes in runs of rows, one sync each, so no request passes Excel's 5 MB (payload.ts); the
      // last run travels with the finishing commands. A failure in any run removes the sheet below.
      const runs = rowRuns(used.rowCount, [formats, literal]);
      for (const [index, [start, end]] of runs.entries()) {
        const part = at(start, end - start);
        part.numberFormat = formats.slice(start, end);
        part.values = literal.slice(start, end);
        if (index < runs.length - 1) await context.sync();
      }
      const target = at(0, used.rowCount);
      at(0, 1).format.font.bold = true;
      added.freezePanes.freezeRows(used.rowIndex + 1);
      target.format.autofitColumns();
      added.protection.protect();
      await context.sync();
      return name;
    } catch (error) {
      // A colleague's sheet of this name came in between: theirs is left alone.
      if (officeErrorCode(error) === 'ItemAlreadyExists') throw new AddinError('snapshotNameTaken', { sheet: name });
      await removeAdded(context, name, id);
      throw error;
    }
  });
}

/**
 * Deletes the sheet this save added: by its id once known; else (sync 2 failed after the add) the sheet of
 * that name, but only while it is empty, so a colleague's sheet of the same name is never touched. Best effort:
 * the save's own error is the one to show.
 */
async function removeAdded(context: Excel.RequestContext, name: string, id: string | undefined): Promise<void> {
  try {
    const added = context.workbook.worksheets.getItemOrNullObject(id ?? name);
    added.load('name');
    await context.sync();
    if (added.isNullObject) return;
    if (id === undefined) {
      const filled = added.getUsedRangeOrNullObject(true);
      filled.load('address');
      await context.sync();
      if (!filled.isNullObject) return;
    }
    added.delete();
    await context.sync();
  } catch {
    // Nothing more can be done here; the error of the save is reported.
  }
}
