// Each Sheets probe with the fake made to answer the other way reports fail; every probe failing in turn (or
// throwing) never leaves the temporary sheet behind.

import { runSheetsSelfTest, sheetsSelfTestLauncher } from '../../../appsscript/sidebar/selftest/launcher';
import { SHEETS_PROBES } from '../../../appsscript/sidebar/selftest/probes';
import type { Probe } from '../../../shared/selftest/probe';
import { storedText, toStored } from '../../../shared/selftest/stored';
import { type SheetsHarnessOptions, sheetsHarness } from './harness';

async function statusOf(id: string, options: SheetsHarnessOptions = {}) {
  const h = sheetsHarness(options);
  const before = h.userState();
  const report = await runSheetsSelfTest(h.deps);
  expect(h.userState()).toBe(before);
  return report.run.results.find((r) => r.id === id)!;
}

/** Sheets not keeping an apostrophe text as text: number-like text in the temporary sheet turns into numbers. */
const numbersFromText: SheetsHarnessOptions['afterCall'] = (loaded) => {
  for (const sheet of loaded.gas.spreadsheet.sheets.filter((s) => s.name.startsWith('Teamscan-zelftest'))) {
    for (const [key, value] of sheet.values) {
      if (typeof value === 'string' && /^\d+(,\d+)?$/.test(value))
        sheet.values.set(key, Number(value.replace(',', '.')));
    }
  }
};

test('text-stays-text fails when "007" comes back as a number', async () => {
  const status = await statusOf('text-stays-text', { afterCall: numbersFromText });
  expect(status.status).toBe('fail');
  expect(String(status.saw)).toContain('7');
});

test('apostrophe-formulas fails when the apostrophe text reads back as a formula', async () => {
  const status = await statusOf('apostrophe-formulas', {
    afterCall: (loaded) => {
      for (const sheet of loaded.gas.spreadsheet.sheets.filter((s) => s.name.startsWith('Teamscan-zelftest'))) {
        if (sheet.values.get('20,1') === '=Jan') sheet.formulas.set('20,1', '=Jan');
      }
    },
  });
  expect(status.status).toBe('fail');
});

test('empty-vs-zero fails when an empty cell comes out as 0', async () => {
  const status = await statusOf('empty-vs-zero', {
    functionResult: (value) => (typeof value === 'number' ? value : 0),
  });
  expect(status.status).toBe('fail');
  expect(status.saw).toBe('leeg → 0, 0 → 0');
});

test('compare-and-set fails when the save lands over the colleague’s value', async () => {
  const status = await statusOf('compare-and-set', {
    // The fake "loses" the colleague's value before each save's read: the save then finds what it loaded.
    afterCall: (loaded, name) => {
      if (name !== 'teamscanSelfTest') return;
      for (const sheet of loaded.gas.spreadsheet.sheets.filter((s) => s.name.startsWith('Teamscan-zelftest'))) {
        sheet.values.set('2,2', 1);
      }
    },
  });
  expect(status.status).toBe('fail');
});

test('document-lock fails when the lock is never granted', async () => {
  const h = sheetsHarness();
  h.loaded.gas.lock.contended = true;
  const report = await runSheetsSelfTest(h.deps);
  expect(report.run.results.find((r) => r.id === 'document-lock')!.status).toBe('fail');
});

test('hidden-log fails on a visible change log', async () => {
  const h = sheetsHarness();
  h.loaded.gas.spreadsheet.insertSheet('Teamscan-log', 1);
  const report = await runSheetsSelfTest(h.deps);
  expect(report.run.results.find((r) => r.id === 'hidden-log')!.status).toBe('fail');
});

test('polling-interval fails when one round trip takes longer than the interval', async () => {
  const h = sheetsHarness();
  let time = 0;
  const report = await runSheetsSelfTest({ ...h.deps, clock: { ...h.deps.clock, now: () => (time += 1500) } });
  expect(report.run.results.find((r) => r.id === 'polling-interval')!.status).toBe('fail');
});

