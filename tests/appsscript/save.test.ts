// Saving one person's row through the built project's endpoint: columns by header, compare-and-set, under the lock.

import { rebuildError } from '../../appsscript/sidebar/client';
import { formatMessage, message } from '../../shared/i18n/message';
import { builtinProfileOrFail } from '../../shared/profiles/resolve';
import { buildWorkbookPlan } from '../../shared/workbook/build-plan';
import { SHEET_MATRIX } from '../../shared/workbook/plan';
import { columnOf, deleteColumn, insertColumnBefore, reorderRows } from './fake/edits';
import { type LoadedGas, loadGas } from './fake/load-gas';
import { callsOf } from './fake/services';
import type { FakeSheet } from './fake/sheet';
import { loadForm, save } from './row-form';

const PEOPLE = ['Anna', 'Bert', 'Chris'];

/** A refusal as the panel shows it: the server sends this host's refusals by key, the sidebar words them. */
const shown = (result: Parameters<typeof rebuildError>[0]): string => rebuildError(result).message;

function setUp(): { loaded: LoadedGas; sheet: FakeSheet } {
  const loaded = loadGas();
  const plan = buildWorkbookPlan({
    profile: builtinProfileOrFail('npuls'),
    detail: 'gebieden',
    lang: 'nl',
    names: PEOPLE,
  });
  expect(loaded.call('teamscanApplyPlan', plan, 'nl')).toEqual({ ok: true, value: null });
  loaded.gas.log.length = 0;
  Object.assign(loaded.gas.lock, { acquired: 0, released: 0 });
  return { loaded, sheet: loaded.gas.spreadsheet.getSheetByName(SHEET_MATRIX)! };
}

