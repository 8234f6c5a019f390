// Selecting one cell through the built project: the sidebar's SheetsBridge over google.script.run to the server.

import { SheetsBridge } from '../../appsscript/sidebar/bridge';
import { ServerClient } from '../../appsscript/sidebar/client';
import { builtinProfileOrFail } from '../../shared/profiles/resolve';
import { buildWorkbookPlan } from '../../shared/workbook/build-plan';
import { SHEET_DASHBOARD, SHEET_MATRIX } from '../../shared/workbook/plan';
import { type LoadedGas, loadGas, readGasFile } from './fake/load-gas';
import { scriptRunOver } from './fake/script-run';

function injected(): LoadedGas {
  const loaded = loadGas();
  const plan = buildWorkbookPlan({
    profile: builtinProfileOrFail('npuls'),
    detail: 'gebieden',
    lang: 'nl',
    names: ['Anna', 'Bert'],
  });
  expect(loaded.call('teamscanApplyPlan', plan, 'nl')).toEqual({ ok: true, value: null });
  return loaded;
}

function sidebarBridge(loaded: LoadedGas): SheetsBridge {
  const idle = { setTimeout: () => 0, clearTimeout: () => {} };
  const visible = { hidden: () => false, onChange: () => () => {} };
  return new SheetsBridge(new ServerClient(scriptRunOver(loaded)), { locale: 'nl', lang: 'nl' }, idle, visible);
}

/** The active cell as Sheets holds it: the active sheet and its active range. */
function activeCell(loaded: LoadedGas) {
  const sheet = loaded.gas.spreadsheet.getActiveSheet();
  const range = sheet.getActiveRange();
  return { sheet: sheet.getName(), row: range?.getRow(), column: range?.getColumn() };
}

describe('Google Sheets: selectRow with a column', () => {
  it('the generated endpoint passes the column on', () => {
    expect(readGasFile('main.js')).toContain('function teamscanSelectRow(sheet, row, column) {');
  });

  it('selects that exact cell from the sidebar, also when another sheet is active', async () => {
    const loaded = injected();
    loaded.gas.spreadsheet.getSheetByName(SHEET_DASHBOARD)!.getRange(4, 2).activate();
    const bridge = sidebarBridge(loaded);
    await bridge.selectRow(SHEET_MATRIX, 3, 8);
    expect(activeCell(loaded)).toEqual({ sheet: SHEET_MATRIX, row: 3, column: 8 });
    expect(await bridge.getSelection()).toEqual({ sheet: SHEET_MATRIX, row: 3, column: 8 });
  });

  it('without a column keeps the active column (Vorige / Volgende), as before', async () => {
    const loaded = injected();
    const bridge = sidebarBridge(loaded);
    await bridge.selectRow(SHEET_MATRIX, 2, 5);
    await bridge.selectRow(SHEET_MATRIX, 3);
    expect(activeCell(loaded)).toEqual({ sheet: SHEET_MATRIX, row: 3, column: 5 });
  });

  it('takes the wire column as it takes the row: whole, from 1, within the sheet; no number is no column', () => {
    const loaded = injected();
    const sheet = loaded.gas.spreadsheet.getSheetByName(SHEET_MATRIX)!;
    const select = (column: unknown) => {
      sheet.getRange(2, 4).activate();
      expect(loaded.call('teamscanSelectRow', SHEET_MATRIX, 3, column)).toEqual({ ok: true, value: null });
      return activeCell(loaded).column;
    };
    expect(select(6.7)).toBe(6);
    expect(select(0)).toBe(1);
    expect(select(-3)).toBe(1);
    // Sheet.getRange throws beyond the sheet's columns: the last column is selected instead.
    expect(select(sheet.getMaxColumns() + 5)).toBe(sheet.getMaxColumns());
    // google.script.run sends a missing argument as null; text or NaN is never read as a column either.
    expect(select(null)).toBe(4);
    expect(select('H')).toBe(4);
    expect(select(Number.NaN)).toBe(4);
    expect(activeCell(loaded).row).toBe(3);
  });

  it('a sheet that is gone is refused by name, the selection stays', async () => {
    const loaded = injected();
    loaded.gas.spreadsheet.getSheetByName(SHEET_MATRIX)!.getRange(2, 4).activate();
    await expect(sidebarBridge(loaded).selectRow('Team', 3, 8)).rejects.toThrow('Het blad Team bestaat niet (meer).');
    expect(activeCell(loaded)).toEqual({ sheet: SHEET_MATRIX, row: 2, column: 4 });
  });
});
