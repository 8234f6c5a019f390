// The WorkbookPlan applier on SpreadsheetApp: all or nothing under the document lock, one setValues per rectangle.

import type { Language } from '../../../shared/i18n/language';
import { assertCarryCurrent } from '../../../shared/workbook/carry-over-check';
import type { WorkbookPlan } from '../../../shared/workbook/plan';
import type { Services, SheetLike, SpreadsheetLike } from '../gas';
import { withDocumentLock } from '../lock';
import { checkMergeSheetExists, checkMergeTargets } from './check';
import {
  applyCharts,
  applyColumnWidths,
  applyConditionalFormats,
  applyProtection,
  applyStyles,
  applyValidations,
} from './formats';
import { type PreparedSheet, preparePlan } from './prepare';
import { sheetNow } from './read-sheet';
import { recordMergeSheet, UndoJournal } from './undo';

/** Suffixes of a replaced sheet's new version while it is built, and of the old one while they swap. */
const STAGING_SUFFIX = ' (nieuw)';
const OLD_SUFFIX = ' (oud)';

function freeName(spreadsheet: SpreadsheetLike, name: string, suffix: string): string {
  for (let n = 1; ; n++) {
    const candidate = `${name}${suffix}${n > 1 ? ` ${n}` : ''}`;
    if (!spreadsheet.getSheetByName(candidate)) return candidate;
  }
}

function ensureSize(sheet: SheetLike, rows: number, columns: number): void {
  const maxRows = sheet.getMaxRows();
  if (maxRows < rows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  const maxColumns = sheet.getMaxColumns();
  if (maxColumns < columns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
}

/** Writes a prepared sheet's values and formats into `sheet` (its formulas come after the swap). */
function writeSheet(gas: Services, sheet: SheetLike, prepared: PreparedSheet, lang: Language): void {
  const plan = prepared.plan;
  ensureSize(sheet, prepared.rows, prepared.columns);
  for (const block of prepared.blocks) {
    sheet
      .getRange(block.row + 1, block.column + 1, block.values.length, block.values[0]!.length)
      .setValues(block.values);
  }
  applyStyles(sheet, plan);
  applyColumnWidths(sheet, plan);
  if (plan.frozen) {
    sheet.setFrozenRows(plan.frozen.rows);
    sheet.setFrozenColumns(plan.frozen.columns);
  }
  applyValidations(gas.spreadsheet, sheet, plan);
  applyConditionalFormats(gas.spreadsheet, sheet, plan);
  applyCharts(sheet, plan);
  applyProtection(gas.spreadsheet, sheet, plan, lang);
}

/**
 * Formulas go in once every sheet has its final name: Sheets binds a reference to a sheet when the formula is
 * entered and follows that sheet through renames, so a formula written before the swap would end up on the
 * old Profiel, and break when it is deleted.
 */
function writeFormulas(targets: readonly { sheet: SheetLike; prepared: PreparedSheet }[]): void {
  for (const { sheet, prepared } of targets) {
    for (const block of prepared.blocks) {
      for (const run of block.formulas) {
        sheet.getRange(run.row + 1, run.column + 1, 1, run.formulas.length).setFormulas([run.formulas]);
      }
    }
  }
}

/** A replaced sheet: its new version is built beside it and takes its name (and place) at the end. */
interface Swap {
  readonly old: SheetLike;
  readonly fresh: SheetLike;
  readonly name: string;
}

/**
 * Builds every sheet of the plan. New sheets get their final name; a sheet the plan replaces (Profiel,
 * Dekking) is built as a new sheet just before the old one, so the old one is untouched until the swap; a
 * sheet it merges into (Teammatrix) is checked and written in place, its earlier state recorded.
 */
function stage(
  gas: Services,
  spreadsheet: SpreadsheetLike,
  plan: readonly PreparedSheet[],
  lang: Language,
  journal: UndoJournal,
) {
  const swaps: Swap[] = [];
  const targets: { sheet: SheetLike; prepared: PreparedSheet }[] = [];
  for (const prepared of plan) {
    const name = prepared.plan.name;
    const existing = spreadsheet.getSheetByName(name);
    let target: SheetLike;
    if (!existing) {
      target = spreadsheet.insertSheet(name, spreadsheet.getNumSheets());
      journal.push(() => spreadsheet.deleteSheet(target));
    } else if (prepared.plan.mode === 'replace') {
      target = spreadsheet.insertSheet(freeName(spreadsheet, name, STAGING_SUFFIX), existing.getIndex() - 1);
      journal.push(() => spreadsheet.deleteSheet(target));
      swaps.push({ old: existing, fresh: target, name });
    } else {
      target = existing;
      recordMergeSheet(gas, target, prepared, journal);
    }
    writeSheet(gas, target, prepared, lang);
    targets.push({ sheet: target, prepared });
  }
  return { swaps, targets };
}

/** Gives each new version its sheet's name; the old ones keep a temporary name until they are deleted. */
function swapIn(spreadsheet: SpreadsheetLike, swaps: readonly Swap[], journal: UndoJournal): void {
  for (const { old, fresh, name } of swaps) {
    const staged = fresh.getName();
    old.setName(freeName(spreadsheet, name, OLD_SUFFIX));
    journal.push(() => old.setName(name));
    fresh.setName(name);
    journal.push(() => fresh.setName(staged));
  }
}

/**
 * Applies an injection plan, all or nothing. Everything that can be wrong with the plan (formulas, values) is
 * found before the lock; under it the merge targets are checked empty, then every sheet is built. Should any
 * call fail, the journal puts back what was changed. Deleting the first old sheet is the point of no return;
 * after it, a failure to delete another old sheet leaves that sheet (under its temporary name) and still
 * reports success, since every sheet of the plan is in place.
 */
export function applyWorkbookPlan(gas: Services, plan: WorkbookPlan, lang: Language): void {
  const prepared = preparePlan(plan, lang);
  withDocumentLock(gas, () => {
    const spreadsheet = gas.spreadsheet.getActiveSpreadsheet();
    // Profiel and Dekking must hold what the plan read of them: a colleague's cell typed since would be lost.
    for (const sheet of prepared) {
      if (sheet.plan.carry) assertCarryCurrent(sheet.plan, sheetNow(spreadsheet, sheet.plan.name));
    }
    for (const sheet of prepared) {
      if (sheet.plan.mode !== 'merge') continue;
      const existing = spreadsheet.getSheetByName(sheet.plan.name);
      if (existing) checkMergeTargets(existing, sheet);
      else checkMergeSheetExists(sheet);
    }
    const active = spreadsheet.getActiveSheet();
    const journal = new UndoJournal();
    journal.push(() => active.activate());
    let swaps: Swap[] = [];
    try {
      const staged = stage(gas, spreadsheet, prepared, lang, journal);
      swaps = staged.swaps;
      swapIn(spreadsheet, swaps, journal);
      writeFormulas(staged.targets);
      // Sheets may hold calls back and apply them in a batch; a failure among them surfaces here, while
      // everything can still be undone (SpreadsheetApp.flush "applies all pending Spreadsheet changes").
      gas.spreadsheet.flush();
      if (swaps[0]) spreadsheet.deleteSheet(swaps[0].old);
    } catch (error) {
      journal.rollBack();
      throw error;
    }
    for (const { old } of swaps.slice(1)) {
      try {
        spreadsheet.deleteSheet(old);
      } catch {
        // Every sheet of the plan is in place; the old version stays under its temporary name.
      }
    }
    try {
      spreadsheet.getSheetByName(plan.activate)?.activate();
    } catch {
      // Which sheet is shown is no part of the injection.
    }
  });
}
