// Google Sheets: re-injection keeps what a user typed on Profiel and Dekking (docs/design.md#7-the-injected-workbook), through the sidebar's
// bridge and the built server; a colleague's cell typed after the read is found under the document lock.

import { SheetsBridge } from '../../appsscript/sidebar/bridge';
import { ServerClient } from '../../appsscript/sidebar/client';
import { builtinProfileOrFail } from '../../shared/profiles/resolve';
import { dateSerial } from '../../shared/workbook/carry-over';
import { SHEET_DASHBOARD, SHEET_PROFILE } from '../../shared/workbook/plan';
import { carriedCells, type Injection, panelPlan } from '../workbook/carry-helpers';
import { SERVICE_ERROR } from './fake/faults';
import { type LoadedGas, loadGas } from './fake/load-gas';
import { scriptRunOver } from './fake/script-run';
import { workbookState } from './fake/snapshot';

const FIRST: Injection = {
  profile: builtinProfileOrFail('npuls'),
  detail: 'gebieden',
  lang: 'nl',
  names: ['Anna', 'Bram', 'Chris'],
};
const AGAIN: Injection = { ...FIRST, detail: 'competenties', names: [] };
/** A 1-based row of Profiel below the npuls table (header at row 6, 133 rows under it). */
const BELOW_TABLE = 151;
const DATE = 'new Date(2025, 1, 3, 9, 0)';

function bridgeOver(loaded: LoadedGas): SheetsBridge {
  const idle = { setTimeout: () => 0, clearTimeout: () => {} };
  const visible = { hidden: () => false, onChange: () => () => {} };
  return new SheetsBridge(new ServerClient(scriptRunOver(loaded)), { locale: 'nl', lang: 'nl' }, idle, visible);
}

const sheet = (loaded: LoadedGas, name: string) => loaded.gas.spreadsheet.getSheetByName(name)!;

/** An injected spreadsheet where the team lead added a note, a formula and a date on Dekking, a note on Profiel. */
async function editedSpreadsheet() {
  const loaded = loadGas();
  const bridge = bridgeOver(loaded);
  await bridge.applyPlan(await panelPlan(bridge, FIRST));
  const dekking = sheet(loaded, SHEET_DASHBOARD);
  // As the user types them: a leading apostrophe keeps "=…" text; "=SUM(…)" is a formula; a date is a Date.
  dekking.write(3, 13, "'let op: Bram met verlof");
  dekking.write(4, 13, '=SUM(B2:B3)');
  dekking.write(5, 13, loaded.evaluate(DATE));
  dekking.write(4, 14, "'=geen formule");
  sheet(loaded, SHEET_PROFILE).write(BELOW_TABLE, 1, "'eigen aantekening onder de tabel");
  return { loaded, bridge };
}

