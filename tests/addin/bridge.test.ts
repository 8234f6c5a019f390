// The ExcelBridge's reads, saves, selection and formula insertion: office-addin-mock and the fake (which behaves
// as the Office.js documentation says: see tests/addin/fake/).

import { OfficeMockObject } from 'office-addin-mock';
import { ExcelBridge, referencedTables } from '../../addin/excel/bridge';
import type { ExcelRun } from '../../addin/excel/run';
import { TeamscanError } from '../../shared/i18n/message';
import { errorText } from '../../shared/ui/i18n';
import { sortRows, typeInto } from './fake/user';
import { cellOf, emptySheet, type FakeSheet, fakeExcel } from './fake-excel';
import { openForm, teamSheet } from './team-sheet';

// office-addin-mock only needs the OfficeApp enum of office-addin-manifest, whose main entry pulls in ESM-only
// packages Jest cannot load here; the enum's own module is loaded instead.
jest.mock('office-addin-manifest', () => jest.requireActual('office-addin-manifest/lib/officeApp'));

/**
 * The sheet's cells (value, formula, number format other than Excel's default "General"), for "nothing was
 * written" checks.
 */
const cellsOf = (sheet: FakeSheet) =>
  JSON.stringify(
    [...sheet.cells]
      .map(([at, { numberFormat, ...cell }]) => [
        at,
        numberFormat && numberFormat !== 'General' ? { ...cell, numberFormat } : cell,
      ])
      .filter(([, cell]) => (cell as { value: unknown }).value !== '' || Object.keys(cell as object).length > 1)
      .sort(([a], [b]) => String(a).localeCompare(String(b))),
  );

/** The error a promise rejected with (the test fails if it resolved). */
async function failureOf(promise: Promise<unknown>): Promise<any> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a refusal');
}

