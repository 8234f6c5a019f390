// Momentopname in Sheets (docs/design.md#12-rounds-history-and-reports), through the built bundle's endpoint: a protected, values-only copy of the
// Teammatrix under the document lock, in a number of calls that does not grow with the team; no half snapshot.

import { SheetsBridge } from '../../appsscript/sidebar/bridge';
import { ServerClient } from '../../appsscript/sidebar/client';
import { TeamscanError } from '../../shared/i18n/message';
import { ROUNDS_MESSAGES } from '../../shared/i18n/ui-messages-rounds';
import { builtinProfileOrFail } from '../../shared/profiles/resolve';
import { buildWorkbookPlan } from '../../shared/workbook/build-plan';
import { SHEET_MATRIX } from '../../shared/workbook/plan';
import { columnOf } from './fake/edits';
import { type LoadedGas, loadGas } from './fake/load-gas';
import { scriptRunOver } from './fake/script-run';
import { callsOf } from './fake/services';
import { loadForm, save } from './row-form';

const REQUEST = { sheet: SHEET_MATRIX, date: '2026-12-01' };

function setUp(names = ['Anna', '=Bert']) {
  const loaded = loadGas();
  const plan = buildWorkbookPlan({ profile: builtinProfileOrFail('npuls'), detail: 'gebieden', lang: 'nl', names });
  expect(loaded.call('teamscanApplyPlan', plan, 'nl')).toEqual({ ok: true, value: null });
  expect(save(loaded, loadForm(loaded).write(3, { Adviseur: 3, Coach: 'n.v.t.' })).ok).toBe(true);
  const spreadsheet = loaded.gas.spreadsheet;
  const matrix = spreadsheet.getSheetByName(SHEET_MATRIX)!;
  loaded.gas.log.length = 0;
  loaded.gas.faults.calls = 0;
  return { loaded, spreadsheet, matrix };
}

const snapshot = (loaded: LoadedGas, request: unknown = REQUEST, lang = 'nl'): any =>
  loaded.call('teamscanSaveSnapshot', request, lang);
const sheetNames = (loaded: LoadedGas) => loaded.gas.spreadsheet.sheets.map((sheet) => sheet.name);

