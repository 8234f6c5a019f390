// A save whose writes Sheets holds back and applies at flush, failing there or at a later run: all or nothing.

import { LOG_SHEET } from '../../shared/host/change-log';
import { builtinProfileOrFail } from '../../shared/profiles/resolve';
import { buildWorkbookPlan } from '../../shared/workbook/build-plan';
import { SHEET_MATRIX } from '../../shared/workbook/plan';
import { columnOf } from './fake/edits';
import { SERVICE_ERROR } from './fake/faults';
import { type LoadedGas, loadGas } from './fake/load-gas';
import type { FakeSheet } from './fake/sheet';
import { loadForm, save } from './row-form';

function setUp(): { loaded: LoadedGas; sheet: FakeSheet } {
  const loaded = loadGas();
  const plan = buildWorkbookPlan({
    profile: builtinProfileOrFail('npuls'),
    detail: 'gebieden',
    lang: 'nl',
    names: ['Anna', 'Bert', 'Chris'],
  });
  expect(loaded.call('teamscanApplyPlan', plan, 'nl')).toEqual({ ok: true, value: null });
  return { loaded, sheet: loaded.gas.spreadsheet.getSheetByName(SHEET_MATRIX)! };
}

/** The log's rows with content, the header included (0 when there is no log). */
function logRows(loaded: LoadedGas): number {
  return loaded.gas.spreadsheet.getSheetByName(LOG_SHEET)?.getLastRow() ?? 0;
}

/** Columns far apart, so the save is several column runs (one setValues each) besides the stamp. */
const CHANGES = { Adviseur: 3, Innovator: 2 };

describe('a save failing where Sheets applies its writes (SpreadsheetApp.flush)', () => {
  it('takes the log entry back and leaves the row as it was when the row write fails at flush', () => {
    const { loaded, sheet } = setUp();
    // An earlier save made the log, so this one appends to it.
    expect(save(loaded, loadForm(loaded).write(3, { Coach: 1 })).ok).toBe(true);
    const logBefore = logRows(loaded);
    const rowBefore = sheet.rowValues(2);
    // The log's setValues applies; the first of the row's runs fails when the batch is applied.
    let seen = 0;
    loaded.gas.spreadsheet.failPending = (call) => call.sheet === SHEET_MATRIX && ++seen === 1;
    const result = save(loaded, loadForm(loaded).write(2, CHANGES));
    expect(result).toEqual(expect.objectContaining({ ok: false, message: SERVICE_ERROR }));
    expect(logRows(loaded)).toBe(logBefore);
    expect(sheet.rowValues(2)).toEqual(rowBefore);
    expect(loaded.gas.lock.held).toBe(false);
  });

  it('puts back the runs that landed when a later run fails when applied', () => {
    const { loaded, sheet } = setUp();
    const rowBefore = sheet.rowValues(2);
    // The first run lands, the second is refused when the batch is applied.
    let seen = 0;
    loaded.gas.spreadsheet.failPending = (call) => call.sheet === SHEET_MATRIX && ++seen === 2;
    const result = save(loaded, loadForm(loaded).write(2, CHANGES));
    expect(result.ok).toBe(false);
    expect(sheet.rowValues(2)).toEqual(rowBefore);
    expect(loaded.gas.spreadsheet.getSheetByName(LOG_SHEET)).toBeNull();
  });

  it('puts back the earlier runs when a later setValues call itself fails', () => {
    const { loaded, sheet } = setUp();
    const rowBefore = sheet.rowValues(2);
    const write = loadForm(loaded).write(2, CHANGES);
    let matrixWrites = 0;
    Object.assign(loaded.gas.faults, {
      calls: 0,
      beforeCall: (method: string, call: number) => {
        if (method === 'setValues' && ++matrixWrites === 3) loaded.gas.faults.failAt = call;
      },
    });
    // setValues calls: the log, then the row's first run, then its second (which fails).
    const result = save(loaded, write);
    expect(result).toEqual(expect.objectContaining({ ok: false, message: SERVICE_ERROR }));
    expect(sheet.rowValues(2)).toEqual(rowBefore);
    expect(loaded.gas.spreadsheet.getSheetByName(LOG_SHEET)).toBeNull();
  });

  it('lets a colleague save the same cells right after, against the values that were put back', () => {
    const { loaded, sheet } = setUp();
    const mine = loadForm(loaded).write(2, CHANGES);
    const theirs = loadForm(loaded).write(2, { Adviseur: 4 });
    let seen = 0;
    loaded.gas.spreadsheet.failPending = (call) => call.sheet === SHEET_MATRIX && ++seen === 2;
    expect(save(loaded, mine).ok).toBe(false);
    // Their form was loaded before the failed save: the cell must hold what it held then (compare-and-set).
    expect(save(loaded, theirs)).toEqual({ ok: true, value: null });
    expect(sheet.valueAt(2, columnOf(sheet, 'Adviseur'))).toBe(4);
    expect(sheet.valueAt(2, columnOf(sheet, 'Innovator'))).toBe('');
    expect(logRows(loaded)).toBe(2);
  });
});
