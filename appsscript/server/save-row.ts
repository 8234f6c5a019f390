// Saves one person's row: checks the row still holds that person, then writes only that row.

import type { RowWrite } from '../../shared/host/bridge';
import type { Language } from '../../shared/i18n/language';
import { fail, quoteValue } from '../../shared/i18n/message';
import { cellAddress } from '../../shared/matrix/address';
import { personKey } from '../../shared/text/normalize';
import { toCellInput } from './cell-text';
import type { CellInput, Services } from './gas';
import { withDocumentLock } from './lock';
import { SheetsError } from './texts';

function isIndex(value: unknown, min: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min;
}

/** The row's cells by 0-based column, checked and converted before anything is written. */
function rowCells(write: RowWrite, lang: Language): Map<number, CellInput> {
  const cells = new Map<number, CellInput>();
  const origin = { sheet: write.sheet, row: 1, column: 1 };
  for (const cell of write.cells ?? []) {
    const address = cellAddress(origin, write.row - 1, isIndex(cell.column, 0) ? cell.column : 0);
    if (!isIndex(cell.column, 0))
      throw new SheetsError('badCellValue', lang, { cell: address, value: quoteValue(cell.column) });
    cells.set(cell.column, toCellInput(cell.value, address, lang));
  }
  if (write.updatedColumn !== undefined && write.updatedColumn !== null) {
    if (!isIndex(write.updatedColumn, 0)) {
      throw new SheetsError('badCellValue', lang, { cell: write.sheet, value: quoteValue(write.updatedColumn) });
    }
    cells.set(write.updatedColumn, new Date());
  }
  return cells;
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

export function saveRow(gas: Services, write: RowWrite, lang: Language): void {
  if (!isIndex(write.row, 1)) throw new SheetsError('badRow', lang, { row: String(write.row), sheet: write.sheet });
  if (!isIndex(write.nameColumn, 0)) {
    throw new SheetsError('badCellValue', lang, { cell: write.sheet, value: quoteValue(write.nameColumn) });
  }
  const cells = rowCells(write, lang);
  withDocumentLock(gas, lang, () => {
    const sheet = gas.spreadsheet.getActiveSpreadsheet().getSheetByName(write.sheet);
    if (!sheet) throw new SheetsError('missingSheet', lang, { sheet: write.sheet });
    if (write.row > sheet.getMaxRows()) throw new SheetsError('badRow', lang, { row: write.row, sheet: write.sheet });
    // Checked under the lock: rows may have been sorted, or another member saved, since the panel read them.
    const current = sheet.getRange(write.row, write.nameColumn + 1).getValue();
    const actual = current === null || current === undefined ? '' : String(current);
    if (personKey(actual) !== personKey(String(write.expectedName ?? ''))) {
      fail('rowChanged', { row: write.row, expected: quoteValue(write.expectedName), actual: quoteValue(actual) });
    }
    const lastColumn = Math.max(-1, ...cells.keys()) + 1;
    const maxColumns = sheet.getMaxColumns();
    if (lastColumn > maxColumns) sheet.insertColumnsAfter(maxColumns, lastColumn - maxColumns);
    for (const run of columnRuns(cells)) {
      sheet.getRange(write.row, run.column + 1, 1, run.values.length).setValues([run.values]);
    }
  });
}