describe('saving a scan row', () => {
  it('writes that one row by header, text as text, the stamp as a date, in a constant number of calls', () => {
    const { loaded, sheet } = setUp();
    const write = loadForm(loaded).write(3, {
      Adviseur: 3,
      Coach: 'Gevorderd',
      Rol: '=HYPERLINK("x")',
      Innovator: '007',
    });
    // Every read and write of the save happens while this execution holds the document lock.
    const unlocked: string[] = [];
    loaded.gas.faults.beforeCall = (method) => {
      if (['getValues', 'setValues'].includes(method) && !loaded.gas.lock.held) unlocked.push(method);
    };
    expect(save(loaded, { ...write, expectedName: ' bert ' })).toEqual({ ok: true, value: null });
    expect(unlocked).toEqual([]);
    // Rows 1 and 3 are not adjacent: one read each, of one row from column A.
    expect(callsOf(loaded.gas, 'getValues')).toEqual([
      expect.objectContaining({ row: 1, rows: 1, column: 1 }),
      expect.objectContaining({ row: 3, rows: 1, column: 1 }),
    ]);
    const writes = callsOf(loaded.gas, 'setValues', SHEET_MATRIX);
    expect(writes.length).toBeLessThanOrEqual(5);
    expect(writes.every((call) => call.row === 3 && call.rows === 1)).toBe(true);
    expect(sheet.valueAt(3, columnOf(sheet, 'Adviseur'))).toBe(3);
    expect(sheet.valueAt(3, columnOf(sheet, 'Coach'))).toBe('Gevorderd');
    expect(sheet.valueAt(3, columnOf(sheet, 'Rol'))).toBe('=HYPERLINK("x")');
    expect(sheet.valueAt(3, columnOf(sheet, 'Innovator'))).toBe('007');
    expect(sheet.formulas.size).toBe(0);
    expect(Object.prototype.toString.call(sheet.valueAt(3, columnOf(sheet, 'Bijgewerkt')))).toBe('[object Date]');
    const read = (loaded.call('teamscanReadSheet', SHEET_MATRIX) as any).value.values[2];
    expect(read[columnOf(sheet, 'Bijgewerkt') - 1]).toEqual({ $date: expect.any(Number) });
    expect(loaded.gas.lock).toEqual(expect.objectContaining({ acquired: 1, released: 1, held: false }));
  });

  it('reads the header and the row in one call when they are adjacent', () => {
    const { loaded } = setUp();
    expect(save(loaded, loadForm(loaded).write(2, { Adviseur: 4 })).ok).toBe(true);
    expect(callsOf(loaded.gas, 'getValues')).toEqual([expect.objectContaining({ row: 1, rows: 2 })]);
  });

  it('compares a date in the sheet with the date the form loaded, like for like', () => {
    const { loaded, sheet } = setUp();
    // Apps Script hands dates out as Date objects (Range.getValues: "Number, Boolean, Date, or String").
    sheet.write(2, columnOf(sheet, 'Coach'), new Date(Date.UTC(2024, 2, 1)));
    const write = loadForm(loaded).write(2, { Coach: 2 });
    expect(write.cells[0]!.expected).toBe('2024-03-01T00:00:00.000Z');
    expect(save(loaded, write)).toEqual({ ok: true, value: null });
    expect(sheet.valueAt(2, columnOf(sheet, 'Coach'))).toBe(2);
  });

  it('refuses a row that holds someone else now and writes nothing', () => {
    const { loaded } = setUp();
    const result = save(loaded, { ...loadForm(loaded).write(2, { Adviseur: 4 }), expectedName: 'Bert' });
    const expected = message('rowChanged', { row: 2, expected: '"Bert"', actual: '"Anna"' });
    expect(result).toEqual({
      ok: false,
      source: 'core',
      key: 'rowChanged',
      params: expected.params,
      message: formatMessage(expected, 'nl'),
    });
    expect(callsOf(loaded.gas, 'setValues')).toHaveLength(0);
    expect(loaded.gas.lock.held).toBe(false);
  });

  it('gives a clear message and writes nothing while another member holds the lock', () => {
    const { loaded } = setUp();
    loaded.gas.lock.contended = true;
    const result = save(loaded, loadForm(loaded).write(2, { Adviseur: 4 }));
    expect(result.ok).toBe(false);
    expect(shown(result)).toMatch(/opnieuw/);
    expect(callsOf(loaded.gas, 'setValues')).toHaveLength(0);
  });

  it('waits for a member who releases the lock within the timeout, then saves (simulated time)', () => {
    const { loaded } = setUp();
    loaded.gas.lock.contended = true;
    loaded.gas.lock.freeAfterMs = 3_000;
    const result = save(loaded, loadForm(loaded).write(2, { Adviseur: 4 }));
    expect(result.ok).toBe(true);
    expect(loaded.gas.lock.waitedMs).toBe(3_000);
  });

  it('gives up after its timeout, not before, when the lock stays taken', () => {
    const { loaded } = setUp();
    loaded.gas.lock.contended = true;
    loaded.gas.lock.freeAfterMs = 60_000;
    const result = save(loaded, loadForm(loaded).write(2, { Adviseur: 4 }));
    expect(result.ok).toBe(false);
    // 20 s: well inside the 6-minute execution limit and the sidebar's patience.
    expect(loaded.gas.lock.waitedMs).toBe(20_000);
  });

  it.each([
    ['an endless number', { Adviseur: Number.POSITIVE_INFINITY }, 'Adviseur'],
    ['an object', { Adviseur: { $date: 1 } as never }, 'Adviseur'],
  ])('refuses %s, naming the column and row, before taking the lock', (_what, changes, column) => {
    const { loaded } = setUp();
    const result = save(loaded, loadForm(loaded).write(2, changes));
    expect(result.ok).toBe(false);
    expect(result.message).toContain(`"${column}"`);
    expect(result.message).toContain(SHEET_MATRIX);
    expect(loaded.gas.lock.acquired).toBe(0);
  });

  it('refuses a write without a header or with a row that is the header', () => {
    const { loaded } = setUp();
    const write = loadForm(loaded).write(2, { Adviseur: 4 });
    expect(save(loaded, { ...write, cells: [{ header: 7, expected: null, value: 1 }] as never }).ok).toBe(false);
    expect(save(loaded, { ...write, row: 1 }).ok).toBe(false);
    expect(loaded.gas.lock.acquired).toBe(0);
  });
});

