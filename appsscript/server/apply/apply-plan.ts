// The WorkbookPlan applier on SpreadsheetApp: one setValues per rectangle, under the document lock.

import type { Language } from '../../../shared/i18n/language';
import type { WorkbookPlan } from '../../../shared/workbook/plan';
import { asText } from '../cell-text';
import type { CellInput, RangeLike, Services, SheetLike, SpreadsheetAppLike, SpreadsheetLike } from '../gas';
import { withDocumentLock } from '../lock';
import {
  applyCharts,
  applyColumnWidths,
  applyConditionalFormats,
  applyProtection,
  applyStyles,
  applyValidations,
} from './formats';
import { type PreparedSheet, preparePlan } from './prepare';

/** What to undo if a later step fails: sheets we created, and cells of a scan sheet as they were. */
interface Undo {
  readonly created: SheetLike[];
  readonly overwritten: { range: RangeLike; values: CellInput[][] }[];
}

function ensureSize(sheet: SheetLike, rows: number, columns: number): void {
  const maxRows = sheet.getMaxRows();
  if (maxRows < rows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  const maxColumns = sheet.getMaxColumns();
  if (maxColumns < columns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
}

/** A sheet that is ours (Profiel, Dekking) is emptied completely before it is rewritten. */
function clearSheet(app: SpreadsheetAppLike, sheet: SheetLike): void {
  sheet.clear();
  sheet.getRange(1, 1, sheet.getMaxRows(), sheet.getMaxColumns()).clearDataValidations();
  sheet.setConditionalFormatRules([]);
  for (const chart of sheet.getCharts()) sheet.removeChart(chart);
  for (const protection of sheet.getProtections(app.ProtectionType.SHEET)) protection.remove();
}

function writeValues(sheet: SheetLike, prepared: PreparedSheet, undo: Undo): void {
  for (const block of prepared.blocks) {
    const range = sheet.getRange(block.row + 1, block.column + 1, block.values.length, block.values[0]!.length);
    if (prepared.plan.mode === 'merge') undo.overwritten.push({ range, values: range.getValues() as CellInput[][] });
    range.setValues(block.values);
    for (const run of block.formulas) {
      sheet.getRange(run.row + 1, run.column + 1, 1, run.formulas.length).setFormulas([run.formulas]);
    }
  }
}

function commitSheet(gas: Services, spreadsheet: SpreadsheetLike, prepared: PreparedSheet, lang: Language, undo: Undo) {
  const app = gas.spreadsheet;
  const plan = prepared.plan;
  let sheet = spreadsheet.getSheetByName(plan.name);
  if (!sheet) {
    sheet = spreadsheet.insertSheet(plan.name);
    undo.created.push(sheet);
  } else if (plan.mode === 'replace') {
    clearSheet(app, sheet);
  }
  ensureSize(sheet, prepared.rows, prepared.columns);
  writeValues(sheet, prepared, undo);
  applyStyles(sheet, plan);
  applyColumnWidths(sheet, plan);
  if (plan.frozen) {
    sheet.setFrozenRows(plan.frozen.rows);
    sheet.setFrozenColumns(plan.frozen.columns);
  }
  applyValidations(app, sheet, plan);
  applyConditionalFormats(app, sheet, plan);
  applyCharts(sheet, plan);
  applyProtection(app, sheet, plan, lang);
}

function rollBack(spreadsheet: SpreadsheetLike, undo: Undo): void {
  for (const { range, values } of undo.overwritten.reverse()) {
    range.setValues(values.map((row) => row.map((value) => (typeof value === 'string' ? asText(value) : value))));
  }
  for (const sheet of undo.created) spreadsheet.deleteSheet(sheet);
}

/**
 * Applies an injection plan. Everything that can be wrong with the plan (formulas, values) is found before
 * the first write; if Sheets fails midway, new sheets are removed and the scan sheet's cells restored.
 */
export function applyWorkbookPlan(gas: Services, plan: WorkbookPlan, lang: Language): void {
  const prepared = preparePlan(plan, lang);
  withDocumentLock(gas, lang, () => {
    const spreadsheet = gas.spreadsheet.getActiveSpreadsheet();
    const undo: Undo = { created: [], overwritten: [] };
    try {
      for (const sheet of prepared) commitSheet(gas, spreadsheet, sheet, lang, undo);
    } catch (error) {
      try {
        rollBack(spreadsheet, undo);
      } catch {
        // The original failure is what the user needs to see.
      }
      throw error;
    }
    spreadsheet.getSheetByName(plan.activate)?.activate();
  });
}
