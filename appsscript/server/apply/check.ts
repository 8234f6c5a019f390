// Checks, under the lock, that the cells a merge plan writes are still empty: the plan was built from a read
// made when the inject view opened, and a person may have typed into the first empty row since.

import { fail } from '../../../shared/i18n/message';
import { cellAddress } from '../../../shared/matrix/address';
import { isBlank } from '../../../shared/matrix/grid';
import type { CellBlock } from '../../../shared/workbook/plan';
import type { SheetLike } from '../gas';
import { SheetsError } from '../texts';
import type { PreparedSheet } from './prepare';

/** The block's rectangle, cut to the sheet: cells beyond its last row or column do not exist yet, so are empty. */
function readable(sheet: SheetLike, block: CellBlock): { rows: number; columns: number } {
  const width = Math.max(0, ...block.values.map((row) => row.length));
  return {
    rows: Math.min(block.values.length, sheet.getMaxRows() - block.row),
    columns: Math.min(width, sheet.getMaxColumns() - block.column),
  };
}

/**
 * A merge plan made from an existing sheet writes only what that sheet lacked (no header for the columns it
 * had): applied to a sheet that is gone (renamed or deleted since the inject view opened), it would start a
 * new one with half a header. Such a plan writes nothing into A1; a plan for a new sheet starts there.
 */
export function checkMergeSheetExists(prepared: PreparedSheet): void {
  const startsSheet = prepared.plan.blocks.some(
    (block) => block.row === 0 && block.column === 0 && block.values[0]?.[0] != null,
  );
  if (!startsSheet) throw new SheetsError('missingSheet', { sheet: prepared.plan.name });
}

/**
 * Throws sheetChanged (as the Excel applier does) naming the first planned cell of a merge sheet that holds a
 * value or a formula now; nothing has been written then. Two reads per block (values, formulas).
 */
export function checkMergeTargets(sheet: SheetLike, prepared: PreparedSheet): void {
  for (const block of prepared.plan.blocks) {
    const { rows, columns } = readable(sheet, block);
    if (rows < 1 || columns < 1) continue;
    const range = sheet.getRange(block.row + 1, block.column + 1, rows, columns);
    const values = range.getValues();
    const formulas = range.getFormulas();
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < columns; c++) {
        const planned = block.values[r]?.[c];
        if (planned === null || planned === undefined) continue;
        if (!isBlank(values[r]?.[c]) || (formulas[r]?.[c] ?? '') !== '') {
          fail('sheetChanged', {
            sheet: prepared.plan.name,
            cell: cellAddress({ row: 1, column: 1 }, block.row + r, block.column + c),
          });
        }
      }
    }
  }
}
