// The preview's self-test: the probes its in-memory workbook can answer (text stays text, a stale save refused, a
// snapshot refusing a write) in a temporary sheet it removes; the host-only checks n.v.t. with why.

import type { Language } from '../shared/i18n/language';
import { notApplicable, type Probe, shown, verdict } from '../shared/selftest/probe';
import type { SelfTestReport } from '../shared/selftest/result-text';
import { errorMessage, runSelfTest, type SelfTestClock } from '../shared/selftest/runner';
import { PRODUCT_VERSION } from '../shared/selftest/version';
import type { SelfTestLauncher } from '../shared/ui/selftest/launcher';
import { renderSelfTest } from '../shared/ui/selftest/view';
import type { PreviewBridge } from './bridge';
import type { WorkbookStore } from './store';
import { cloneWorkbook, emptySheet, setCell } from './workbook';

interface PreviewProbeHost {
  readonly store: WorkbookStore;
  readonly bridge: PreviewBridge;
  readonly sheet: string;
  readonly made: string[];
}

const TEXT_VALUES = ['=Jan', '+31', '-', '007', '3,5', '2024-05-01'];

const textStaysText: Probe<PreviewProbeHost> = {
  id: 'text-stays-text',
  checks: { nl: 'Tekst blijft tekst', en: 'Text stays text' },
  expected: TEXT_VALUES.map((v) => JSON.stringify(v)).join(', '),
  run: async ({ bridge, sheet }) => {
    const values = (await bridge.readSheet(sheet)).grid.values[19] ?? [];
    return verdict(
      TEXT_VALUES.every((value, i) => values[i] === value),
      values.map((v) => shown(v)).join(', '),
    );
  },
};

async function refusal(run: () => Promise<void>): Promise<string> {
  try {
    await run();
    return '';
  } catch (error) {
    return errorMessage(error);
  }
}

const staleWrite = (sheet: string) => ({
  sheet,
  headerRow: 1,
  row: 2,
  nameHeader: 'Naam',
  expectedName: 'Proef',
  cells: [{ header: 'coach', expected: 1, value: 3 }],
});

const compareAndSet: Probe<PreviewProbeHost> = {
  id: 'compare-and-set',
  checks: {
    nl: 'Opslaan weigert als de cel na het laden veranderde',
    en: 'Saving is refused when the cell changed after loading',
  },
  expected: { nl: 'geweigerd', en: 'refused' },
  run: async ({ bridge, sheet }) => {
    const refused = await refusal(() => bridge.writeRow(staleWrite(sheet)));
    return verdict(refused !== '', refused || 'opgeslagen/saved');
  },
};

/** The preview's stand-in for protection is a read-only sheet (the grid takes no edits there): checked, not written. */
const snapshotProtected: Probe<PreviewProbeHost> = {
  id: 'snapshot-protected',
  checks: { nl: 'Een momentopname is alleen-lezen', en: 'A snapshot is read-only' },
  expected: 'readOnly',
  run: async ({ store, bridge, sheet, made }) => {
    const name = await bridge.saveSnapshot({ sheet, date: '2026-01-01' });
    made.push(name);
    const copy = store.workbook.sheets.find((s) => s.name === name);
    return verdict(copy?.readOnly === true, `${name}: readOnly ${shown(copy?.readOnly ?? false)}`);
  },
};

const hostOnly = (id: string): Probe<PreviewProbeHost> => ({
  id,
  checks: { nl: id, en: id },
  expected: '—',
  run: async () =>
    notApplicable({
      nl: 'alleen in Excel of Google Sheets; de preview is geen host',
      en: 'only in Excel or Google Sheets; the preview is no host',
    }),
});

export const PREVIEW_PROBES: readonly Probe<PreviewProbeHost>[] = [
  textStaysText,
  compareAndSet,
  snapshotProtected,
  ...[
    'empty-vs-zero',
    'parameter-addresses',
    'requirement-sets',
    'range-find-one-cell',
    'hidden-log',
    'dialog-parts',
  ].map(hostOnly),
];

/** The temporary sheet in the in-memory workbook, and every sheet a probe made, removed in one change. */
function previewTarget(store: WorkbookStore, bridge: PreviewBridge) {
  let host: PreviewProbeHost | undefined;
  return {
    async createTempSheet() {
      const names = new Set(store.workbook.sheets.map((s) => s.name));
      let name = 'Teamscan-zelftest-000000';
      for (let i = 1; names.has(name); i++) name = `Teamscan-zelftest-${String(i).padStart(6, '0')}`;
      const next = cloneWorkbook(store.workbook);
      const sheet = emptySheet(name);
      const rows: (string | number)[][] = [
        ['Naam', 'coach'],
        ['Proef', 2],
      ];
      for (const [r, row] of rows.entries()) for (const [c, value] of row.entries()) setCell(sheet, r, c, value);
      for (const [c, value] of TEXT_VALUES.entries()) setCell(sheet, 19, c, value);
      next.sheets.push(sheet);
      store.set(next);
      host = { store, bridge, sheet: name, made: [] };
      return host;
    },
    async removeTempSheet() {
      if (!host) return;
      const gone = new Set([host.sheet, ...host.made]);
      const next = cloneWorkbook(store.workbook);
      store.set({ ...next, sheets: next.sheets.filter((s) => !gone.has(s.name)) });
    },
  };
}

export async function runPreviewSelfTest(
  store: WorkbookStore,
  bridge: PreviewBridge,
  clock: SelfTestClock,
  onProgress?: (done: number, total: number, probe?: string) => void,
  probes: readonly Probe<PreviewProbeHost>[] = PREVIEW_PROBES,
): Promise<SelfTestReport> {
  const at = new Date(clock.now()).toISOString();
  const run = await runSelfTest(previewTarget(store, bridge), probes, { clock, ...(onProgress ? { onProgress } : {}) });
  return {
    info: {
      host: 'Preview',
      version: PRODUCT_VERSION,
      platform: 'browser',
      locale: bridge.locale,
      product: PRODUCT_VERSION,
    },
    at,
    run,
  };
}

export function previewSelfTestLauncher(
  store: WorkbookStore,
  bridge: PreviewBridge,
  clock: SelfTestClock,
): SelfTestLauncher {
  return {
    open: async (container, lang: Language) =>
      renderSelfTest(container, { lang, run: (onProgress) => runPreviewSelfTest(store, bridge, clock, onProgress) }),
    notice: async () => undefined,
  };
}
