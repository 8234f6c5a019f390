// The Sheets change log speaks the panel's language: the SheetsBridge sends its language with every save and
// the server writes a new Teamscan-log's header in it.

import { SheetsBridge } from '../../appsscript/sidebar/bridge';
import { ServerClient } from '../../appsscript/sidebar/client';
import { LOG_HEADER, LOG_SHEET } from '../../shared/host/change-log';
import { builtinProfileOrFail } from '../../shared/profiles/resolve';
import { buildWorkbookPlan } from '../../shared/workbook/build-plan';
import { loadGas } from './fake/load-gas';
import { scriptRunOver } from './fake/script-run';
import { loadForm, save } from './row-form';

function setUp() {
  const loaded = loadGas();
  const plan = buildWorkbookPlan({
    profile: builtinProfileOrFail('npuls'),
    detail: 'gebieden',
    lang: 'nl',
    names: ['Anna', 'Bram'],
  });
  expect(loaded.call('teamscanApplyPlan', plan, 'nl')).toEqual({ ok: true, value: null });
  const idle = { setTimeout: () => 0, clearTimeout: () => {} };
  const visible = { hidden: () => false, onChange: () => () => {} };
  const bridge = new SheetsBridge(new ServerClient(scriptRunOver(loaded)), { locale: 'nl', lang: 'nl' }, idle, visible);
  return { loaded, bridge, log: () => loaded.gas.spreadsheet.getSheetByName(LOG_SHEET) };
}

test('a save through the bridge after switching to English creates the log with the English header', async () => {
  const { loaded, bridge, log } = setUp();
  bridge.setLanguage('en');
  await bridge.writeRow(loadForm(loaded).write(2, { Adviseur: 3 }));
  expect(log()!.rowValues(1, 5)).toEqual([...LOG_HEADER.en]);
  expect(log()!.rowValues(2, 5).slice(1)).toEqual(['Anna', 'Adviseur', '', 3]);
});

test('a Dutch panel writes the Dutch header; the endpoint reads anything but "en" as Dutch', () => {
  const { loaded, log } = setUp();
  expect(save(loaded, loadForm(loaded).write(2, { Adviseur: 3 }), 'nl')).toEqual({ ok: true, value: null });
  expect(log()!.rowValues(1, 5)).toEqual([...LOG_HEADER.nl]);
  const other = setUp();
  expect(other.loaded.call('teamscanWriteRow', loadForm(other.loaded).write(3, { Coach: 1 }), 'fr')).toEqual({
    ok: true,
    value: null,
  });
  expect(other.log()!.rowValues(1, 5)).toEqual([...LOG_HEADER.nl]);
});
