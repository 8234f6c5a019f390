// The ExcelBridge's reads, saves, selection and formula insertion: office-addin-mock and the recording fake.

import { OfficeMockObject } from 'office-addin-mock';
import { ExcelBridge } from '../../addin/excel/bridge';
import type { ExcelRun } from '../../addin/excel/run';
import { TeamscanError } from '../../shared/i18n/message';
import { cellOf, emptySheet, type FakeSheet, fakeExcel } from './fake-excel';

// office-addin-mock only needs the OfficeApp enum of office-addin-manifest, whose main entry pulls in ESM-only
// packages Jest cannot load here; the enum's own module is loaded instead.
jest.mock('office-addin-manifest', () => jest.requireActual('office-addin-manifest/lib/officeApp'));

function teamSheet(): FakeSheet {
  const sheet = emptySheet('Teammatrix');
  const rows: (string | number)[][] = [
    ['Naam', 'Rol', 'Bijgewerkt', 'ADV-K1', 'ADV-K2'],
    ['Jan', 'adviseur', '', 2, ''],
    ['Piet', '', '', 1, 3],
  ];
  for (const [r, row] of rows.entries()) {
    for (const [c, value] of row.entries()) if (value !== '') sheet.cells.set(`${r},${c}`, { value });
  }
  return sheet;
}

describe('ExcelBridge.writeRow', () => {
  it('saves a row in one sync, text as text, empty as cleared, with a date stamp', async () => {
    const excel = fakeExcel({ sheets: [teamSheet()] });
    const bridge = new ExcelBridge(excel.run, 'nl-NL');
    await bridge.writeRow({
      sheet: 'Teammatrix',
      row: 2,
      nameColumn: 0,
      expectedName: 'Jan',
      cells: [
        { column: 1, value: '=HYPERLINK("x")' },
        { column: 3, value: null },
        { column: 4, value: 4 },
      ],
      updatedColumn: 2,
    });
    expect(excel.runs).toEqual([1]);
    const sheet = excel.book.sheets[0]!;
    expect(cellOf(sheet, 1, 1)).toEqual({ value: '=HYPERLINK("x")', numberFormat: '@' });
    expect(cellOf(sheet, 1, 3)).toBeUndefined();
    expect(cellOf(sheet, 1, 4)?.value).toBe(4);
    const stamp = cellOf(sheet, 1, 2)!;
    expect(typeof stamp.value).toBe('number');
    // An Excel serial of today: days since 1899-12-30.
    expect(Math.floor(stamp.value as number)).toBeGreaterThan(45_000);
    expect(stamp.numberFormat).toMatch(/yyyy/);
    // Other rows untouched.
    expect(cellOf(sheet, 2, 4)?.value).toBe(3);
  });

  it('refuses a row that now holds another person (rowChanged) and writes nothing', async () => {
    const excel = fakeExcel({ sheets: [teamSheet()] });
    const bridge = new ExcelBridge(excel.run, 'en-US');
    const before = JSON.stringify([...excel.book.sheets[0]!.cells]);
    const attempt = bridge.writeRow({
      sheet: 'Teammatrix',
      row: 3,
      nameColumn: 0,
      expectedName: 'Jan',
      cells: [{ column: 3, value: 4 }],
      updatedColumn: 2,
    });
    await expect(attempt).rejects.toBeInstanceOf(TeamscanError);
    await attempt.catch((error: TeamscanError) => {
      expect(error.detail.key).toBe('rowChanged');
      expect(error.localized('en')).toContain('Piet');
    });
    expect(JSON.stringify([...excel.book.sheets[0]!.cells])).toBe(before);
    // The refused save itself was one sync; reading who is there now is a separate run.
    expect(excel.runs[0]).toBe(1);
  });

  it('does not take Excel find wildcards in a name as wildcards', async () => {
    const sheet = teamSheet();
    sheet.cells.set('1,0', { value: 'J*' });
    const excel = fakeExcel({ sheets: [sheet] });
    const bridge = new ExcelBridge(excel.run, 'nl-NL');
    await expect(
      bridge.writeRow({
        sheet: 'Teammatrix',
        row: 3,
        nameColumn: 0,
        expectedName: 'P*',
        cells: [{ column: 3, value: 2 }],
      }),
    ).rejects.toBeInstanceOf(TeamscanError);
    await bridge.writeRow({
      sheet: 'Teammatrix',
      row: 2,
      nameColumn: 0,
      expectedName: 'J*',
      cells: [{ column: 3, value: 2 }],
    });
    expect(cellOf(sheet, 1, 3)?.value).toBe(2);
  });
});

describe('ExcelBridge reads and selection', () => {
  it('reads a sheet from A1, empty cells as null, a missing sheet as not existing', async () => {
    const sheet = emptySheet('Teammatrix');
    sheet.cells.set('2,1', { value: 'Naam' });
    sheet.cells.set('3,2', { value: 3 });
    const excel = fakeExcel({ sheets: [sheet] });
    const bridge = new ExcelBridge(excel.run, 'nl-NL');
    const snapshot = await bridge.readSheet('Teammatrix');
    expect(snapshot.exists).toBe(true);
    expect(snapshot.grid.values).toEqual([[], [], [null, 'Naam', null], [null, null, 3]]);
    expect((await bridge.readSheet('Dekking')).exists).toBe(false);
  });

  it('reports the active cell 1-based and follows selection events until unsubscribed', async () => {
    const excel = fakeExcel({ sheets: [teamSheet()], active: { sheet: 'Teammatrix', row: 2, column: 3 } });
    const bridge = new ExcelBridge(excel.run, 'nl-NL');
    expect(await bridge.getSelection()).toEqual({ sheet: 'Teammatrix', row: 3, column: 4 });
    const seen: number[] = [];
    const stop = bridge.onSelectionChanged((selection) => seen.push(selection.row));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(excel.handlers).toHaveLength(1);
    excel.book.active = { sheet: 'Teammatrix', row: 1, column: 0 };
    await excel.handlers[0]!();
    expect(seen).toEqual([2]);
    stop();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(excel.handlers).toHaveLength(0);
  });

  it('moves to a row keeping the column, and inserts a formula at the active cell (office-addin-mock)', async () => {
    const excel = fakeExcel({ sheets: [teamSheet()], active: { sheet: 'Teammatrix', row: 1, column: 3 } });
    await new ExcelBridge(excel.run, 'nl-NL').selectRow('Teammatrix', 3);
    expect(excel.book.active).toEqual({ sheet: 'Teammatrix', row: 2, column: 3 });

    const mock = new OfficeMockObject({
      context: {
        workbook: {
          activeCell: { formulas: [['']] },
          getActiveCell() {
            return this.activeCell;
          },
        },
        sync: async () => {},
      },
      run: async function (this: any, batch: (context: any) => Promise<unknown>) {
        return batch(this.context);
      },
    }) as any;
    const run: ExcelRun = (batch) => mock.run(batch);
    await new ExcelBridge(run, 'nl-NL').insertFormula('=TEAMSCAN.DEKKING(Teammatrix[#All])');
    expect(mock.context.workbook.activeCell.formulas).toEqual([['=TEAMSCAN.DEKKING(Teammatrix[#All])']]);
  });
});
