// The Excel change log (docs/design.md#12-rounds-history-and-reports): a save queues its changed cells into Teamscan-log in its own second sync.

import { ExcelBridge } from '../../addin/excel/bridge';
import { LOG_SHEET } from '../../shared/host/change-log';
import { sortRows, valuesOf } from './fake/user';
import { cellOf, type FakeSheet, fakeExcel } from './fake-excel';
import { openForm, teamSheet } from './team-sheet';

const logOf = (excel: ReturnType<typeof fakeExcel>): FakeSheet | undefined =>
  excel.book.sheets.find((sheet) => sheet.name === LOG_SHEET);

function setUp(failOn?: (op: string) => boolean) {
  const sheet = teamSheet();
  const excel = fakeExcel({ sheets: [sheet] }, failOn);
  return { sheet, excel, bridge: new ExcelBridge(excel.run, 'nl-NL') };
}

describe('the change log in Excel', () => {
  test('the first save adds the hidden log with its header; one row per changed cell, text as text, two syncs', async () => {
    const { sheet, excel, bridge } = setUp();
    sheet.cells.set('3,0', { value: '=Anna', numberFormat: '@' });
    const form = await openForm(bridge, '=Anna');
    await form.save({ 'ADV-K1': 3, 'ADV-K2': 4, Rol: '=HYPERLINK("x")' });
    // The save: one Excel.run, two syncs, the log queued in the second.
    expect(excel.runs.at(-1)).toBe(2);
    const log = logOf(excel)!;
    expect(log.visibility).toBe('Hidden');
    const stamp = cellOf(sheet, 3, 2)!.value as number;
    expect(typeof stamp).toBe('number');
    // ADV-K2 already held 4: not a change.
    expect(valuesOf(log)).toEqual([
      ['Tijd', 'Naam', 'Kolom', 'Eerder', 'Nu'],
      [stamp, '=Anna', 'ADV-K1', null, 3],
      [stamp, '=Anna', 'Rol', 'coach', '=HYPERLINK("x")'],
    ]);
    expect(cellOf(log, 2, 4)).toEqual(expect.objectContaining({ numberFormat: '@' }));
    expect(cellOf(log, 2, 4)?.formula).toBeUndefined();
    expect(cellOf(log, 1, 1)).toEqual(expect.objectContaining({ numberFormat: '@' }));
    expect(cellOf(log, 1, 0)?.numberFormat).toMatch(/yyyy/);
  });

  test('later saves go in below the header, the newest save first (its cells in order), still in two syncs', async () => {
    const { excel, bridge } = setUp();
    await (await openForm(bridge, 'Jan')).save({ 'ADV-K1': 4 });
    await (await openForm(bridge, 'Piet')).save({ 'ADV-K2': null, Buddy: 'Jan' });
    expect(excel.runs.at(-1)).toBe(2);
    expect(
      valuesOf(logOf(excel)!)
        .slice(1)
        .map((row) => row.slice(1)),
    ).toEqual([
      ['Piet', 'ADV-K2', 3, null],
      ['Piet', 'Buddy', null, 'Jan'],
      ['Jan', 'ADV-K1', 2, 4],
    ]);
  });

  test('a refused save (the rows were sorted) logs nothing and adds no log', async () => {
    const { sheet, excel, bridge } = setUp();
    const form = await openForm(bridge, 'Piet');
    sortRows(sheet, 0); // A→Z: Anna, Jan, Piet
    await expect(form.save({ 'ADV-K1': 2 })).rejects.toMatchObject({ detail: { key: 'rowChanged' } });
    expect(logOf(excel)).toBeUndefined();
  });

  test('a log Excel cannot add fails the save before the row is touched', async () => {
    const { sheet, excel, bridge } = setUp((op) => op === `add:${LOG_SHEET}`);
    const before = valuesOf(sheet);
    await expect((await openForm(bridge, 'Jan')).save({ 'ADV-K1': 4 })).rejects.toBeDefined();
    expect(valuesOf(sheet)).toEqual(before);
    expect(logOf(excel)).toBeUndefined();
  });

  test('two first saves at once both land and both log: the one whose add of the log fails saves again', async () => {
    const { sheet, excel, bridge } = setUp();
    const jan = await openForm(bridge, 'Jan');
    const piet = await openForm(bridge, 'Piet');
    const before = excel.runs.length;
    // Both first syncs run before either second one: each finds no log and adds it.
    await Promise.all([jan.save({ 'ADV-K1': 4 }), piet.save({ 'ADV-K1': 0 })]);
    expect(excel.runs.slice(before)).toEqual([2, 2, 2]);
    expect([cellOf(sheet, 1, 3)?.value, cellOf(sheet, 2, 3)?.value]).toEqual([4, 0]);
    const logged = valuesOf(logOf(excel)!)
      .slice(1)
      .map((row) => row.slice(1));
    expect(logged).toHaveLength(2);
    expect(logged).toEqual(
      expect.arrayContaining([
        ['Jan', 'ADV-K1', 2, 4],
        ['Piet', 'ADV-K1', 1, 0],
      ]),
    );
    expect(excel.book.sheets.filter((one) => one.name === LOG_SHEET)).toHaveLength(1);
  });

  test('a row write Excel rejects after the log was queued takes the log rows back (new log and existing log)', async () => {
    let failing = false;
    const { sheet, excel, bridge } = setUp((op) => failing && op === 'write:Teammatrix!D2');
    const before = valuesOf(sheet);
    failing = true;
    await expect((await openForm(bridge, 'Jan')).save({ 'ADV-K1': 4 })).rejects.toBeDefined();
    failing = false;
    expect(valuesOf(sheet)).toEqual(before);
    expect(logOf(excel)).toBeUndefined();

    await (await openForm(bridge, 'Piet')).save({ 'ADV-K2': 1 });
    const logged = valuesOf(logOf(excel)!);
    const form = await openForm(bridge, 'Jan');
    failing = true;
    await expect(form.save({ 'ADV-K1': 4, Rol: 'coach' })).rejects.toBeDefined();
    failing = false;
    expect(valuesOf(logOf(excel)!)).toEqual(logged);
    expect(cellOf(sheet, 1, 3)?.value).toBe(2);
  });

  test('a workbook whose structure is protected saves without a log rather than refusing the save', async () => {
    const sheet = teamSheet();
    const excel = fakeExcel({ sheets: [sheet], structureProtected: true });
    const bridge = new ExcelBridge(excel.run, 'nl-NL');
    await (await openForm(bridge, 'Jan')).save({ 'ADV-K1': 4 });
    expect(cellOf(sheet, 1, 3)?.value).toBe(4);
    expect(logOf(excel)).toBeUndefined();
    expect(excel.runs.at(-1)).toBe(2);
  });
});
