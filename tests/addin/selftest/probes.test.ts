/** @jest-environment jsdom */
// The Excel self-test over the fakes answering as the documentation says: every probe passes (or is n.v.t. where
// the fake has nothing to show), the temporary sheet is gone afterwards and the user's sheet untouched.

import { EXCEL_PROBES, runExcelSelfTest } from '../../../addin/selftest/excel-self-test';
import { TEMP_PREFIX } from '../../../addin/selftest/host';
import { resultText } from '../../../shared/selftest/result-text';
import { harness, instantClock, USER_SHEET } from './harness';

function run(h: ReturnType<typeof harness>) {
  return runExcelSelfTest({
    run: h.excel.run,
    bridge: h.bridge,
    office: h.office,
    clock: instantClock,
    locale: 'nl-NL',
    now: () => '2026-12-07T06:10:00.000Z',
  });
}

test('every Excel probe passes against the documented fakes, and the workbook is left as it was', async () => {
  const h = harness();
  const before = h.userSheet();
  const report = await run(h);
  const statuses = Object.fromEntries(report.run.results.map((r) => [r.id, r.status]));
  expect(statuses).toEqual({
    'requirement-sets': 'pass',
    'text-stays-text': 'pass',
    'empty-vs-zero': 'pass',
    'parameter-addresses': 'pass',
    'value-preview-flag': 'pass',
    'range-find-one-cell': 'pass',
    'compare-and-set': 'pass',
    'snapshot-protected': 'pass',
    // No save has made the change log yet.
    'hidden-log': 'na',
    'dialog-parts': 'pass',
  });
  expect(report.run.cleanup).toEqual({ removed: true });
  expect(h.excel.book.sheets.map((s) => s.name)).toEqual(['Teammatrix']);
  expect(h.userSheet()).toBe(before);
  expect(report.run.results.map((r) => r.id)).toEqual(EXCEL_PROBES.map((p) => p.id));
  const text = resultText(report, 'nl');
  expect(text).toContain('Host: Excel · versie 16.0.17928.20114 · platform OfficeOnline · taal nl-NL');
  expect(USER_SHEET.length).toBe(2);
  expect(text).not.toContain(`${TEMP_PREFIX.slice(0, -1)} NIET`);
});

test('Excel on the web passes an empty cell as null: the empty-vs-zero probe passes there too', async () => {
  const report = await run(harness({ platform: 'web' }));
  expect(report.run.results.find((r) => r.id === 'empty-vs-zero')?.status).toBe('pass');
});
