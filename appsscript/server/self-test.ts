// The self-test's server step, thin and generic (the probes run in the sidebar): a temporary sheet put with cells
// or removed, a fact only the server sees, and the last result in the document properties.

import { LOG_SHEET } from '../../shared/host/change-log';
import { STORED_KEY } from '../../shared/selftest/stored';
import { toCellInput } from './cell-text';
import type { Services } from './gas';
import { protectAsSnapshot } from './snapshot';

/** The only sheets this step makes or removes: "Teamscan-zelftest-" and six letters or digits. */
const TEMP = /^Teamscan-zelftest-\w{6}$/;
/** What a dialog the self-test opened said it received (`seen`), until the sheet is removed. */
const SEEN_KEY = `${STORED_KEY}.seen`;

/**
 * `store` [TEXT]: keeps TEXT (when given) as the stored verdicts; returns [what is stored, whether the change log is
 * hidden (null: no log yet), what a dialog said it received]. `lock`: whether the document lock is had (null: no
 * lock). `scopes` with CELLS listing scopes: those of them the user granted. Any other step needs a temporary sheet's name:
 * `seen` keeps CELLS as what the dialog received; otherwise that sheet is removed and, with CELLS, put back at the
 * end holding them from A1 (a cell `{f}` is a formula, `{v, only}` a value under a strict list, anything else a
 * value written as the product writes values); `snapshot` then protects it as a snapshot is. Other names: nothing.
 */
export function selfTestStep(gas: Services, op: unknown, name: unknown, cells?: unknown): unknown {
  const book = gas.spreadsheet.getActiveSpreadsheet();
  const store = gas.properties.getDocumentProperties();
  if (op === 'store') {
    // Document properties take 9 KB per value (Apps Script quotas).
    if (typeof name === 'string' && name.length < 9000) store.setProperty(STORED_KEY, name);
    const log = book.getSheetByName(LOG_SHEET);
    return [store.getProperty(STORED_KEY), log ? log.isSheetHidden() : null, store.getProperty(SEEN_KEY)];
  }
  if (op === 'lock') {
    const lock = gas.lock.getDocumentLock();
    const had = lock ? lock.tryLock(5000) : null;
    if (had) lock!.releaseLock();
    return had;
  }
  if (op === 'scopes') {
    const asked = Array.isArray(cells) ? cells.flat().map(String) : [];
    return gas.script.getAuthorizationInfo(gas.script.AuthMode.FULL, asked).getAuthorizedScopes();
  }
  if (typeof name !== 'string' || !TEMP.test(name)) return null;
  if (op === 'seen') {
    store.setProperty(SEEN_KEY, `${name} ${String(cells).slice(0, 20)}`);
    return null;
  }
  const old = book.getSheetByName(name);
  if (old) book.deleteSheet(old);
  store.deleteProperty(SEEN_KEY);
  if (Array.isArray(cells)) {
    const sheet = book.insertSheet(name, book.getNumSheets());
    cells.forEach((row: unknown[], r) => {
      row.forEach((value, c) => {
        const cell = sheet.getRange(r + 1, c + 1);
        const { f, v, only } = (value ?? {}) as { f?: unknown; v?: unknown; only?: unknown };
        if (typeof f === 'string') cell.setFormula(f);
        else if (Array.isArray(only)) {
          cell.setValues([[toCellInput(v, name)]]);
          cell.setDataValidation(
            gas.spreadsheet
              .newDataValidation()
              .requireValueInList(only.map(String), false)
              .setAllowInvalid(false)
              .build(),
          );
        } else if (value !== null) cell.setValues([[toCellInput(value, name)]]);
      });
    });
    if (op === 'snapshot') protectAsSnapshot(sheet, 'nl');
  }
  return null;
}