test('each probe throwing in turn, and all at once: the temporary sheet is always removed', async () => {
  const throwing = (probe: Probe<unknown>): Probe<never> => ({
    ...probe,
    run: () => Promise.reject(new Error(`${probe.id} broke`)),
  });
  for (let index = 0; index <= SHEETS_PROBES.length; index++) {
    const h = sheetsHarness();
    const before = h.userState();
    const probes = SHEETS_PROBES.map((probe, i) =>
      i === index || index === SHEETS_PROBES.length ? throwing(probe as Probe<unknown>) : probe,
    );
    const report = await runSheetsSelfTest(h.deps, undefined, probes);
    expect(report.run.cleanup).toEqual({ removed: true });
    expect(h.userState()).toBe(before);
    expect(h.loaded.gas.spreadsheet.sheets.some((s) => s.name.startsWith('Teamscan-zelftest'))).toBe(false);
  }
});

/** No sheet of the run is left: the temporary sheets are gone whatever a probe saw. */
const noTempSheets = (h: ReturnType<typeof sheetsHarness>) =>
  expect(h.loaded.gas.spreadsheet.sheets.filter((s) => s.name.startsWith('Teamscan-zelftest'))).toEqual([]);

test('flush-rollback fails when a strict rule does not stop the save: nothing fails, so nothing is taken back', async () => {
  const h = sheetsHarness();
  h.loaded.gas.spreadsheet.acceptsInvalid = true;
  const report = await runSheetsSelfTest(h.deps);
  const result = report.run.results.find((r) => r.id === 'flush-rollback')!;
  expect([result.status, result.saw]).toEqual(['fail', 'opgeslagen/saved; B3 → 3']);
  noTempSheets(h);
  // The product's safe path for a failed probe: the panel names it at start-up.
  const launcher = sheetsSelfTestLauncher(h.deps);
  await h.deps.client.call('selfTest', 'store', storedText(toStored(report)));
  expect(await launcher.notice('en')).toContain('flush-rollback');
});

test('snapshot-protected fails when the protection does not keep its description: the save lands', async () => {
  const h = sheetsHarness({
    afterCall: (loaded, name) => {
      if (name !== 'teamscanSelfTest') return;
      for (const sheet of loaded.gas.spreadsheet.sheets) for (const p of sheet.protections) p.description = '';
    },
  });
  const report = await runSheetsSelfTest(h.deps);
  const result = report.run.results.find((r) => r.id === 'snapshot-protected')!;
  expect([result.status, result.saw]).toEqual(['fail', 'opgeslagen/saved; B2 → 3']);
  noTempSheets(h);
});

test('dialog-parts fails when the dialog gets part of the page, and when it never answers', async () => {
  const cut = await statusOf('dialog-parts', {
    dialogPage: (html) =>
      html.replace(/(<p id="m">)([^<]*)/, (_, open: string, text: string) => open + text.slice(0, 16_384)),
  });
  expect([cut.status, cut.saw]).toEqual(['fail', '16384 ontvangen/received']);
  const silent = await statusOf('dialog-parts', { dialogPage: () => undefined });
  expect(silent.status).toBe('fail');
  expect(silent.saw).toEqual({
    nl: 'het venster meldde niets binnen 10 s',
    en: 'the dialog reported nothing within 10 s',
  });
});

test('document-lock fails without a document lock, and a save then takes the safe path: refused as busy', async () => {
  const h = sheetsHarness();
  h.loaded.gas.lock.missing = true;
  const before = h.userState();
  const report = await runSheetsSelfTest(h.deps);
  const result = report.run.results.find((r) => r.id === 'document-lock')!;
  expect(result.status).toBe('fail');
  expect(result.saw).toEqual(expect.objectContaining({ en: 'getDocumentLock gave null (no document lock)' }));
  noTempSheets(h);
  await expect(
    h.deps.bridge.writeRow({
      sheet: 'Teammatrix',
      headerRow: 1,
      row: 2,
      nameHeader: 'Naam',
      expectedName: 'Jan',
      cells: [{ header: 'coach', expected: 2, value: 3 }],
    }),
  ).rejects.toMatchObject({ key: 'busy' });
  expect(h.userState()).toBe(before);
});

test('scopes fails when the user left a scope out (granular consent), naming it', async () => {
  const h = sheetsHarness();
  h.loaded.gas.grantedScopes = h.loaded.gas.grantedScopes.filter((scope) => !scope.endsWith('/forms'));
  const report = await runSheetsSelfTest(h.deps);
  const result = report.run.results.find((r) => r.id === 'scopes')!;
  expect([result.status, result.saw]).toEqual([
    'fail',
    'spreadsheets.currentonly, script.container.ui; ontbreekt/missing: forms',
  ]);
  noTempSheets(h);
});
