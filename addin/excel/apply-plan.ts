// Applies a WorkbookPlan to Excel in three syncs: read names, check, then write everything at once.

import type { PlanProgress } from '../../shared/host/bridge';
import type { Language } from '../../shared/i18n/language';
import { cellAddress } from '../../shared/matrix/address';
import { isBlank } from '../../shared/matrix/grid';
import type { FormulaTarget } from '../../shared/workbook/formula-text';
import { matrixReference, profileTableReference } from '../../shared/workbook/formula-text';
import type { CellBlock, SheetPlan, WorkbookPlan } from '../../shared/workbook/plan';
import { AddinError, addinText } from '../texts';
import type { ExcelRun } from './run';
import { queueSheet } from './sheet-writer';

/** Suffix of the sheet a replace-mode sheet is built in before it takes the old one's place. */
const STAGING_SUFFIX = ' (nieuw)';

function stagingName(name: string, taken: ReadonlySet<string>): string {
  for (let n = 1; ; n++) {
    const candidate = `${name.slice(0, 20)}${STAGING_SUFFIX}${n > 1 ? ` ${n}` : ''}`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

type CellRect = { row: number; column: number; rows: number; columns: number };

/** The cells a merge block writes: the whole block when it has no gaps, else each written cell. */
function writtenCells(block: CellBlock): CellRect[] {
  const columns = Math.max(1, ...block.values.map((row) => row.length));
  const full = block.values.every((row) => row.length === columns && row.every((cell) => cell !== null));
  if (full) return [{ row: block.row, column: block.column, rows: block.values.length, columns }];
  return block.values.flatMap((row, r) =>
    row.flatMap((cell, c) =>
      cell === null ? [] : [{ row: block.row + r, column: block.column + c, rows: 1, columns: 1 }],
    ),
  );
}

interface SheetState {
  readonly plan: SheetPlan;
  readonly sheet?: Excel.Worksheet;
  readonly blockRanges: Excel.Range[];
}

export function formulaTarget(plan: WorkbookPlan, lang: Language): FormulaTarget {
  return {
    host: 'excel',
    lang,
    matrix: matrixReference('excel', plan.matrixRange),
    ...(plan.profileTableRange ? { profileTable: profileTableReference(plan.profileTableRange) } : {}),
  };
}

/**
 * Applies the plan. Replace-mode sheets are built as new sheets and only swapped in (old deleted, new
 * renamed) at the end of the same batch; merge-mode sheets only get their blocks, in cells checked to be
 * empty. Should Excel reject the batch, the staged sheets are deleted and written blocks cleared again.
 */
export async function applyWorkbookPlan(
  run: ExcelRun,
  plan: WorkbookPlan,
  languages: { readonly text: Language; readonly formulas: Language },
  onProgress?: (progress: PlanProgress) => void,
): Promise<void> {
  const lang = languages.text;
  const target = formulaTarget(plan, languages.formulas);
  const tablePlan = plan.sheets.find((sheet) => sheet.table)?.table;
  const created: string[] = [];
  const staged: string[] = [];
  let mergedBlocks: { sheet: string; ranges: CellRect[] }[] = [];
  onProgress?.({ fraction: 0, step: addinText('stepChecking', lang) });
  try {
    await run(async (context) => {
      const workbook = context.workbook;
      // Sync 1: which sheets exist, whether sheets may be added, whether the table name is taken.
      const sheets = workbook.worksheets;
      sheets.load('items/name');
      workbook.protection.load('protected');
      const table = tablePlan ? workbook.tables.getItemOrNullObject(tablePlan.name) : undefined;
      table?.load('name');
      await context.sync();
      if (workbook.protection.protected) throw new AddinError('workbookProtected', lang);
      const existing = new Map(sheets.items.map((sheet) => [sheet.name.toLowerCase(), sheet]));
      const taken = new Set(existing.keys());

      // Sync 2: protection, positions, the cells merge blocks go to, the tables on the merge sheets.
      const states: SheetState[] = plan.sheets.map((sheetPlan) => {
        const sheet = existing.get(sheetPlan.name.toLowerCase());
        if (!sheet) return { plan: sheetPlan, blockRanges: [] };
        sheet.load('name,position');
        sheet.protection.load('protected');
        const blockRanges =
          sheetPlan.mode === 'merge'
            ? sheetPlan.blocks.map((block) => {
                const columns = Math.max(1, ...block.values.map((row) => row.length));
                const range = sheet.getRangeByIndexes(block.row, block.column, block.values.length, columns);
                range.load('values');
                return range;
              })
            : [];
        if (sheetPlan.mode === 'merge') sheet.tables.load('items/name');
        return { plan: sheetPlan, sheet, blockRanges };
      });
      if (table && !table.isNullObject) table.worksheet.load('name');
      await context.sync();
      for (const state of states) {
        if (!state.sheet || state.plan.mode !== 'merge') continue;
        if (state.sheet.protection.protected) throw new AddinError('sheetProtected', lang, { sheet: state.plan.name });
        for (const [index, block] of state.plan.blocks.entries()) {
          for (const [r, row] of state.blockRanges[index]!.values.entries()) {
            for (const [c, value] of row.entries()) {
              const planned = block.values[r]?.[c];
              if (planned !== null && planned !== undefined && !isBlank(value)) {
                throw new AddinError('sheetChanged', lang, {
                  sheet: state.plan.name,
                  cell: cellAddress({ row: 1, column: 1 }, block.row + r, block.column + c),
                });
              }
            }
          }
        }
      }
      let existingTable: Excel.Table | undefined;
      if (table && !table.isNullObject) {
        const owner = states.find((state) => state.plan.table);
        if (table.worksheet.name.toLowerCase() !== owner?.plan.name.toLowerCase()) {
          throw new AddinError('tableElsewhere', lang, { table: tablePlan!.name, sheet: table.worksheet.name });
        }
        existingTable = table;
      }
      for (const state of states) {
        if (!state.sheet || !state.plan.table || existingTable) continue;
        const other = state.sheet.tables.items[0];
        if (other) {
          throw new AddinError('otherTable', lang, {
            sheet: state.plan.name,
            table: other.name,
            wanted: tablePlan!.name,
          });
        }
      }
      onProgress?.({ fraction: 0.4, step: addinText('stepWriting', lang) });

      // Sync 3: write. Destructive steps (deleting the old sheets) come last, after everything was queued.
      const swaps: { old: Excel.Worksheet; fresh: Excel.Worksheet; name: string; position: number }[] = [];
      const toProtect: Excel.Worksheet[] = [];
      mergedBlocks = [];
      for (const state of states) {
        const { plan: sheetPlan } = state;
        let sheet: Excel.Worksheet;
        if (sheetPlan.mode === 'replace' && state.sheet) {
          const name = stagingName(sheetPlan.name, taken);
          taken.add(name.toLowerCase());
          staged.push(name);
          sheet = sheets.add(name);
          swaps.push({ old: state.sheet, fresh: sheet, name: sheetPlan.name, position: state.sheet.position });
        } else if (state.sheet) {
          sheet = state.sheet;
          mergedBlocks.push({
            sheet: sheetPlan.name,
            ranges: sheetPlan.blocks.flatMap(writtenCells),
          });
        } else {
          sheet = sheets.add(sheetPlan.name);
          created.push(sheetPlan.name);
        }
        const fresh = sheetPlan.mode === 'replace' || !state.sheet;
        queueSheet(sheet, sheetPlan, {
          target,
          lang,
          fresh,
          ...(sheetPlan.table && existingTable ? { existingTable } : {}),
        });
        if (sheetPlan.protect) toProtect.push(sheet);
      }
      for (const swap of swaps) {
        swap.old.delete();
        swap.fresh.name = swap.name;
        swap.fresh.position = swap.position;
      }
      for (const sheet of toProtect) sheet.protection.protect();
      sheets.getItem(plan.activate).activate();
      await context.sync();
    });
  } catch (error) {
    if (created.length + staged.length + mergedBlocks.length > 0) await rollBack(run, created, staged, mergedBlocks);
    throw error;
  }
  onProgress?.({ fraction: 1, step: addinText('stepDone', lang) });
}

/** Undoes a failed write: deletes the sheets it added, clears the blocks it wrote into empty cells. */
async function rollBack(
  run: ExcelRun,
  created: readonly string[],
  staged: readonly string[],
  merged: readonly { sheet: string; ranges: readonly CellRect[] }[],
): Promise<void> {
  try {
    await run(async (context) => {
      const sheets = context.workbook.worksheets;
      const added = [...created, ...staged].map((name) => sheets.getItemOrNullObject(name));
      const mergedSheets = merged.map((entry) => sheets.getItemOrNullObject(entry.sheet));
      for (const sheet of [...added, ...mergedSheets]) sheet.load('name');
      await context.sync();
      for (const sheet of added) if (!sheet.isNullObject) sheet.delete();
      merged.forEach((entry, index) => {
        const sheet = mergedSheets[index]!;
        if (sheet.isNullObject) return;
        for (const r of entry.ranges) sheet.getRangeByIndexes(r.row, r.column, r.rows, r.columns).clear('Contents');
      });
      await context.sync();
    });
  } catch {
    // The workbook refused the rollback too; the original error is what the user needs to see.
  }
}
