// The Apps Script harness's usual start: the built project with npuls injected, and the sidebar's bridge over it.

import { ENDPOINTS } from '../../appsscript/api';
import { SheetsBridge } from '../../appsscript/sidebar/bridge';
import { ServerClient } from '../../appsscript/sidebar/client';
import { builtinProfileOrFail } from '../../shared/profiles/resolve';
import { buildWorkbookPlan } from '../../shared/workbook/build-plan';
import { type LoadedGas, loadGas } from './fake/load-gas';
import { scriptRunOver } from './fake/script-run';

/** The built project on a fresh spreadsheet, npuls injected by area with these names (Dutch). */
export function injectedGas(names: readonly string[]): LoadedGas {
  const loaded = loadGas();
  const plan = buildWorkbookPlan({ profile: builtinProfileOrFail('npuls'), detail: 'gebieden', lang: 'nl', names });
  expect(loaded.call(ENDPOINTS.applyPlan, plan, 'nl')).toEqual({ ok: true, value: null });
  return loaded;
}

/** The sidebar's SheetsBridge over google.script.run to `loaded`; its selection poller never ticks. */
export function sidebarBridge(loaded: LoadedGas): SheetsBridge {
  const idle = { setTimeout: () => 0, clearTimeout: () => {} };
  const visible = { hidden: () => false, onChange: () => () => {} };
  return new SheetsBridge(new ServerClient(scriptRunOver(loaded)), { locale: 'nl', lang: 'nl' }, idle, visible);
}
