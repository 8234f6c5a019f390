// The Sheets self-test: run in the sidebar against the temporary sheet, its result kept in the document properties.

import type { Language } from '../../../shared/i18n/language';
import { startupNotice } from '../../../shared/selftest/notice';
import type { Probe } from '../../../shared/selftest/probe';
import type { HostInfo, SelfTestReport } from '../../../shared/selftest/result-text';
import { runSelfTest, type SelfTestClock } from '../../../shared/selftest/runner';
import { parseStored, storedText, toStored } from '../../../shared/selftest/stored';
import { PRODUCT_VERSION } from '../../../shared/selftest/version';
import type { SelfTestLauncher } from '../../../shared/ui/selftest/launcher';
import { renderSelfTest } from '../../../shared/ui/selftest/view';
import type { SheetsBridge } from '../bridge';
import type { ServerClient } from '../client';
import { type SheetsProbeHost, sheetsTarget } from './host';
import { SHEETS_PROBES } from './probes';

export interface SheetsSelfTestDeps {
  readonly client: ServerClient;
  readonly bridge: SheetsBridge;
  readonly clock: SelfTestClock;
  /** The browser the sidebar runs in (navigator.userAgent): Sheets has no version of its own to report. */
  readonly platform: string;
  readonly now: () => string;
}

export function sheetsInfo(deps: SheetsSelfTestDeps): HostInfo {
  return {
    host: 'Google Sheets',
    version: 'Apps Script V8',
    platform: deps.platform || '?',
    locale: deps.bridge.locale,
    product: PRODUCT_VERSION,
  };
}

export async function runSheetsSelfTest(
  deps: SheetsSelfTestDeps,
  onProgress?: (done: number, total: number, probe?: string) => void,
  probes: readonly Probe<SheetsProbeHost>[] = SHEETS_PROBES,
): Promise<SelfTestReport> {
  const at = deps.now();
  const timing = { wait: deps.clock.after, now: deps.clock.now };
  const run = await runSelfTest(sheetsTarget(deps.client, deps.bridge, timing), probes, {
    clock: deps.clock,
    ...(onProgress ? { onProgress } : {}),
  });
  return { info: sheetsInfo(deps), at, run };
}

export function sheetsSelfTestLauncher(deps: SheetsSelfTestDeps): SelfTestLauncher {
  return {
    open: async (container, lang: Language) =>
      renderSelfTest(container, {
        lang,
        run: (onProgress) => runSheetsSelfTest(deps, onProgress),
        store: async (report) => {
          await deps.client.call('selfTest', 'store', storedText(toStored(report)));
        },
      }),
    notice: async (lang) => {
      const [stored] = (await deps.client.call('selfTest', 'store', null)) as [unknown, unknown];
      return startupNotice(parseStored(stored), lang);
    },
  };
}
