// The Sheets change log (docs/design.md#12-rounds-history-and-reports): a save appends its changed cells to the hidden Teamscan-log under the same lock.

import { LOG_SHEET } from '../../shared/host/change-log';
import { builtinProfileOrFail } from '../../shared/profiles/resolve';
import { buildWorkbookPlan } from '../../shared/workbook/build-plan';
import { SHEET_MATRIX } from '../../shared/workbook/plan';
import { columnOf } from './fake/edits';
import { type LoadedGas, loadGas } from './fake/load-gas';
import { callsOf } from './fake/services';
import { loadForm, save } from './row-form';

function setUp(names = ['Anna', '=Bert']) {
  const loaded = loadGas();
  const plan = buildWorkbookPlan({ profile: builtinProfileOrFail('npuls'), detail: 'gebieden', lang: 'nl', names });
  expect(loaded.call('teamscanApplyPlan', plan, 'nl')).toEqual({ ok: true, value: null });
  loaded.gas.log.length = 0;
  const spreadsheet = loaded.gas.spreadsheet;
  return { loaded, spreadsheet, matrix: spreadsheet.getSheetByName(SHEET_MATRIX)! };
}

/** The save the panel sends for `row`, with the values it loaded as the expected ones. */
const writeOf = (loaded: LoadedGas, row: number, changes: Record<string, string | number | null>) =>
  loadForm(loaded).write(row, changes);

describe('the change log in Sheets', () => {
  it('creates the hidden log with its header and appends one row per changed cell, text as text, with one setValues', () => {
    const { loaded, spreadsheet, matrix } = setUp();
    const write = writeOf(loaded, 3, { Adviseur: 3, Coach: null, Rol: '=HYPERLINK("x")' });
    const unlocked: string[] = [];
    loaded.gas.faults.beforeCall = (method) => {
      if (['getValues', 'setValues', 'insertSheet'].includes(method) && !loaded.gas.lock.held) unlocked.push(method);
    };
    expect(save(loaded, write)).toEqual({ ok: true, value: null });
    expect(unlocked).toEqual([]);
    const log = spreadsheet.getSheetByName(LOG_SHEET)!;
    expect(log.isSheetHidden()).toBe(true);
    // insertSheet activates the new sheet; the user stays where they were.
    expect(spreadsheet.getActiveSheet().getName()).not.toBe(LOG_SHEET);
    expect(log.rowValues(1, 5)).toEqual(['Tijd', 'Naam', 'Kolom', 'Eerder', 'Nu']);
    // Coach was empty and stays empty: not a change, no row.
    expect(log.usedSize().rows).toBe(3);
    const stamp = matrix.valueAt(3, columnOf(matrix, 'Bijgewerkt'));
    expect(log.rowValues(2, 5)).toEqual([stamp, '=Bert', 'Adviseur', '', 3]);
    expect(log.rowValues(3, 5)).toEqual([stamp, '=Bert', 'Rol', '', '=HYPERLINK("x")']);
    expect(Object.prototype.toString.call(stamp)).toBe('[object Date]');
    expect(log.formulas.size).toBe(0);
    // One setValues for the header and the log rows together.
    expect(callsOf(loaded.gas, 'setValues', LOG_SHEET)).toEqual([expect.objectContaining({ row: 1, rows: 3 })]);
    expect(callsOf(loaded.gas, 'getValues', LOG_SHEET)).toHaveLength(0);

    expect(save(loaded, writeOf(loaded, 2, { Adviseur: 1, Coach: 2 }))).toEqual({ ok: true, value: null });
    expect(callsOf(loaded.gas, 'setValues', LOG_SHEET)).toEqual([expect.objectContaining({ row: 4, rows: 2 })]);
    expect(callsOf(loaded.gas, 'insertSheet')).toHaveLength(0);
    expect(log.rowValues(4, 5).slice(1)).toEqual(['Anna', 'Adviseur', '', 1]);
    expect(log.rowValues(5, 5).slice(1)).toEqual(['Anna', 'Coach', '', 2]);
    expect(save(loaded, writeOf(loaded, 2, { Adviseur: 4 })).ok).toBe(true);
    expect(log.rowValues(6, 5).slice(1)).toEqual(['Anna', 'Adviseur', 1, 4]);
  });

  it('a refused save logs nothing and creates no log', () => {
    const { loaded, spreadsheet } = setUp();
    const result = save(loaded, { ...writeOf(loaded, 2, { Adviseur: 4 }), expectedName: 'Bert' });
    expect(result.key).toBe('rowChanged');
    expect(spreadsheet.getSheetByName(LOG_SHEET)).toBeNull();
    expect(callsOf(loaded.gas, 'setValues')).toHaveLength(0);
  });

  it('a row write that fails after the log takes the log rows back', () => {
    const { loaded, spreadsheet, matrix } = setUp();
    expect(save(loaded, writeOf(loaded, 2, { Adviseur: 1 })).ok).toBe(true);
    const log = spreadsheet.getSheetByName(LOG_SHEET)!;
    const write = writeOf(loaded, 3, { Adviseur: 2 });
    // The second setValues of the save is the row's (the log's comes first): a service error there.
    let setValues = 0;
    loaded.gas.faults.beforeCall = (method) => {
      if (method === 'setValues' && ++setValues === 2) throw new Error('Service error: Spreadsheets');
    };
    expect(save(loaded, write).ok).toBe(false);
    expect(matrix.valueAt(3, columnOf(matrix, 'Adviseur'))).toBe('');
    expect(log.usedSize().rows).toBe(2);
  });
});
