// Applies a WorkbookPlan to Excel in three syncs: read names, check, then write everything at once.

import type { PlanProgress } from '../../shared/host/bridge';
import type { Language } from '../../shared/i18n/language';
import { fail } from '../../shared/i18n/message';
import { cellAddress } from '../../shared/matrix/address';
import { isBlank } from '../../shared/matrix/grid';
import { assertCarryCurrent } from '../../shared/workbook/carry-over-check';
import type { FormulaTarget } from '../../shared/workbook/formula-text';
import { matrixReference, profileTableReference } from '../../shared/workbook/formula-text';
import type { SheetPlan, WorkbookPlan } from '../../shared/workbook/plan';
import { AddinError, addinText } from '../texts';
import { usedRangeProperties, usedRangeSnapshot } from './read-sheet';
import { type AppliedState, recover, writtenCells } from './recover-plan';
import type { ExcelRun } from './run';
import { queueSheet } from './sheet-writer';

/** Suffixes of the sheet a replace-mode sheet is built in, and of the old sheet until it is deleted. */
const STAGING_SUFFIX = ' (nieuw)';
const BACKUP_SUFFIX = ' (oud)';

function freeName(name: string, suffix: string, taken: Set<string>): string {
  for (let n = 1; ; n++) {
    const candidate = `${name.slice(0, 20)}${suffix}${n > 1 ? ` ${n}` : ''}`;
    if (!taken.has(candidate.toLowerCase())) {
      taken.add(candidate.toLowerCase());
      return candidate;
    }
  }
}

interface SheetState {
  readonly plan: SheetPlan;
  readonly sheet?: Excel.Worksheet;
  readonly blockRanges: Excel.Range[];
  /** A replace sheet the plan read: its used range now, for the stale check (carry-over-check.ts). */
  readonly used?: Excel.Range;
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
 * Applies the plan, all or nothing. Replace-mode sheets are built as new sheets ("Profiel (nieuw)"); merge-mode
 * sheets only get their blocks, in cells checked to be empty. At the end of the same batch the old sheets are
 * renamed aside ("Profiel (oud)"), the new ones take their names and places, and only then, as the batch's last
 * commands, the old ones are deleted: the first delete is the commit point. Should Excel reject the batch before
 * it, recover() puts the workbook back as it was; after it, recover() finishes the deletes.
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
  let applied: AppliedState | undefined;
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
      if (workbook.protection.protected) throw new AddinError('workbookProtected');
      const existing = new Map(sheets.items.map((sheet) => [sheet.name.toLowerCase(), sheet]));
      const taken = new Set(existing.keys());

      // Sync 2: protection, positions, the cells merge blocks go to, the tables on the merge sheets.
      const states: SheetState[] = plan.sheets.map((sheetPlan) => {
        const sheet = existing.get(sheetPlan.name.toLowerCase());
        if (!sheet) return { plan: sheetPlan, blockRanges: [] };
        sheet.load('name,position,id');
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
        const used = sheetPlan.carry ? sheet.getUsedRangeOrNullObject(true) : undefined;
        used?.load(usedRangeProperties(true));
        return { plan: sheetPlan, sheet, blockRanges, ...(used ? { used } : {}) };
      });
      const tableRange = table && !table.isNullObject ? table.getRange() : undefined;
      if (table && tableRange) {
        table.worksheet.load('name');
        tableRange.load('address');
      }
      await context.sync();
      // A replace sheet must hold what the plan read of it: a colleague's cell typed since would be lost.
      for (const state of states) {
        if (!state.plan.carry) continue;
        const now = state.sheet
          ? usedRangeSnapshot(state.plan.name, state.used && !state.used.isNullObject ? state.used : undefined, true)
          : { sheet: state.plan.name, grid: { values: [] }, exists: false };
        assertCarryCurrent(state.plan, now);
      }
      for (const state of states) {
        if (!state.sheet || state.plan.mode !== 'merge') continue;
        if (state.sheet.protection.protected) throw new AddinError('sheetProtected', { sheet: state.plan.name });
        for (const [index, block] of state.plan.blocks.entries()) {
          for (const [r, row] of state.blockRanges[index]!.values.entries()) {
            for (const [c, value] of row.entries()) {
              const planned = block.values[r]?.[c];
              if (planned !== null && planned !== undefined && !isBlank(value)) {
                fail('sheetChanged', {
                  sheet: state.plan.name,
                  cell: cellAddress({ row: 1, column: 1 }, block.row + r, block.column + c),
                });
              }
            }
          }
        }
      }
      let existingTable: Excel.Table | undefined;
      if (table && tableRange) {
        const owner = states.find((state) => state.plan.table);
        if (table.worksheet.name.toLowerCase() !== owner?.plan.name.toLowerCase()) {
          throw new AddinError('tableElsewhere', { table: tablePlan!.name, sheet: table.worksheet.name });
        }
        existingTable = table;
      }
      for (const state of states) {
        if (!state.sheet || !state.plan.table || existingTable) continue;
        const other = state.sheet.tables.items[0];
        if (other) {
          throw new AddinError('otherTable', {
            sheet: state.plan.name,
            table: other.name,
            wanted: tablePlan!.name,
          });
        }
      }
      onProgress?.({ fraction: 0.4, step: addinText('stepWriting', lang) });

