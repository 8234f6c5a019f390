// Each Sheets probe with the fake made to answer the other way reports fail; every probe failing in turn (or
// throwing) never leaves the temporary sheet behind.

import { runSheetsSelfTest } from '../../../appsscript/sidebar/selftest/launcher';
import { SHEETS_PROBES } from '../../../appsscript/sidebar/selftest/probes';
import type { Probe } from '../../../shared/selftest/probe';
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

test('scopes fails when reading the sheet is not permitted (a scope not granted)', async () => {
  // Once the temporary sheet is there, reads are refused as Apps Script refuses a call without its scope.
  const status = await statusOf('scopes', {
    refuse: (name, loaded) =>
      name === 'teamscanReadSheet' && loaded.gas.spreadsheet.sheets.some((s) => s.name.startsWith('Teamscan-zelftest')),
  });
  expect(status.status).toBe('fail');
  expect(String(status.saw)).toContain('do not have permission');
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
