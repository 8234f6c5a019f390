// Entry of dist/addin/selftest.js: the Excel self-test (probes and its block), loaded when the button is pressed.

import { localDate } from '../../shared/host/snapshot';
import type { Language } from '../../shared/i18n/language';
import { fallbacksOf, toStored } from '../../shared/selftest/stored';

export { startupNotice } from '../../shared/selftest/notice';

import { renderSelfTest } from '../../shared/ui/selftest/view';
import { closeReportDialog, type OfficeDialogs, openReportDialog } from '../excel/report-dialog';
import { officeRun } from '../excel/run';
import { runExcelSelfTest } from '../selftest/excel-self-test';
import type { OfficeFacts } from '../selftest/host';
import { runtimeState } from '../selftest/runtime-state';
import { writeStored } from '../selftest/settings';
import type { SelfTestDeps } from './load-selftest';

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Office's answers, each looked up when asked (an older Excel may lack some). */
function officeFacts(): OfficeFacts {
  const requirements = Office.context.requirements;
  const diagnostics = Office.context.diagnostics;
  const dialogs = Office as unknown as OfficeDialogs;
  return {
    ...(requirements
      ? { isSetSupported: (name: string, version: string) => requirements.isSetSupported(name, version) }
      : {}),
    ...(diagnostics ? { diagnostics: { version: diagnostics.version, platform: String(diagnostics.platform) } } : {}),
    lastInvocation: () => runtimeState().invocation,
    forgetInvocation: () => {
      delete runtimeState().invocation;
    },
    openDialog: (report, onClosed) =>
      openReportDialog(dialogs, window.location.href, report, onClosed).then(() => () => {
        closeReportDialog(dialogs);
      }),
    wait,
    today: localDate(new Date()),
  };
}

export function openExcelSelfTest(container: HTMLElement, lang: Language, deps: SelfTestDeps): void {
  renderSelfTest(container, {
    lang,
    run: (onProgress) =>
      runExcelSelfTest(
        {
          run: officeRun,
          bridge: deps.bridge,
          office: officeFacts(),
          clock: { now: () => Date.now(), after: wait },
          locale: deps.locale,
          now: () => new Date().toISOString(),
        },
        onProgress,
      ),
    store: async (report) => {
      const stored = toStored(report);
      deps.onFallbacks(fallbacksOf(stored));
      await writeStored(deps.settings, stored);
    },
  });
}