      // Sync 3: write. What replaces or deletes a sheet comes last, after everything else was queued.
      const state: AppliedState = {
        created: [],
        swaps: [],
        merged: [],
        protectedMerges: [],
        ...(existingTable && tableRange && tablePlan
          ? { table: { name: tablePlan.name, address: tableRange.address } }
          : {}),
      };
      applied = state;
      const written = new Map<string, Excel.Worksheet>();
      const fresh: { old: Excel.Worksheet; sheet: Excel.Worksheet; name: string; staged: string }[] = [];
      const toProtect: Excel.Worksheet[] = [];
      for (const { plan: sheetPlan, sheet: old } of states) {
        let sheet: Excel.Worksheet;
        if (sheetPlan.mode === 'replace' && old) {
          const staged = freeName(sheetPlan.name, STAGING_SUFFIX, taken);
          sheet = sheets.add(staged);
          fresh.push({ old, sheet, name: sheetPlan.name, staged });
        } else if (old) {
          sheet = old;
          state.merged.push({ sheet: sheetPlan.name, ranges: sheetPlan.blocks.flatMap(writtenCells) });
          if (sheetPlan.protect) state.protectedMerges.push(sheetPlan.name);
        } else {
          sheet = sheets.add(sheetPlan.name);
          state.created.push(sheetPlan.name);
        }
        written.set(sheetPlan.name.toLowerCase(), sheet);
        queueSheet(sheet, sheetPlan, {
          target,
          lang,
          fresh: sheetPlan.mode === 'replace' || !old,
          ...(sheetPlan.table && existingTable ? { existingTable } : {}),
        });
        if (sheetPlan.protect) toProtect.push(sheet);
      }
      for (const sheet of toProtect) sheet.protection.protect();
      // Old sheets step aside, the new ones take their names and places (in front of the old one: once the old
      // one is deleted, the new one sits exactly where it was).
      fresh.sort((a, b) => a.old.position - b.old.position);
      fresh.forEach((swap, index) => {
        state.swaps.push({ oldId: swap.old.id, name: swap.name, staged: swap.staged });
        swap.old.name = freeName(swap.name, BACKUP_SUFFIX, taken);
        swap.sheet.name = swap.name;
        swap.sheet.position = swap.old.position + index;
      });
      (written.get(plan.activate.toLowerCase()) ?? sheets.getItem(plan.activate)).activate();
      // The commit point: from the first delete on, the new workbook is in place.
      for (const swap of fresh) swap.old.delete();
      await context.sync();
    });
  } catch (error) {
    if (!applied) throw error;
    const outcome = await recover(run, applied);
    if (outcome === 'failed') throw error;
    if (outcome === 'restored') {
      const reason = error instanceof Error ? error.message : String(error);
      throw new AddinError('injectionFailed', { reason });
    }
  }
  onProgress?.({ fraction: 1, step: addinText('stepDone', lang) });
}
