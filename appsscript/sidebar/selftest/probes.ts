// The Sheets probes: text stays text, getFormulas of apostrophe text, an empty cell reaching a custom function, a
// compare-and-set save refused, the polling interval, the hidden log (the ones the server shows are in
// probes-server.ts); and the Excel-only checks, n.v.t. here with why.

import { LOG_SHEET } from '../../../shared/host/change-log';
import { KeyedError } from '../../../shared/i18n/keyed-error';
import { notApplicable, type Probe, shown, verdict } from '../../../shared/selftest/probe';
import { errorMessage } from '../../../shared/selftest/runner';
import { MAX_POLL_INTERVAL_MS, POLL_INTERVAL_MS } from '../polling';
import { type SheetsProbeHost, TEXT_VALUES } from './host';
import { dialogParts, documentLock, flushRollback, scopes, snapshotProtected } from './probes-server';

type SheetsProbe = Probe<SheetsProbeHost>;

const row = async (host: SheetsProbeHost, index: number, formulas = false) => {
  const snapshot = await host.bridge.readSheet(host.sheet, { formulas });
  return { values: snapshot.grid.values[index] ?? [], formulas: snapshot.formulas?.[index] ?? [] };
};

/** The product writes every text with a leading apostrophe (server/cell-text.ts); read back, it is the same text. */
export const textStaysText: SheetsProbe = {
  id: 'text-stays-text',
  checks: {
    nl: `Tekst blijft tekst (met apostrof geschreven): ${TEXT_VALUES.map((v) => JSON.stringify(v)).join(', ')}`,
    en: `Text stays text (written with an apostrophe): ${TEXT_VALUES.map((v) => JSON.stringify(v)).join(', ')}`,
  },
  expected: { nl: 'dezelfde tekst terug', en: 'the same text back' },
  run: async (host) => {
    const { values } = await row(host, 19);
    const seen = TEXT_VALUES.map((_, i) =>
      shown(values[i] instanceof Date ? `Date ${values[i].toISOString()}` : values[i]),
    );
    return verdict(
      TEXT_VALUES.every((value, i) => values[i] === value),
      seen.join(', '),
    );
  },
};

/** Range.getFormulas gives "" for a cell without a formula: an apostrophe text "=Jan" must not come back as one. */
export const apostropheFormulas: SheetsProbe = {
  id: 'apostrophe-formulas',
  checks: {
    nl: 'getFormulas van de tekst "=Jan" (met apostrof geschreven)',
    en: 'getFormulas of the text "=Jan" (written with an apostrophe)',
  },
  expected: { nl: 'geen formule', en: 'no formula' },
  run: async (host) => {
    const { formulas } = await row(host, 19, true);
    const formula = formulas[0] ?? null;
    return verdict(!formula, shown(formula ?? ''));
  },
};

/** SCORE over a person whose cell is empty and one whose cell holds 0 (custom functions get "" for an empty cell). */
export const emptyVersusZero: SheetsProbe = {
  id: 'empty-vs-zero',
  checks: {
    nl: 'Een lege cel bereikt SCORE als leeg, niet als 0',
    en: 'An empty cell reaches SCORE as empty, not as 0',
  },
  expected: { nl: 'leeg: "" of een fout, 0: 0', en: 'empty: "" or an error, 0: 0' },
  run: async (host) => {
    let results: unknown[] = [];
    for (let attempt = 0; attempt < 20; attempt++) {
      const snapshot = await host.bridge.readSheet(host.sheet);
      results = [snapshot.grid.values[9]?.[3] ?? null, snapshot.grid.values[10]?.[3] ?? null];
      // A custom function still computing reads "Loading..." (or nothing yet).
      if (results[1] !== null && !String(results[1]).startsWith('Loading')) break;
      await host.wait(500);
    }
    const [empty, zero] = results;
    const seen = `leeg → ${shown(empty)}, 0 → ${shown(zero)}`;
    if (zero === null || String(zero).startsWith('Loading')) {
      return notApplicable({
        nl: `de functies gaven geen uitkomst (${seen})`,
        en: `the functions gave no result (${seen})`,
      });
    }
    return verdict(empty !== 0 && zero === 0, seen);
  },
};

