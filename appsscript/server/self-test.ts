// The self-test's server step, thin and generic (the probes run in the sidebar): a temporary sheet put with cells
// or removed, a fact only the server sees, and the last result in the document properties.

import { LOG_SHEET } from '../../shared/host/change-log';
import { STORED_KEY } from '../../shared/selftest/stored';
import { toCellInput } from './cell-text';
import type { Services } from './gas';

/** The only sheets this step makes or removes: "Teamscan-zelftest-" and six letters or digits. */
const TEMP = /^Teamscan-zelftest-\w{6}$/;

/**
 * `store` [TEXT]: keeps TEXT (when given) as the stored verdicts; returns [what is stored, whether the change log is
 * hidden (null: no log yet)]. Any other step on a temporary
 * sheet's name removes that sheet and, with CELLS, puts it back at the end holding them from A1: a cell `{f}` is a
 * formula, anything else a value written as the product writes values (text as text). Other names: nothing.
 */
export function selfTestStep(gas: Services, op: unknown, name: unknown, cells?: unknown): unknown {
  const book = gas.spreadsheet.getActiveSpreadsheet();
  const store = gas.properties.getDocumentProperties();
  if (op === 'store') {
    // Document properties take 9 KB per value (Apps Script quotas).
    if (typeof name === 'string' && name.length < 9000) store.setProperty(STORED_KEY, name);
    const log = book.getSheetByName(LOG_SHEET);
    return [store.getProperty(STORED_KEY), log ? log.isSheetHidden() : null];
  }
  if (typeof name !== 'string' || !TEMP.test(name)) return null;
  const old = book.getSheetByName(name);
  if (old) book.deleteSheet(old);
  if (Array.isArray(cells)) {
    const sheet = book.insertSheet(name, book.getNumSheets());
    cells.forEach((row: unknown[], r) => {
      row.forEach((value, c) => {
        const cell = sheet.getRange(r + 1, c + 1);
        const formula = (value as { f?: unknown } | null)?.f;
        if (typeof formula === 'string') cell.setFormula(formula);
        else if (value !== null) cell.setValues([[toCellInput(value, name)]]);
      });
    });
  }
  return null;
}
