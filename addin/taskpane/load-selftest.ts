// The task pane's self-test launcher: adds selftest.js (built beside taskpane.js) on first use, as reports.js is,
// and reads the last result from the workbook's settings at start-up.

import type { Language } from '../../shared/i18n/language';
import { panelText } from '../../shared/selftest/panel-texts';
import type { Fallbacks, StoredSelfTest } from '../../shared/selftest/stored';
import type { SelfTestLauncher } from '../../shared/ui/selftest/launcher';
import type { ExcelBridge } from '../excel/bridge';
import { type DocumentSettings, readStored } from '../selftest/settings';
import { loadChunk } from './load-chunk';

/** The global selftest.js assigns (esbuild's globalName). */
export const SELF_TEST_GLOBAL = 'TeamscanSelfTest';

/** What the task pane hands the self-test script. */
export interface SelfTestDeps {
  readonly bridge: ExcelBridge;
  readonly locale: string;
  readonly settings: DocumentSettings | undefined;
  /** Switches this task pane to the safe paths a new result calls for. */
  readonly onFallbacks: (fallbacks: Fallbacks) => void;
}

/** What selftest.js exports (addin/taskpane/selftest-entry.ts). */
export interface SelfTestScript {
  openExcelSelfTest(container: HTMLElement, lang: Language, deps: SelfTestDeps): void;
  startupNotice(stored: StoredSelfTest | undefined, lang: Language): string | undefined;
}

function notLoaded(lang: Language): Error {
  return new Error(panelText('notLoaded', lang, { file: 'selftest.js' }));
}

export function loadSelfTest(lang: Language, doc: Document = document): Promise<SelfTestScript> {
  return loadChunk('selftest.js', SELF_TEST_GLOBAL, () => notLoaded(lang), doc);
}

export function excelSelfTestLauncher(deps: SelfTestDeps): SelfTestLauncher {
  return {
    open: async (container, lang) =>
      (await loadSelfTest(lang, container.ownerDocument)).openExcelSelfTest(container, lang, deps),
    notice: async (lang) => {
      const stored = readStored(deps.settings);
      // The notice's words load with the self-test: only when the last one found something.
      if (!stored || !Object.values(stored.statuses).includes('fail')) return undefined;
      return (await loadSelfTest(lang)).startupNotice(stored, lang);
    },
  };
}
