// The HostBridge contract against the sidebar's SheetsBridge, over google.script.run to the built server project
// in the Apps Script fake (tests/appsscript/fake).

import { SheetsBridge } from '../../appsscript/sidebar/bridge';
import { ServerClient } from '../../appsscript/sidebar/client';
import { describeBridge } from '../support/bridge-contract';
import { loadGas } from './fake/load-gas';
import { scriptRunOver } from './fake/script-run';

describeBridge('Google Sheets', () => {
  // No selection polling in the contract: timers that never fire, a page that is always visible.
  const idle = { setTimeout: () => 0, clearTimeout: () => {} };
  const visible = { hidden: () => false, onChange: () => () => {} };
  return new SheetsBridge(new ServerClient(scriptRunOver(loadGas())), { locale: 'nl', lang: 'nl' }, idle, visible);
});
