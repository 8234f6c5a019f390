// Momentopname in Excel (docs/design.md#12-rounds-history-and-reports): a protected, values-only copy of the Teammatrix in three syncs whatever the
// team size; the second of a day gets " (2)"; a failure at any command leaves no sheet behind.

import { ExcelBridge } from '../../addin/excel/bridge';
import { DATE_FORMAT } from '../../addin/excel/styles';
import { AddinError } from '../../addin/texts';
import type { KeyedError } from '../../shared/i18n/keyed-error';
import { TeamscanError } from '../../shared/i18n/message';
import { fill, valuesOf } from './fake/user';
import { cellOf, emptySheet, type FakeSheet, fakeExcel } from './fake-excel';
import { HEADER, teamSheet } from './team-sheet';

const REQUEST = { sheet: 'Teammatrix', date: '2026-12-01' };

/** The team sheet with a formula, a name typed as "=" text and a Bijgewerkt date, as Excel holds them. */
function richTeamSheet(people = 3): FakeSheet {
  const sheet = people === 3 ? teamSheet() : bigTeamSheet(people);
  sheet.cells.set('1,0', { value: '=Jan', numberFormat: '@' });
  sheet.cells.set('1,2', { value: 46357.5, numberFormat: DATE_FORMAT });
  sheet.cells.set('2,3', { value: 2, formula: '=1+1' });
  return sheet;
}

function bigTeamSheet(people: number): FakeSheet {
  const rows = Array.from({ length: people }, (_, index) => [`Persoon ${index + 1}`, '', '', index % 5, 2, '']);
  return fill(emptySheet('Teammatrix'), [HEADER, ...rows]);
}

function setUp(sheet = richTeamSheet(), options: Parameters<typeof fakeExcel>[1] = {}) {
  const excel = fakeExcel({ sheets: [emptySheet('Profiel'), sheet] }, options);
  return { sheet, excel, bridge: new ExcelBridge(excel.run, 'nl-NL') };
}

const names = (excel: ReturnType<typeof fakeExcel>) => excel.book.sheets.map((sheet) => sheet.name);
const snapshotOf = (excel: ReturnType<typeof fakeExcel>, name: string) =>
  excel.book.sheets.find((sheet) => sheet.name === name)!;

