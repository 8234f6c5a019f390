// Selecting one cell through the built project: the sidebar's SheetsBridge over google.script.run to the server.

import { SHEET_DASHBOARD, SHEET_MATRIX } from '../../shared/workbook/plan';
import { type LoadedGas, readGasFile } from './fake/load-gas';
import { injectedGas, sidebarBridge } from './injected';

/** The active cell as Sheets holds it: the active sheet and its active range. */
function activeCell(loaded: LoadedGas) {
  const sheet = loaded.gas.spreadsheet.getActiveSheet();
  const range = sheet.getActiveRange();
  return { sheet: sheet.getName(), row: range?.getRow(), column: range?.getColumn() };
}

describe('Google Sheets: selectRow with a column', () => {
  it('the generated endpoint passes the column on', () => {
    expect(readGasFile('main.js')).toContain('function teamscanSelectRow(sheet,row,column){');
  });

  it('selects that exact cell from the sidebar, also when another sheet is active', async () => {
    const loaded = injectedGas(['Anna', 'Bert']);
    loaded.gas.spreadsheet.getSheetByName(SHEET_DASHBOARD)!.getRange(4, 2).activate();
    const bridge = sidebarBridge(loaded);
    await bridge.selectRow(SHEET_MATRIX, 3, 8);
    expect(activeCell(loaded)).toEqual({ sheet: SHEET_MATRIX, row: 3, column: 8 });
    expect(await bridge.getSelection()).toEqual({ sheet: SHEET_MATRIX, row: 3, column: 8 });
  });

  it('without a column keeps the active column (Vorige / Volgende), as before', async () => {
    const loaded = injectedGas(['Anna', 'Bert']);
    const bridge = sidebarBridge(loaded);
    await bridge.selectRow(SHEET_MATRIX, 2, 5);
    await bridge.selectRow(SHEET_MATRIX, 3);
    expect(activeCell(loaded)).toEqual({ sheet: SHEET_MATRIX, row: 3, column: 5 });
  });

  it('takes a whole column from 1 (none: null), refuses any other with the value named, the selection kept', () => {
    const loaded = injectedGas(['Anna', 'Bert']);
    const sheet = loaded.gas.spreadsheet.getSheetByName(SHEET_MATRIX)!;
    const select = (column: unknown) => {
      sheet.getRange(2, 4).activate();
      return loaded.call('teamscanSelectRow', SHEET_MATRIX, 3, column) as { ok: boolean; key?: string };
    };
    expect(select(6)).toEqual({ ok: true, value: null });
    expect(activeCell(loaded)).toEqual({ sheet: SHEET_MATRIX, row: 3, column: 6 });
    // Sheet.getRange throws beyond the sheet's columns: the last column is selected instead.
    expect(select(sheet.getMaxColumns() + 5).ok).toBe(true);
    expect(activeCell(loaded).column).toBe(sheet.getMaxColumns());
    // google.script.run sends a missing argument as null: the active column stays.
    expect(select(null).ok).toBe(true);
    expect(activeCell(loaded).column).toBe(4);
    for (const column of [6.7, 0, -3, 'H', Number.NaN, 1e9]) {
      expect(select(column)).toEqual(expect.objectContaining({ ok: false, key: 'hostBadColumn' }));
      expect(activeCell(loaded)).toEqual({ sheet: SHEET_MATRIX, row: 2, column: 4 });
    }
  });

  it('a sheet that is gone is refused by name, the selection stays', async () => {
    const loaded = injectedGas(['Anna', 'Bert']);
    loaded.gas.spreadsheet.getSheetByName(SHEET_MATRIX)!.getRange(2, 4).activate();
    await expect(sidebarBridge(loaded).selectRow('Team', 3, 8)).rejects.toThrow('Het blad Team bestaat niet (meer).');
    expect(activeCell(loaded)).toEqual({ sheet: SHEET_MATRIX, row: 2, column: 4 });
  });
});
