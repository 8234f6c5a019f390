// After Excel rejected an injection's write batch: what had run of it is read back from the workbook, and the
// workbook is put back as it was, or, past the commit point, the injection is finished.
//
// Excel runs a batch's commands in order and stops at the one that fails; the ones before it have run (there is
// no transaction). So the workbook may be anywhere between "nothing written" and "all but the last delete".

import type { CellBlock } from '../../shared/workbook/plan';
import type { ExcelRun } from './run';

export type CellRect = { row: number; column: number; rows: number; columns: number };

/** The cells a merge block writes: the whole block when it has no gaps, else each written cell. */
export function writtenCells(block: CellBlock): CellRect[] {
  const columns = Math.max(1, ...block.values.map((row) => row.length));
  const full = block.values.every((row) => row.length === columns && row.every((cell) => cell !== null));
  if (full) return [{ row: block.row, column: block.column, rows: block.values.length, columns }];
  return block.values.flatMap((row, r) =>
    row.flatMap((cell, c) =>
      cell === null ? [] : [{ row: block.row + r, column: block.column + c, rows: 1, columns: 1 }],
    ),
  );
}

/** What the write batch set out to do, as far as undoing it needs to know. */
export interface AppliedState {
  /** Sheets that did not exist and were added under their own name. */
  readonly created: string[];
  /** Replaced sheets: the old sheet (by its id, which survives a rename), its name, the new sheet's staging name. */
  readonly swaps: { readonly oldId: string; readonly name: string; readonly staged: string }[];
  /** Blocks written into cells of existing sheets that were checked to be empty. */
  readonly merged: { readonly sheet: string; readonly ranges: readonly CellRect[] }[];
  /** Existing sheets the plan protects (they were not protected: the check refuses protected ones). */
  readonly protectedMerges: string[];
  /** The plan's table when it existed already (it is resized): its range before, e.g. "Teammatrix!A1:H4". */
  readonly table?: { readonly name: string; readonly address: string };
}

/**
 * 'restored' when the workbook is as it was, 'completed' when the batch had passed its commit point (an old
 * sheet was deleted) and the remaining deletes were done, 'failed' when Excel refused this too.
 */
export async function recover(run: ExcelRun, state: AppliedState): Promise<'restored' | 'completed' | 'failed'> {
  try {
    return await run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load('items/name,items/id');
      await context.sync();
      const ids = new Set(sheets.items.map((sheet) => sheet.id));
      const names = new Set(sheets.items.map((sheet) => sheet.name.toLowerCase()));
      const has = (name: string) => names.has(name.toLowerCase());

      if (state.swaps.some((swap) => !ids.has(swap.oldId))) {
        // An old sheet is gone: every new sheet is in place. Finish the deletes.
        for (const swap of state.swaps) if (ids.has(swap.oldId)) sheets.getItem(swap.oldId).delete();
        await context.sync();
        return 'completed';
      }

      for (const swap of state.swaps) {
        const old = sheets.items.find((sheet) => sheet.id === swap.oldId)!;
        if (has(swap.staged)) sheets.getItem(swap.staged).delete();
        if (old.name.toLowerCase() !== swap.name.toLowerCase()) {
          // The old sheet was renamed aside; the new one may already hold its name.
          if (has(swap.name)) sheets.getItem(swap.name).delete();
          sheets.getItem(swap.oldId).name = swap.name;
        }
      }
      for (const name of state.created) if (has(name)) sheets.getItem(name).delete();
      for (const entry of state.merged) {
        if (!has(entry.sheet)) continue;
        const sheet = sheets.getItem(entry.sheet);
        for (const r of entry.ranges) sheet.getRangeByIndexes(r.row, r.column, r.rows, r.columns).clear('Contents');
      }
      for (const name of state.protectedMerges) if (has(name)) sheets.getItem(name).protection.unprotect();
      if (state.table) context.workbook.tables.getItem(state.table.name).resize(state.table.address);
      await context.sync();
      return 'restored';
    });
  } catch {
    // Excel refused this too; the original error is what the user needs to see.
    return 'failed';
  }
}
