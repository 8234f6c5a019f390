// The formula helper's undo in Google Sheets: the server compares and clears under the document lock, so what a
// user typed over the inserted formula since is never removed; a malformed argument is refused.

import { SHEET_DASHBOARD } from '../../shared/workbook/plan';
import { readGasFile } from './fake/load-gas';
import { injectedGas, sidebarBridge } from './injected';

const FORMULA = '=GEDEKT(Teammatrix!$A$1:$K,"coach",Dekking!$B$2,"npuls")';
const T3 = { sheet: SHEET_DASHBOARD, row: 3, column: 20 };

describe('Google Sheets: removeFormula', () => {
  it('the generated endpoint passes the cell and the formula on', () => {
    expect(readGasFile('main.js')).toContain('function teamscanRemoveFormula(at,formula){');
  });

  it('keeps "mijn notitie" typed over the formula in T3, and clears T3 while it holds the formula', async () => {
    const loaded = injectedGas(['Anna']);
    const bridge = sidebarBridge(loaded);
    const dekking = loaded.gas.spreadsheet.getSheetByName(SHEET_DASHBOARD)!;
    dekking.write(3, 20, FORMULA);
    dekking.write(3, 20, "'mijn notitie");
    const locks = loaded.gas.lock.acquired;
    expect(await bridge.removeFormula(T3, FORMULA)).toBe(false);
    expect(loaded.gas.lock.acquired).toBe(locks + 1);
    expect(dekking.valueAt(3, 20)).toBe('mijn notitie');
    dekking.write(3, 20, FORMULA);
    expect(await bridge.removeFormula(T3, FORMULA)).toBe(true);
    expect(dekking.formulas.has('3,20')).toBe(false);
    expect(dekking.valueAt(3, 20) ?? '').toBe('');
  });

  it('refuses a cell that is no cell, writing nothing', () => {
    const loaded = injectedGas(['Anna']);
    const result = loaded.call('teamscanRemoveFormula', { sheet: SHEET_DASHBOARD, row: 0, column: 'T' }, FORMULA) as {
      ok: boolean;
    };
    expect(result.ok).toBe(false);
  });
});
