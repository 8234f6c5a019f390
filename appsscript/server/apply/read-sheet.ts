// A sheet as the sidebar reads it (readSheet) and as the injection re-reads it under the lock: values from A1 in
// their wire form and, when asked, each cell's formula.

import type { SheetSnapshot } from '../../../shared/host/bridge';
import type { WireSnapshot } from '../../api';
import type { SheetLike, SpreadsheetLike } from '../gas';
import { asPanelValue, toWire } from '../wire';

/**
 * Range.getFormulas: "Returns the formulas (A1 notation) for the cells in the range. Entries in the 2D array are
 * empty strings for cells with no formula" (developers.google.com/apps-script/reference/spreadsheet/range#getformulas):
 * a constant and every cell of a custom function's result but its top-left one read "".
 */
function formulasOf(sheet: SheetLike): (string | null)[][] {
  return sheet
    .getDataRange()
    .getFormulas()
    .map((row) => row.map((formula) => (formula === '' ? null : formula)));
}

export function readSheetSnapshot(spreadsheet: SpreadsheetLike, name: string, withFormulas: boolean): WireSnapshot {
  const sheet = spreadsheet.getSheetByName(name);
  if (!sheet) return { sheet: name, values: [], exists: false };
  const values = sheet.getDataRange().getValues();
  return {
    sheet: name,
    values: values.map((row) => row.map(toWire)),
    exists: true,
    ...(withFormulas ? { formulas: formulasOf(sheet) } : {}),
  };
}

/** The sheet now, its values as the sidebar received them (a Date of this realm), for the stale check. */
export function sheetNow(spreadsheet: SpreadsheetLike, name: string): SheetSnapshot {
  const sheet = spreadsheet.getSheetByName(name);
  if (!sheet) return { sheet: name, grid: { values: [] }, exists: false };
  const values = sheet
    .getDataRange()
    .getValues()
    .map((row) => row.map(asPanelValue));
  return { sheet: name, grid: { values }, exists: true, formulas: formulasOf(sheet) };
}