describe('a sheet that changes while the sidebar is open', () => {
  it('lands both saves of two members working at once, each re-read under the lock', () => {
    const { loaded, sheet } = setUp();
    const anna = loadForm(loaded);
    const bert = loadForm(loaded);
    // Anna's save holds the lock; Bert's execution waits in tryLock until it is released (LockService), then
    // runs. Both edit row 2 (Bert as Anna's colleague), in different cells: both land.
    expect(save(loaded, anna.write(2, { Adviseur: 4 })).ok).toBe(true);
    expect(save(loaded, bert.write(2, { Coach: 1 })).ok).toBe(true);
    expect([columnOf(sheet, 'Adviseur'), columnOf(sheet, 'Coach')].map((c) => sheet.valueAt(2, c))).toEqual([4, 1]);
    expect(loaded.gas.lock).toEqual(expect.objectContaining({ acquired: 2, released: 2, held: false }));
  });

  it('refuses the second of two saves of the same cell with what changed (cellChanged)', () => {
    const { loaded, sheet } = setUp();
    const first = loadForm(loaded);
    const second = loadForm(loaded);
    expect(save(loaded, first.write(2, { Adviseur: 4 })).ok).toBe(true);
    const result = save(loaded, second.write(2, { Adviseur: 1 }));
    expect(result.key).toBe('cellChanged');
    expect(result.message).toContain('Adviseur');
    expect(sheet.valueAt(2, columnOf(sheet, 'Adviseur'))).toBe(4);
  });

  it('refuses after the rows were sorted and writes nothing', () => {
    const { loaded, sheet } = setUp();
    const form = loadForm(loaded);
    reorderRows(sheet, 2, [4, 3, 2]); // Z→A: Chris, Bert, Anna
    const before = sheet.rowValues(2);
    expect(save(loaded, form.write(2, { Coach: 2 })).key).toBe('rowChanged');
    expect(sheet.rowValues(2)).toEqual(before);
    expect(callsOf(loaded.gas, 'setValues')).toHaveLength(0);
  });

  it('lands by header after a column was inserted before the saved ones', () => {
    const { loaded, sheet } = setUp();
    const form = loadForm(loaded);
    insertColumnBefore(sheet, 2);
    sheet.write(1, 2, "'Notities");
    sheet.write(3, 2, "'belt terug");
    expect(save(loaded, form.write(3, { Adviseur: 3, Coach: 1 })).ok).toBe(true);
    expect(sheet.valueAt(3, columnOf(sheet, 'Adviseur'))).toBe(3);
    expect(sheet.valueAt(3, columnOf(sheet, 'Coach'))).toBe(1);
    expect(sheet.valueAt(3, 2)).toBe('belt terug');
  });

  it('lands levels and the stamp under their own headers after "Rol" was deleted', () => {
    const { loaded, sheet } = setUp();
    const form = loadForm(loaded);
    const headersBefore = sheet.rowValues(1);
    deleteColumn(sheet, columnOf(sheet, 'Rol'));
    expect(save(loaded, form.write(2, { Adviseur: 4, Coach: 2 })).ok).toBe(true);
    expect(sheet.valueAt(2, columnOf(sheet, 'Adviseur'))).toBe(4);
    expect(sheet.valueAt(2, columnOf(sheet, 'Coach'))).toBe(2);
    expect(Object.prototype.toString.call(sheet.valueAt(2, columnOf(sheet, 'Bijgewerkt')))).toBe('[object Date]');
    // Nothing landed one column off: the only numbers in the row are the two levels, in their own columns.
    const numbers = sheet.rowValues(2).flatMap((value, c) => (typeof value === 'number' ? [[c + 1, value]] : []));
    expect(numbers).toEqual(
      [
        [columnOf(sheet, 'Adviseur'), 4],
        [columnOf(sheet, 'Coach'), 2],
      ].sort((a, b) => a[0]! - b[0]!),
    );
    expect(sheet.rowValues(1)).toEqual(headersBefore.filter((header) => header !== 'Rol'));
  });

  it('refuses with columnMissing and writes nothing when a saved column was deleted', () => {
    const { loaded, sheet } = setUp();
    const form = loadForm(loaded);
    deleteColumn(sheet, columnOf(sheet, 'Coach'));
    const result = save(loaded, form.write(2, { Adviseur: 4, Coach: 2 }));
    expect(result.key).toBe('columnMissing');
    expect(result.message).toContain('"Coach"');
    expect(callsOf(loaded.gas, 'setValues')).toHaveLength(0);
  });

  it('refuses with cellChanged when a colleague typed into a cell being saved, and keeps their value', () => {
    const { loaded, sheet } = setUp();
    const form = loadForm(loaded);
    sheet.write(2, columnOf(sheet, 'Adviseur'), 2);
    const result = save(loaded, form.write(2, { Adviseur: 4, Coach: 1 }));
    expect(result.key).toBe('cellChanged');
    expect(result.message).toContain('Adviseur');
    expect(sheet.valueAt(2, columnOf(sheet, 'Adviseur'))).toBe(2);
    expect(sheet.valueAt(2, columnOf(sheet, 'Coach'))).toBe('');
  });

  it('keeps what a colleague typed into another cell of the row', () => {
    const { loaded, sheet } = setUp();
    const form = loadForm(loaded);
    sheet.write(2, columnOf(sheet, 'Rol'), "'Coach ICT");
    expect(save(loaded, form.write(2, { Adviseur: 4 })).ok).toBe(true);
    expect(sheet.valueAt(2, columnOf(sheet, 'Rol'))).toBe('Coach ICT');
  });

  it('refuses a save to a sheet that was renamed, writing nothing', () => {
    const { loaded, sheet } = setUp();
    const form = loadForm(loaded);
    sheet.setName('Team 2025');
    const result = save(loaded, form.write(2, { Adviseur: 4 }));
    expect(result.ok).toBe(false);
    expect(shown(result)).toContain(SHEET_MATRIX);
    expect(callsOf(loaded.gas, 'setValues')).toHaveLength(0);
  });
});