describe('Sheets re-injection keeps the user’s own cells', () => {
  it('keeps a note in Dekking!M3, =SUM(B2:B3) in M4, a date, a "=" text and a note below the Profiel table', async () => {
    const { loaded, bridge } = await editedSpreadsheet();
    const plan = await panelPlan(bridge, AGAIN, FIRST);
    expect(carriedCells(plan)).toHaveLength(5);
    await bridge.applyPlan(plan);
    const dekking = sheet(loaded, SHEET_DASHBOARD);
    expect(dekking.valueAt(3, 13)).toBe('let op: Bram met verlof');
    expect(dekking.formulas.get('4,13')).toBe('=SUM(B2:B3)');
    expect(dekking.valueAt(5, 13)).toBeCloseTo(dateSerial(new Date(2025, 1, 3, 9, 0)), 6);
    expect(dekking.valueAt(4, 14)).toBe('=geen formule');
    expect(dekking.formulas.has('4,14')).toBe(false);
    expect(sheet(loaded, SHEET_PROFILE).valueAt(BELOW_TABLE, 1)).toBe('eigen aantekening onder de tabel');
    const back = await panelPlan(bridge, FIRST, AGAIN);
    expect(carriedCells(back)).toHaveLength(5);
  });

  it('keeps typed norms B17=4, B19=3, C21=5 in their areas’ rows (adding a name, then in English at item detail)', async () => {
    const loaded = loadGas();
    const bridge = bridgeOver(loaded);
    await bridge.applyPlan(await panelPlan(bridge, FIRST));
    const dekking = () => sheet(loaded, SHEET_DASHBOARD);
    expect(dekking().formulas.get('17,2')).toBe('=IF($B$2="","",$B$2)');
    dekking().write(17, 2, 4);
    dekking().write(19, 2, 3);
    dekking().write(21, 3, 5);
    for (const next of [
      { ...FIRST, names: ['Dewi'] },
      { ...AGAIN, lang: 'en' as const },
    ]) {
      await bridge.applyPlan(await panelPlan(bridge, next, FIRST));
      expect([dekking().valueAt(17, 2), dekking().valueAt(19, 2), dekking().valueAt(21, 3)]).toEqual([4, 3, 5]);
      expect(dekking().formulas.has('17,2')).toBe(false);
      expect(dekking().formulas.get('18,2')).toBe('=IF($B$2="","",$B$2)');
      for (const row of [17, 19, 21]) expect(dekking().valueAt(row, 20) ?? '').toBe('');
    }
  });

  it('carries nothing when nobody edited the sheets', async () => {
    const loaded = loadGas();
    const bridge = bridgeOver(loaded);
    await bridge.applyPlan(await panelPlan(bridge, FIRST));
    for (const next of [AGAIN, { ...FIRST, lang: 'en' as const }]) {
      expect(carriedCells(await panelPlan(bridge, next, FIRST))).toEqual([]);
    }
  });

  it('refuses, under the lock, a cell a colleague typed on Dekking after the read, and writes nothing', async () => {
    const { loaded, bridge } = await editedSpreadsheet();
    const plan = await panelPlan(bridge, AGAIN, FIRST);
    let typed = false;
    // The colleague types while the injection's execution starts, after the sidebar read the sheet.
    loaded.gas.faults.beforeCall = () => {
      if (typed) return;
      typed = true;
      sheet(loaded, SHEET_DASHBOARD).write(10, 13, "'net getypt");
    };
    const before = { ...loaded.gas.lock };
    const result = loaded.call('teamscanApplyPlan', plan, 'nl') as { ok: boolean; message: string };
    expect(typed).toBe(true);
    expect(result.ok).toBe(false);
    expect(result.message).toMatch(/Dekking.*M10/);
    expect(loaded.gas.lock.acquired).toBe(before.acquired + 1);
    expect(loaded.gas.lock.held).toBe(false);
    loaded.gas.faults.beforeCall = undefined;
    const state = workbookState(loaded.gas.spreadsheet);
    sheet(loaded, SHEET_DASHBOARD).write(10, 13, '');
    expect(JSON.stringify(state)).toContain('net getypt');
    // Only the colleague's cell differs from the spreadsheet before: nothing of the plan was written.
    expect(sheet(loaded, SHEET_DASHBOARD).valueAt(3, 13)).toBe('let op: Bram met verlof');
    expect(loaded.gas.spreadsheet.sheets.map((s) => s.getName())).not.toContain('Dekking (nieuw)');
  });

  it('refuses when a carried cell was changed since the read', async () => {
    const { loaded, bridge } = await editedSpreadsheet();
    const plan = await panelPlan(bridge, AGAIN, FIRST);
    sheet(loaded, SHEET_PROFILE).write(BELOW_TABLE, 1, "'iets anders");
    const result = loaded.call('teamscanApplyPlan', plan, 'nl') as { ok: boolean; message: string };
    expect(result.message).toMatch(/Profiel.*A151/);
  });

  it('with carried cells, a failure at any call leaves the spreadsheet as it was, or done', async () => {
    const { loaded: probe, bridge } = await editedSpreadsheet();
    const plan = await panelPlan(bridge, { ...FIRST, names: [] }, FIRST);
    expect(carriedCells(plan)).toHaveLength(5);
    const base = async () => (await editedSpreadsheet()).loaded;
    const before = workbookState(probe.gas.spreadsheet);
    probe.gas.faults.calls = 0;
    expect((probe.call('teamscanApplyPlan', plan, 'nl') as { ok: boolean }).ok).toBe(true);
    const after = JSON.stringify(workbookState(probe.gas.spreadsheet));
    const total = probe.gas.faults.calls;
    const outcomes = new Set<string>();
    // Every call in turn would take minutes; every third one, and the last ten, cover each phase.
    const steps = Array.from({ length: total }, (_, i) => i + 1).filter((k) => k % 3 === 0 || k > total - 10);
    for (const k of steps) {
      const loaded = await base();
      Object.assign(loaded.gas.faults, { calls: 0, failAt: k });
      const result = loaded.call('teamscanApplyPlan', plan, 'nl') as { ok: boolean; message: string };
      const state = workbookState(loaded.gas.spreadsheet);
      if (result.ok) {
        const kept = state.filter((s) => !s.name.endsWith(' (oud)'));
        expect({ k, state: JSON.stringify(kept) }).toEqual({ k, state: after });
      } else {
        expect({ k, message: result.message }).toEqual({ k, message: SERVICE_ERROR });
        expect({ k, state: JSON.stringify(state) }).toEqual({ k, state: JSON.stringify(before) });
      }
      outcomes.add(result.ok ? 'done' : 'undone');
    }
    expect([...outcomes].sort()).toEqual(['done', 'undone']);
  }, 180_000);
});
