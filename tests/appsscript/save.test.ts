// Saving one person's row through the built project's endpoint: one row, the right person, under the lock.

import type { RowWrite } from '../../shared/host/bridge';
import { formatMessage, message } from '../../shared/i18n/message';
import { builtinProfileOrFail } from '../../shared/profiles/resolve';
import { buildWorkbookPlan } from '../../shared/workbook/build-plan';
import { SHEET_MATRIX } from '../../shared/workbook/plan';
import { type LoadedGas, loadGas } from './fake/load-gas';
import { callsOf } from './fake/services';

const PEOPLE = ['Anna', 'Bert', 'Chris'];

function setUp(): { loaded: LoadedGas; column: (header: string) => number } {
  const loaded = loadGas();
  const plan = buildWorkbookPlan({
    profile: builtinProfileOrFail('npuls'),
    detail: 'gebieden',
    lang: 'nl',
    names: PEOPLE,
  });
  expect(loaded.call('teamscanApplyPlan', plan, 'nl')).toEqual({ ok: true, value: null });
  const header = (loaded.call('teamscanReadSheet', SHEET_MATRIX) as any).value.values[0] as string[];
  loaded.gas.log.length = 0;
  loaded.gas.lock.acquired = 0;
  loaded.gas.lock.released = 0;
  return { loaded, column: (name) => header.indexOf(name) };
}

function save(loaded: LoadedGas, row: number, name: string, cells: RowWrite['cells'], updatedColumn?: number): any {
  const write: RowWrite = {
    sheet: SHEET_MATRIX,
    row,
    nameColumn: 0,
    expectedName: name,
    cells,
    ...(updatedColumn === undefined ? {} : { updatedColumn }),
  };
  return loaded.call('teamscanWriteRow', write, 'nl');
}

describe('saving a scan row', () => {
  it('writes that one row only, with text as text and the update stamp as a date', () => {
    const { loaded, column } = setUp();
    const cells = [
      { column: column('Adviseur'), value: 3 },
      { column: column('Coach'), value: 'Gevorderd' },
      { column: column('Rol'), value: '=HYPERLINK("x")' },
      { column: column('Innovator'), value: null },
    ];
    expect(save(loaded, 3, 'bert ', cells, column('Bijgewerkt'))).toEqual({ ok: true, value: null });
    const writes = callsOf(loaded.gas, 'setValues');
    expect(writes.length).toBeGreaterThan(0);
    expect(writes.length).toBeLessThanOrEqual(cells.length + 1);
    expect(writes.every((call) => call.row === 3 && call.rows === 1)).toBe(true);
    const sheet = loaded.gas.spreadsheet.getSheetByName(SHEET_MATRIX)!;
    expect(sheet.valueAt(3, column('Adviseur') + 1)).toBe(3);
    expect(sheet.valueAt(3, column('Coach') + 1)).toBe('Gevorderd');
    expect(sheet.valueAt(3, column('Rol') + 1)).toBe('=HYPERLINK("x")');
    expect(sheet.formulas.size).toBe(0);
    expect(Object.prototype.toString.call(sheet.valueAt(3, column('Bijgewerkt') + 1))).toBe('[object Date]');
    // The stamp reaches the sidebar as a number, never as a Date.
    const read = (loaded.call('teamscanReadSheet', SHEET_MATRIX) as any).value.values[2];
    expect(read[column('Bijgewerkt')]).toEqual({ $date: expect.any(Number) });
    expect(loaded.gas.lock).toEqual(expect.objectContaining({ acquired: 1, released: 1, held: false }));
  });

  it('refuses a row that holds someone else now and writes nothing', () => {
    const { loaded, column } = setUp();
    const result = save(loaded, 2, 'Bert', [{ column: column('Adviseur'), value: 4 }]);
    const expected = message('rowChanged', { row: 2, expected: '"Bert"', actual: '"Anna"' });
    expect(result).toEqual({
      ok: false,
      key: 'rowChanged',
      params: expected.params,
      message: formatMessage(expected, 'nl'),
    });
    expect(callsOf(loaded.gas, 'setValues')).toHaveLength(0);
    expect(loaded.gas.lock.held).toBe(false);
  });

  it('refuses after the sheet was sorted under the panel', () => {
    const { loaded, column } = setUp();
    const sheet = loaded.gas.spreadsheet.getSheetByName(SHEET_MATRIX)!;
    sheet.write(2, 1, "'Chris");
    sheet.write(4, 1, "'Anna");
    expect(save(loaded, 2, 'Anna', [{ column: column('Coach'), value: 2 }]).key).toBe('rowChanged');
    expect(sheet.valueAt(2, column('Coach') + 1)).toBe('');
  });

  it('lands two saves for different people, each in its own row', () => {
    const { loaded, column } = setUp();
    const adviseur = column('Adviseur');
    expect(save(loaded, 2, 'Anna', [{ column: adviseur, value: 4 }]).ok).toBe(true);
    expect(save(loaded, 4, 'Chris', [{ column: adviseur, value: 1 }]).ok).toBe(true);
    const sheet = loaded.gas.spreadsheet.getSheetByName(SHEET_MATRIX)!;
    expect([2, 3, 4].map((row) => sheet.valueAt(row, adviseur + 1))).toEqual([4, '', 1]);
    expect(loaded.gas.lock.acquired).toBe(2);
    expect(loaded.gas.lock.released).toBe(2);
  });

  it('gives a clear message and writes nothing while another member holds the lock', () => {
    const { loaded, column } = setUp();
    loaded.gas.lock.contended = true;
    const result = save(loaded, 2, 'Anna', [{ column: column('Adviseur'), value: 4 }]);
    expect(result.ok).toBe(false);
    expect(result.message).toMatch(/opnieuw/);
    expect(callsOf(loaded.gas, 'setValues')).toHaveLength(0);
  });

  it('refuses a value that cannot be a cell, naming the cell, before taking the lock', () => {
    const { loaded, column } = setUp();
    const result = save(loaded, 2, 'Anna', [{ column: column('Adviseur'), value: Number.POSITIVE_INFINITY }]);
    expect(result.ok).toBe(false);
    expect(result.message).toContain(`${SHEET_MATRIX}!`);
    expect(loaded.gas.lock.acquired).toBe(0);
  });
});
