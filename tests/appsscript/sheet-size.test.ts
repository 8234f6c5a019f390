// What Teamscan costs a spreadsheet in Sheets: column widths in a handful of calls, snapshots and the log sized
// to their content (not insertSheet's 1,000 × 26 grid), and the menu as a published Editor add-on makes it.

import { ENDPOINTS } from '../../appsscript/api';
import { LOG_SHEET } from '../../shared/host/change-log';
import { builtinProfileOrFail } from '../../shared/profiles/resolve';
import { buildWorkbookPlan } from '../../shared/workbook/build-plan';
import { SHEET_MATRIX } from '../../shared/workbook/plan';
import { type LoadedGas, loadGas } from './fake/load-gas';
import { ADDON_NAME } from './fake/services';
import { loadForm, save } from './row-form';

function injected(detail: 'gebieden' | 'competenties'): { loaded: LoadedGas; widthCalls: number; columns: number } {
  const loaded = loadGas();
  let widthCalls = 0;
  loaded.gas.faults.beforeCall = (method) => {
    if (method === 'setColumnWidth' || method === 'setColumnWidths') widthCalls++;
  };
  const plan = buildWorkbookPlan({
    profile: builtinProfileOrFail('npuls'),
    detail,
    lang: 'nl',
    names: ['Anna', 'Bert'],
  });
  expect(loaded.call(ENDPOINTS.applyPlan, plan, 'nl')).toEqual({ ok: true, value: null });
  loaded.gas.faults.beforeCall = undefined;
  const columns = plan.sheets.reduce((sum, sheet) => sum + sheet.columnWidths.length, 0);
  return { loaded, widthCalls, columns };
}

describe('Sheets: sizes and calls', () => {
  it('sets the column widths of every sheet in calls that do not grow with the item columns', () => {
    const small = injected('gebieden');
    const large = injected('competenties');
    expect(large.columns).toBeGreaterThan(small.columns + 20);
    // One Sheet.setColumnWidths per run of equal widths: the item columns are one run however many there are.
    expect(large.widthCalls).toBeLessThanOrEqual(small.widthCalls + 2);
    expect(large.widthCalls).toBeLessThan(large.columns / 4);
    const matrix = large.loaded.gas.spreadsheet.getSheetByName(SHEET_MATRIX)!;
    const itemWidths = [...matrix.widths.values()];
    expect(new Set(itemWidths).size).toBeLessThan(itemWidths.length);
  });

  it('sizes a snapshot and a new log to their content, not to the default 1,000-row grid', () => {
    const { loaded } = injected('gebieden');
    expect(save(loaded, loadForm(loaded).write(2, { Adviseur: 3, Coach: 2 })).ok).toBe(true);
    const log = loaded.gas.spreadsheet.getSheetByName(LOG_SHEET)!;
    // The header and one row per changed cell; the log's own columns.
    expect(log.getMaxRows()).toBe(log.getLastRow());
    expect(log.getMaxColumns()).toBe(log.getLastColumn());
    expect(save(loaded, loadForm(loaded).write(3, { Adviseur: 1 })).ok).toBe(true);
    expect(log.getMaxRows()).toBe(log.getLastRow());

    const name = (loaded.call(ENDPOINTS.saveSnapshot, { sheet: SHEET_MATRIX, date: '2026-12-01' }, 'nl') as any).value;
    const matrix = loaded.gas.spreadsheet.getSheetByName(SHEET_MATRIX)!;
    const copy = loaded.gas.spreadsheet.getSheetByName(name)!;
    expect(copy.getMaxRows()).toBe(Math.max(matrix.getLastRow(), matrix.frozenRows + 1));
    expect(copy.getMaxColumns()).toBe(Math.max(matrix.getLastColumn(), matrix.frozenColumns + 1));
    expect(copy.getMaxRows() * copy.getMaxColumns()).toBeLessThan(1000);
  });

  it('adds its menu with Ui.createAddonMenu, as a published Editor add-on must', () => {
    const loaded = loadGas();
    loaded.call('onOpen', { authMode: 'LIMITED' });
    expect(loaded.gas.ui.menus).toEqual([expect.objectContaining({ addon: true, caption: ADDON_NAME })]);
  });
});