describe('Momentopname in Sheets', () => {
  it('copies values only: a formula its value, "=Bert" as text, a date as a date; warning-only protected', () => {
    const { loaded, spreadsheet, matrix } = setUp();
    // A formula in the matrix (1-based row 2, column F) with its computed value.
    matrix.formulas.set('2,6', '=1+2');
    matrix.values.set('2,6', 3);
    const active = spreadsheet.getActiveSheet().getName();
    expect(snapshot(loaded)).toEqual({ ok: true, value: 'Scan 2026-12-01' });
    const copy = spreadsheet.getSheetByName('Scan 2026-12-01')!;
    expect(sheetNames(loaded).at(-1)).toBe('Scan 2026-12-01');
    const size = matrix.usedSize();
    expect(copy.usedSize()).toEqual(size);
    for (let row = 1; row <= size.rows; row++)
      expect(copy.rowValues(row, size.columns)).toEqual(matrix.rowValues(row, size.columns));
    expect(copy.formulas.size).toBe(0);
    expect(copy.valueAt(2, 6)).toBe(3);
    expect(copy.valueAt(3, 1)).toBe('=Bert');
    const stamp = copy.valueAt(3, columnOf(matrix, 'Bijgewerkt'));
    expect(Object.prototype.toString.call(stamp)).toBe('[object Date]');
    expect(copy.protections).toEqual([
      expect.objectContaining({ warningOnly: true, description: ROUNDS_MESSAGES.snapshotProtection.nl }),
    ]);
    expect(copy.frozenRows).toBe(matrix.frozenRows);
    expect(copy.frozenColumns).toBe(matrix.frozenColumns);
    expect(copy.getRange(1, 1, 1, 2).getFontWeights()).toEqual(matrix.getRange(1, 1, 1, 2).getFontWeights());
    expect(copy.getRange(1, 1, size.rows, size.columns).getNumberFormats()).toEqual(
      matrix.getRange(1, 1, size.rows, size.columns).getNumberFormats(),
    );
    // insertSheet activates the new sheet; the user stays where they were.
    expect(spreadsheet.getActiveSheet().getName()).toBe(active);
    expect(matrix.formulas.get('2,6')).toBe('=1+2');
  });

  it('runs under the document lock, with one setValues and as many calls for 2 people as for 60', () => {
    const small = setUp();
    const unlocked: string[] = [];
    small.loaded.gas.faults.beforeCall = (method) => {
      if (!small.loaded.gas.lock.held) unlocked.push(method);
    };
    expect(snapshot(small.loaded).ok).toBe(true);
    expect(unlocked).toEqual([]);
    expect(small.loaded.gas.lock).toMatchObject({ held: false });
    expect(small.loaded.gas.lock.acquired).toBe(small.loaded.gas.lock.released);
    expect(callsOf(small.loaded.gas, 'setValues', 'Scan 2026-12-01')).toHaveLength(1);
    const large = setUp(Array.from({ length: 60 }, (_, index) => `Persoon ${index + 1}`));
    expect(snapshot(large.loaded).ok).toBe(true);
    expect(large.loaded.gas.faults.calls).toBe(small.loaded.gas.faults.calls);
    expect(callsOf(large.loaded.gas, 'setValues', 'Scan 2026-12-01')).toEqual([
      expect.objectContaining({ row: 1, rows: 61 }),
    ]);
  });

  it('a second snapshot the same day is "Scan 2026-12-01 (2)", in English too', () => {
    const { loaded, spreadsheet } = setUp();
    expect(snapshot(loaded).value).toBe('Scan 2026-12-01');
    expect(snapshot(loaded, REQUEST, 'en').value).toBe('Scan 2026-12-01 (2)');
    expect(spreadsheet.getSheetByName('Scan 2026-12-01 (2)')!.protections[0]!.description).toBe(
      ROUNDS_MESSAGES.snapshotProtection.en,
    );
  });

  it('a failure at any call from the insert on, or at the flush, leaves no sheet, the user where they were', () => {
    const dry = setUp();
    let insertAt = 0;
    dry.loaded.gas.faults.beforeCall = (method, call) => {
      if (method === 'insertSheet') insertAt = call;
    };
    expect(snapshot(dry.loaded).ok).toBe(true);
    const total = dry.loaded.gas.faults.calls;
    expect(insertAt).toBeGreaterThan(0);
    for (let call = insertAt; call <= total; call++) {
      const { loaded, spreadsheet } = setUp();
      const names = sheetNames(loaded);
      const active = spreadsheet.getActiveSheet().getName();
      loaded.gas.faults.failAt = call;
      const result = snapshot(loaded);
      expect({ call, ok: result.ok, names: sheetNames(loaded) }).toEqual({ call, ok: false, names });
      expect(spreadsheet.getActiveSheet().getName()).toBe(active);
      expect(loaded.gas.lock.held).toBe(false);
    }
    const { loaded } = setUp();
    const names = sheetNames(loaded);
    loaded.gas.flushFailure = new Error('Service error: Spreadsheets');
    expect(snapshot(loaded).ok).toBe(false);
    expect(sheetNames(loaded)).toEqual(names);
  });

  it('no matrix, a bad date or a busy document: refused with the reason, nothing added', () => {
    const { loaded } = setUp();
    const names = sheetNames(loaded);
    expect(snapshot(loaded, { sheet: 'Team', date: '2026-12-01' })).toMatchObject({
      ok: false,
      source: 'core',
      key: 'snapshotNoMatrix',
    });
    expect(snapshot(loaded, { sheet: SHEET_MATRIX, date: '2026-12-32' }, 'en')).toMatchObject({
      ok: false,
      key: 'snapshotBadDate',
      message: expect.stringContaining('YYYY-MM-DD'),
    });
    loaded.gas.lock.contended = true;
    expect(snapshot(loaded)).toMatchObject({ ok: false, source: 'sheets', key: 'busy' });
    expect(sheetNames(loaded)).toEqual(names);
  });

  it('the sidebar bridge saves over google.script.run in the panel language; a refusal arrives as a core error', async () => {
    const { loaded, spreadsheet } = setUp();
    const idle = { setTimeout: () => 0, clearTimeout: () => {} };
    const visible = { hidden: () => false, onChange: () => () => {} };
    const bridge = new SheetsBridge(
      new ServerClient(scriptRunOver(loaded)),
      { locale: 'nl', lang: 'nl' },
      idle,
      visible,
    );
    bridge.setLanguage('en');
    await expect(bridge.saveSnapshot(REQUEST)).resolves.toBe('Scan 2026-12-01');
    expect(spreadsheet.getSheetByName('Scan 2026-12-01')!.protections[0]!.description).toBe(
      ROUNDS_MESSAGES.snapshotProtection.en,
    );
    await expect(bridge.listSheets()).resolves.toContain('Scan 2026-12-01');
    const refused = await bridge.saveSnapshot({ sheet: 'Team', date: '2026-12-01' }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(TeamscanError);
    expect((refused as TeamscanError).localized('en')).toMatch(/^Sheet Team does not exist/);
  });
});
