// The sidebar's entry (composition root): asks the server for its context and mounts the shared panel.

import type { PartId } from '../../shared/ui/App';
import { mountPanel } from '../../shared/ui/mount';
import { showOutsideHost } from '../../shared/ui/outside-host';
import { provideSelfscanForm } from '../../shared/ui/selfscan/form-slot';
import { SelfscanForm } from '../../shared/ui/selfscan/SelfscanForm';
import type { SidebarView } from '../api';
import { SheetsBridge } from './bridge';
import { type ScriptRun, ServerClient } from './client';
import { sheetsSelfTestLauncher } from './selftest/launcher';

interface GoogleGlobal {
  readonly google?: { readonly script?: { readonly run?: ScriptRun } };
}

/** The menu item the sidebar was opened from decides the panel's first part. */
const FIRST_PART: Record<SidebarView, PartId> = { inject: 'inject', scan: 'scan', dashboard: 'coverage' };

async function start(root: HTMLElement): Promise<void> {
  const client = new ServerClient(() => {
    const run = (globalThis as GoogleGlobal).google?.script?.run;
    if (!run) throw new Error('google.script.run is not available: open Teamscan from the spreadsheet menu.');
    return run;
  });
  const context = await client.call('getContext');
  const bridge = new SheetsBridge(client, context);
  // The self-scan form is Google's: only this host's panel carries its part (docs/google-sheets.md).
  provideSelfscanForm(SelfscanForm);
  const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
  const selfTest = sheetsSelfTestLauncher({
    client,
    bridge,
    clock: { now: () => Date.now(), after: wait },
    platform: navigator.userAgent,
    now: () => new Date().toISOString(),
  });
  mountPanel(root, bridge, {
    selfTest,
    lang: context.lang,
    initialPart: FIRST_PART[context.view],
    onLanguage: (lang) => {
      document.documentElement.lang = lang;
      bridge.setLanguage(lang);
    },
  });
}

const root = document.getElementById('root');
// Opened outside Google Sheets (no google.script.run): say what this page is and how to open it.
if (root && !(globalThis as GoogleGlobal).google?.script?.run) showOutsideHost(root, 'sheets');
else if (root) {
  start(root).catch((error: unknown) => {
    root.textContent = error instanceof Error ? error.message : String(error);
  });
}