describe('Momentopname in Excel', () => {
  test('values only: a formula becomes its value, "=Jan" stays text, a date keeps its format; protected', async () => {
    const { sheet, excel, bridge } = setUp();
    const matrix = valuesOf(sheet);
    expect(await bridge.saveSnapshot(REQUEST)).toBe('Scan 2026-12-01');
    expect(names(excel)).toEqual(['Profiel', 'Teammatrix', 'Scan 2026-12-01']);
    const copy = snapshotOf(excel, 'Scan 2026-12-01');
    expect(valuesOf(copy)).toEqual(matrix);
    expect([...copy.cells.values()].filter((cell) => cell.formula !== undefined)).toEqual([]);
    expect(cellOf(copy, 1, 0)).toEqual({ value: '=Jan', numberFormat: '@' });
    expect(cellOf(copy, 1, 2)).toEqual({ value: 46357.5, numberFormat: DATE_FORMAT });
    expect(cellOf(copy, 2, 3)).toEqual({ value: 2, numberFormat: 'General' });
    expect(copy.protected).toBe(true);
    expect(copy.frozen).toEqual({ rows: 1, columns: 0 });
    expect(copy.formats).toEqual(
      expect.arrayContaining([
        { address: 'A1:F1', path: 'font.bold', value: true },
        { address: 'A1:F4', path: 'autofitColumns()', value: true },
      ]),
    );
    // The matrix itself is untouched, and still the active sheet's neighbour: the copy is not activated.
    expect(valuesOf(sheet)).toEqual(matrix);
    expect(cellOf(sheet, 2, 3)?.formula).toBe('=1+1');
    expect(sheet.protected).toBe(false);
  });

  test('three syncs in one Excel.run, with the same commands per batch for 3 people or 400', async () => {
    const small = setUp();
    await small.bridge.saveSnapshot(REQUEST);
    const large = setUp(bigTeamSheet(400));
    await large.bridge.saveSnapshot(REQUEST);
    expect(small.excel.runs).toEqual([3]);
    expect(large.excel.runs).toEqual([3]);
    expect(large.excel.batches[0]).toEqual(small.excel.batches[0]);
    expect(valuesOf(snapshotOf(large.excel, 'Scan 2026-12-01'))).toEqual(valuesOf(large.sheet));
  });

  test('a second snapshot the same day is "Scan 2026-12-01 (2)"; the first stays as it was', async () => {
    const { sheet, excel, bridge } = setUp();
    await bridge.saveSnapshot(REQUEST);
    const first = valuesOf(snapshotOf(excel, 'Scan 2026-12-01'));
    sheet.cells.set('1,3', { value: 4 });
    expect(await bridge.saveSnapshot(REQUEST)).toBe('Scan 2026-12-01 (2)');
    expect(valuesOf(snapshotOf(excel, 'Scan 2026-12-01'))).toEqual(first);
    expect(cellOf(snapshotOf(excel, 'Scan 2026-12-01 (2)'), 1, 3)?.value).toBe(4);
  });

  test('a failure at any command of the add or the write leaves no sheet and the matrix as it was', async () => {
    const dry = setUp();
    await dry.bridge.saveSnapshot(REQUEST);
    const [, addOps, writeOps] = dry.excel.batches[0]!;
    expect(addOps).toBeGreaterThan(0);
    expect(writeOps).toBeGreaterThan(0);
    const positions = [
      ...Array.from({ length: addOps! }, (_, op) => ({ sync: 2, op })),
      ...Array.from({ length: writeOps! }, (_, op) => ({ sync: 3, op })),
    ];
    for (const position of positions) {
      const { sheet, excel, bridge } = setUp(richTeamSheet(), {
        failAt: (at) => at.run === 0 && at.sync === position.sync && at.op === position.op,
      });
      const matrix = valuesOf(sheet);
      await expect(bridge.saveSnapshot(REQUEST)).rejects.toThrow('GeneralException');
      expect({ position, names: names(excel) }).toEqual({ position, names: ['Profiel', 'Teammatrix'] });
      expect(valuesOf(sheet)).toEqual(matrix);
    }
  });

  test("a colleague's sheet of the same name added in between is left alone; the save asks to try again", async () => {
    const { excel, bridge } = setUp(richTeamSheet(), {
      beforeSync: ({ run, sync }) => {
        if (run === 0 && sync === 2) excel.book.sheets.push(fill(emptySheet('Scan 2026-12-01'), [['hunne']]));
      },
    });
    const error = await bridge.saveSnapshot(REQUEST).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AddinError);
    expect((error as AddinError).key).toBe('snapshotNameTaken');
    expect(names(excel)).toEqual(['Profiel', 'Teammatrix', 'Scan 2026-12-01']);
    expect(valuesOf(snapshotOf(excel, 'Scan 2026-12-01'))).toEqual([['hunne']]);
  });

  test('no matrix, an empty one, or a protected workbook structure: refused, nothing added', async () => {
    const missing = setUp(emptySheet('Blad1'));
    await expect(missing.bridge.saveSnapshot(REQUEST)).rejects.toThrow(/Teammatrix/);
    const empty = setUp(emptySheet('Teammatrix'));
    await expect(empty.bridge.saveSnapshot(REQUEST)).rejects.toThrow(TeamscanError);
    const locked = setUp();
    locked.excel.book.structureProtected = true;
    const error = await locked.bridge.saveSnapshot(REQUEST).catch((caught: unknown) => caught);
    expect((error as KeyedError).key).toBe('workbookProtected');
    for (const { excel } of [missing, empty, locked]) expect(excel.book.sheets).toHaveLength(2);
    await expect(locked.bridge.saveSnapshot({ sheet: 'Teammatrix', date: '2026-13-01' })).rejects.toThrow(/JJJJ-MM-DD/);
    expect(locked.excel.runs).toHaveLength(1);
  });
});
