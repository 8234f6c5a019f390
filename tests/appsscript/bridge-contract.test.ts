// The HostBridge contract against the sidebar's SheetsBridge, over google.script.run to the built server project
// in the Apps Script fake (tests/appsscript/fake).

import { describeBridge } from '../support/bridge-contract';
import { loadGas } from './fake/load-gas';
import { sidebarBridge } from './injected';

describeBridge('Google Sheets', () => sidebarBridge(loadGas()));
