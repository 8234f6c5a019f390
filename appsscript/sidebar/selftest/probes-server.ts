// The Sheets probes that need the server to show a fact: a save failing when Sheets applies it taken back, a snapshot's
// protection refusing a save, a dialog receiving a long page, the document lock, and the scopes granted.

import { KeyedError } from '../../../shared/i18n/keyed-error';
import { failed, type Probe, passed, shown, verdict } from '../../../shared/selftest/probe';
import { errorMessage } from '../../../shared/selftest/runner';
import { ENDPOINTS } from '../../api';
import type { SheetsProbeHost } from './host';
import { MANIFEST_SCOPES } from './scopes';

type SheetsProbe = Probe<SheetsProbeHost>;

/** A save of one coach cell through the product's own path; the refusal, or undefined when it was saved. */
async function save(host: SheetsProbeHost, sheet: string, row: number, name: string, expected: number) {
  try {
    await host.bridge.writeRow({
      sheet,
      headerRow: 1,
      row,
      nameHeader: 'Naam',
      expectedName: name,
      cells: [{ header: 'coach', expected, value: 3 }],
    });
    return undefined;
  } catch (error) {
    return error;
  }
}

const coachCell = async (host: SheetsProbeHost, sheet: string, row: number) =>
  (await host.bridge.readSheet(sheet)).grid.values[row - 1]?.[1] ?? null;

const outcome = (refusal: unknown, cell: string, after: unknown) =>
  `${refusal === undefined ? 'opgeslagen/saved' : `geweigerd/refused: ${errorMessage(refusal)}`}; ${cell} → ${shown(after)}`;

/**
 * Row 3's coach cell takes only 0–2 under a strict rule (host.ts). Sheets may hold the save's write back and apply it
 * at the flush, where it fails; the save then puts the row and the change log back (server/save-row.ts).
 */
export const flushRollback: SheetsProbe = {
  id: 'flush-rollback',
  checks: {
    nl: 'Een schrijfactie die bij flush faalt, wordt teruggedraaid',
    en: 'A write failing at flush is rolled back',
  },
  expected: { nl: 'geweigerd, B3 blijft 1', en: 'refused, B3 stays 1' },
  run: async (host) => {
    const refusal = await save(host, host.sheet, 3, 'Flush', 1);
    const after = await coachCell(host, host.sheet, 3);
    return verdict(refusal !== undefined && after === 1, outcome(refusal, 'B3', after));
  },
};

/** A sheet protected as a snapshot is (server/snapshot.ts): a save into it must be refused, the cell unchanged. */
export const snapshotProtected: SheetsProbe = {
  id: 'snapshot-protected',
  checks: {
    nl: 'Een momentopname is beveiligd en weigert een schrijfactie',
    en: 'A snapshot is protected and refuses a write',
  },
  expected: { nl: 'geweigerd, B2 blijft 2', en: 'refused, B2 stays 2' },
  run: async (host) => {
    const sheet = await host.extraSheet(
      [
        ['Naam', 'coach'],
        ['Proef', 2],
      ],
      'snapshot',
    );
    const refusal = await save(host, sheet, 2, 'Proef', 2);
    const after = await coachCell(host, sheet, 2);
    const refused = refusal instanceof KeyedError && refusal.key === 'hostNotMatrixWrite';
    return verdict(refused && after === 2, outcome(refusal, 'B2', after));
  },
};

/** The characters the dialog's page carries, as the Excel probe's message. */
export const DIALOG_TEXT_LENGTH = 30_000;

/**
 * The page a report dialog gets, with DIALOG_TEXT_LENGTH characters of text; once loaded it tells the server how many
 * it received (google.script.run) and closes itself (google.script.host.close).
 */
export function dialogPage(sheet: string): string {
  const text = 'Teamscan '.repeat(Math.ceil(DIALOG_TEXT_LENGTH / 9)).slice(0, DIALOG_TEXT_LENGTH);
  const call = `google.script.run.withSuccessHandler(function(){google.script.host.close();}).${ENDPOINTS.selfTest}`;
  return [
    '<!doctype html><title>Teamscan-zelftest</title>',
    `<p id="m">${text}</p>`,
    `<script>${call}('seen',${JSON.stringify(sheet)},[[document.getElementById('m').textContent.length]]);</script>`,
  ].join('');
}

/** How long the probe waits for the dialog to answer: 20 × 500 ms. */
const DIALOG_POLLS = 20;

export const dialogParts: SheetsProbe = {
  id: 'dialog-parts',
  checks: {
    nl: `Een venster opent met een pagina van ${DIALOG_TEXT_LENGTH.toLocaleString('nl-NL')} tekens, meldt ze allemaal ontvangen en sluit`,
    en: `A dialog opens with a page of ${DIALOG_TEXT_LENGTH.toLocaleString('en-US')} characters, reports receiving all of them and closes`,
  },
  expected: { nl: `${DIALOG_TEXT_LENGTH} ontvangen`, en: `${DIALOG_TEXT_LENGTH} received` },
  run: async (host) => {
    // The report dialog's own endpoint; the page is the probe's, not a report (the bridge adds the Print button).
    await host.client.call('openReport', dialogPage(host.sheet), 'Teamscan-zelftest');
    for (let poll = 0; poll < DIALOG_POLLS; poll++) {
      const [, , seen] = (await host.client.call('selfTest', 'store', null)) as [unknown, unknown, unknown];
      const [sheet, count] = typeof seen === 'string' ? seen.split(' ') : [];
      if (sheet === host.sheet) {
        const received = Number(count);
        return verdict(received === DIALOG_TEXT_LENGTH, `${received} ontvangen/received`);
      }
      await host.wait(500);
    }
    return failed({ nl: 'het venster meldde niets binnen 10 s', en: 'the dialog reported nothing within 10 s' });
  },
};

/** Every save and injection runs under LockService's document lock (server/lock.ts): the server must get it. */
export const documentLock: SheetsProbe = {
  id: 'document-lock',
  checks: { nl: 'De server krijgt de documentvergrendeling', en: 'The server gets the document lock' },
  expected: { nl: 'vergrendeld en vrijgegeven', en: 'locked and released' },
  run: async (host) => {
    const had = await host.client.call('selfTest', 'lock', null);
    if (had === true) return passed('tryLock → true');
    return failed(
      had === null
        ? {
            nl: 'getDocumentLock gaf null (geen documentvergrendeling)',
            en: 'getDocumentLock gave null (no document lock)',
          }
        : { nl: `tryLock → ${shown(had)}`, en: `tryLock → ${shown(had)}` },
    );
  },
};

/** A scope as the result shows it: its last part ("spreadsheets.currentonly"). */
const shortScope = (scope: string) => scope.replace(/^.*\//, '');

/** The scopes of manifests/appsscript.json, as the user granted them (granular consent may leave some out). */
export const scopes: SheetsProbe = {
  id: 'scopes',
  checks: { nl: 'De toegestane scopes', en: 'The scopes granted' },
  expected: MANIFEST_SCOPES.map(shortScope).join(', '),
  run: async (host) => {
    const granted = await host.client.call('selfTest', 'scopes', null, [[...MANIFEST_SCOPES]]);
    const list = Array.isArray(granted) ? granted.map(String) : [];
    const missing = MANIFEST_SCOPES.filter((scope) => !list.includes(scope)).map(shortScope);
    const seen = Array.isArray(granted) ? list.map(shortScope).join(', ') : shown(granted);
    return verdict(missing.length === 0, missing.length ? `${seen}; ontbreekt/missing: ${missing.join(', ')}` : seen);
  },
};