describe('ExcelBridge.writeRow', () => {
  it('saves a row in one Excel.run of two syncs: text as text, empty as cleared, a date stamp', async () => {
    const excel = fakeExcel({ sheets: [teamSheet()] });
    const bridge = new ExcelBridge(excel.run, 'nl-NL');
    const form = await openForm(bridge, 'Jan');
    const runsBefore = excel.runs.length;
    await form.save({ Rol: '=HYPERLINK("x")', 'ADV-K1': null, 'ADV-K2': 4 });
    // Sync 1 reads header and row, sync 2 writes: the same two whatever the team size.
    expect(excel.runs.slice(runsBefore)).toEqual([2]);
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

  it('accepts a name cell with spaces around the name, as Apps Script does (the core compares by personKey)', async () => {
    const sheet = teamSheet();
    typeInto(sheet, 1, 0, '  Jan ');
    const excel = fakeExcel({ sheets: [sheet] });
    const bridge = new ExcelBridge(excel.run, 'nl-NL');
    await (await openForm(bridge, 'Jan')).save({ 'ADV-K2': 1 });
    expect(cellOf(sheet, 1, 4)?.value).toBe(1);
  });

  it('refuses a row that now holds another person (rowChanged) after one sync, writing nothing', async () => {
    const sheet = teamSheet();
    const excel = fakeExcel({ sheets: [sheet] });
    const bridge = new ExcelBridge(excel.run, 'en-US');
    const form = await openForm(bridge, 'Jan');
    typeInto(sheet, 1, 0, 'Piet');
    const before = cellsOf(sheet);
    const error = await failureOf(form.save({ 'ADV-K1': 4 }));
    expect(error).toBeInstanceOf(TeamscanError);
    expect(error.detail.key).toBe('rowChanged');
    expect(error.localized('en')).toContain('Piet');
    expect(cellsOf(sheet)).toBe(before);
    expect(excel.runs[excel.runs.length - 1]).toBe(1);
  });

  it('says clearly that the sheet is gone when it was renamed, and writes nothing', async () => {
    const sheet = teamSheet();
    const excel = fakeExcel({ sheets: [sheet] });
    const bridge = new ExcelBridge(excel.run, 'nl-NL');
    const form = await openForm(bridge, 'Jan');
    sheet.name = 'Team 2025';
    const before = cellsOf(sheet);
    const error = await failureOf(form.save({ 'ADV-K1': 4 }));
    expect(error.message).toMatch(/Blad Teammatrix bestaat niet meer.*niets opgeslagen/);
    expect(cellsOf(sheet)).toBe(before);
  });

  it('puts the row back when Excel rejects the write batch at any of its commands', async () => {
    // Excel runs a batch in order and stops at the failing command; the ones before it have run.
    const changes = { Rol: 'coach', 'ADV-K1': null, 'ADV-K2': 4 };
    const probe = fakeExcel({ sheets: [teamSheet()] });
    await (await openForm(new ExcelBridge(probe.run, 'nl-NL'), 'Jan')).save(changes);
    const commands = probe.batches[1]![1]!;
    expect(commands).toBeGreaterThan(3);
    for (let op = 0; op < commands; op++) {
      const sheet = teamSheet();
      typeInto(sheet, 1, 2, 45_000.5);
      sheet.cells.get('1,2')!.numberFormat = 'dd-mm-yyyy hh:mm';
      const before = cellsOf(sheet);
      const excel = fakeExcel({ sheets: [sheet] }, { failAt: (at) => at.run === 1 && at.sync === 2 && at.op === op });
      const form = await openForm(new ExcelBridge(excel.run, 'nl-NL'), 'Jan');
      await expect(form.save(changes)).rejects.toThrow('GeneralException');
      expect([op, cellsOf(sheet)]).toEqual([op, before]);
    }
  });

  it('no longer uses Range.find: on one cell it searches the whole sheet, so the old guard wrote elsewhere', async () => {
    // Range.find (ExcelApi 1.9): "If the current range is larger than a single cell, then the search will be
    // limited to that range, else the search will cover the entire sheet starting after that cell." The old
    // save hung its writes off find(expected name) on the row's name cell. After a sort by name Jan's old row
    // holds Anna, find goes on to the next cell holding "Jan" (Anna's buddy), and the level lands beside it.
    const sheet = teamSheet();
    sortRows(sheet, 0);
    const excel = fakeExcel({ sheets: [sheet] });
    const janRowBefore = 1;
    await excel.run(async (context: any) => {
      const nameCell = context.workbook.worksheets.getItem('Teammatrix').getRangeByIndexes(janRowBefore, 0, 1, 1);
      const anchor = nameCell.find('Jan', { completeMatch: true, matchCase: false });
      anchor.getOffsetRange(0, 3).values = [[0]];
      await context.sync();
    });
    const written = [...sheet.cells].filter(([, cell]) => cell.value === 0).map(([at]) => at);
    // Not Jan's level column (D) in any row: the cell three right of the buddy column "Jan".
    expect(written).toEqual(['1,8']);
    // The new save refuses instead: the row no longer holds Jan.
    const fresh = teamSheet();
    const bridge = new ExcelBridge(fakeExcel({ sheets: [fresh] }).run, 'nl-NL');
    const form = await openForm(bridge, 'Jan');
    sortRows(fresh, 0);
    const error = await failureOf(form.save({ 'ADV-K1': 4 }));
    expect(error.detail.key).toBe('rowChanged');
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
    await new ExcelBridge(run, 'nl-NL').insertFormula('=TEAMSCAN.DEKKING(Teammatrix!A1:F4)');
    expect(mock.context.workbook.activeCell.formulas).toEqual([['=TEAMSCAN.DEKKING(Teammatrix!A1:F4)']]);
  });

  it('inserts a formula naming a table only where the workbook has that table (never a #REF!)', async () => {
    expect(referencedTables('=TEAMSCAN.WIE(Teammatrix[#All],"a[b]",Profiel!A1:D9)')).toEqual(['Teammatrix']);
    const sheet = teamSheet();
    const excel = fakeExcel({ sheets: [sheet], active: { sheet: 'Teammatrix', row: 6, column: 0 } });
    const bridge = new ExcelBridge(excel.run, 'en-GB');
    const formula = '=TEAMSCAN.COVERAGE(Teammatrix[#All])';
    const refusal = await bridge.insertFormula(formula).catch((error: unknown) => error);
    expect(errorText(refusal, 'en')).toMatch(/no table Teammatrix.*Nothing was inserted/);
    expect(cellOf(sheet, 6, 0)).toBeUndefined();
    sheet.tables.push({ name: 'Teammatrix', address: 'A1:F4' });
    await bridge.insertFormula(formula);
    expect(cellOf(sheet, 6, 0)?.formula).toBe(formula);
  });
});