/** The form loaded coach = 1; a colleague made it 2: the save must be refused, under the document lock, writing nothing. */
async function staleSave(host: SheetsProbeHost): Promise<unknown> {
  try {
    await host.bridge.writeRow({
      sheet: host.sheet,
      headerRow: 1,
      row: 2,
      nameHeader: 'Naam',
      expectedName: 'Proef',
      cells: [{ header: 'coach', expected: 1, value: 3 }],
    });
    return undefined;
  } catch (error) {
    return error;
  }
}

const isKey = (error: unknown, key: string) => error instanceof KeyedError && error.key === key;

export const compareAndSet: SheetsProbe = {
  id: 'compare-and-set',
  checks: {
    nl: 'Opslaan weigert als de cel na het laden veranderde',
    en: 'Saving is refused when the cell changed after loading',
  },
  expected: { nl: 'geweigerd, de nieuwe waarde blijft', en: 'refused, the new value stays' },
  run: async (host) => {
    const refusal = await staleSave(host);
    const after = (await row(host, 1)).values[1];
    const seen = `${refusal ? `geweigerd/refused: ${errorMessage(refusal)}` : 'opgeslagen/saved'}; B2 → ${shown(after)}`;
    return verdict(refusal !== undefined && !isKey(refusal, 'busy') && after === 2, seen);
  },
};

/** The sidebar polls the active cell (no selection event): one round trip must fit in the fast interval. */
export const pollingInterval: SheetsProbe = {
  id: 'polling-interval',
  checks: {
    nl: 'Eén keer de selectie vragen past in het poll-interval',
    en: 'One selection request fits in the polling interval',
  },
  expected: `< ${POLL_INTERVAL_MS} ms`,
  run: async (host) => {
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      const start = host.now();
      await host.bridge.getSelection();
      times.push(host.now() - start);
    }
    const median = [...times].sort((a, b) => a - b)[1]!;
    return verdict(
      median < POLL_INTERVAL_MS,
      `${times.map((t) => `${Math.round(t)} ms`).join(', ')}; interval ${POLL_INTERVAL_MS}–${MAX_POLL_INTERVAL_MS} ms`,
    );
  },
};

export const hiddenLog: SheetsProbe = {
  id: 'hidden-log',
  checks: { nl: `Het wijzigingslogboek "${LOG_SHEET}" is verborgen`, en: `The change log "${LOG_SHEET}" is hidden` },
  expected: { nl: 'verborgen', en: 'hidden' },
  run: async ({ logHidden }) => {
    if (logHidden === null) {
      return notApplicable({
        nl: 'nog geen logboek (er is nog niet opgeslagen)',
        en: 'no log yet (nothing saved so far)',
      });
    }
    return verdict(logHidden, logHidden ? 'hidden' : 'visible');
  },
};

/** A check only Excel can answer, reported n.v.t. with why. */
function notHere(id: string, checks: string, why: { nl: string; en: string }): SheetsProbe {
  return { id, checks: { nl: checks, en: checks }, expected: '—', run: async () => notApplicable(why) };
}

export const EXCEL_ONLY: readonly SheetsProbe[] = [
  notHere('parameter-addresses', 'parameterAddresses', {
    nl: 'alleen Excel; Apps Script geeft een lege cel als ""',
    en: 'Excel only; Apps Script passes an empty cell as ""',
  }),
  notHere('requirement-sets', 'requirement sets', {
    nl: 'alleen Excel (Office API-sets)',
    en: 'Excel only (Office API sets)',
  }),
  notHere('range-find-one-cell', 'Range.find', {
    nl: 'alleen Excel; Teamscan zoekt in Sheets niet',
    en: 'Excel only; Teamscan does not search in Sheets',
  }),
];

export const SHEETS_PROBES: readonly SheetsProbe[] = [
  textStaysText,
  apostropheFormulas,
  emptyVersusZero,
  compareAndSet,
  documentLock,
  flushRollback,
  pollingInterval,
  scopes,
  hiddenLog,
  snapshotProtected,
  dialogParts,
  ...EXCEL_ONLY,
];
