// The ExcelBridge's selectRow with a column: Range.select() on that one cell, in one sync, against the fake.

import { ExcelBridge } from '../../addin/excel/bridge';
import { emptySheet, fakeExcel } from './fake-excel';
import { teamSheet } from './team-sheet';

// The fake's `active` is 0-based, as Office.js's rowIndex / columnIndex; the bridge's arguments are 1-based.
describe('ExcelBridge.selectRow with a column', () => {
  it('selects that exact cell, not the active column, in a single sync', async () => {
    const excel = fakeExcel({ sheets: [teamSheet()], active: { sheet: 'Teammatrix', row: 1, column: 1 } });
    await new ExcelBridge(excel.run, 'nl-NL').selectRow('Teammatrix', 3, 5);
    expect(excel.book.active).toEqual({ sheet: 'Teammatrix', row: 2, column: 4 });
    // The active cell need not be read first when the column is given.
    expect(excel.runs).toEqual([1]);
  });

  it('without a column keeps the active column on that sheet, the first column from another sheet', async () => {
    const excel = fakeExcel({
      sheets: [emptySheet('Dekking'), teamSheet()],
      active: { sheet: 'Teammatrix', row: 1, column: 3 },
    });
    const bridge = new ExcelBridge(excel.run, 'nl-NL');
    await bridge.selectRow('Teammatrix', 4);
    expect(excel.book.active).toEqual({ sheet: 'Teammatrix', row: 3, column: 3 });
    excel.book.active = { sheet: 'Dekking', row: 0, column: 5 };
    await bridge.selectRow('Teammatrix', 2);
    expect(excel.book.active).toEqual({ sheet: 'Teammatrix', row: 1, column: 0 });
  });

  it('a sheet that is gone refuses and leaves the selection where it was', async () => {
    const excel = fakeExcel({ sheets: [teamSheet()], active: { sheet: 'Teammatrix', row: 1, column: 1 } });
    // getItem: "If the worksheet doesn't exist, throws an ItemNotFound error"; the batch stops there.
    await expect(new ExcelBridge(excel.run, 'nl-NL').selectRow('Team', 3, 5)).rejects.toMatchObject({
      code: 'ItemNotFound',
    });
    expect(excel.book.active).toEqual({ sheet: 'Teammatrix', row: 1, column: 1 });
  });
});
