/** @jest-environment jsdom */
// The Excel temporary sheet never survives: each probe throwing in turn, all at once, a snapshot made before a
// throw; and a sheet Excel refuses to delete is said in the result.

import { EXCEL_PROBES, runExcelSelfTest } from '../../../addin/selftest/excel-self-test';
import type { ExcelProbeHost } from '../../../addin/selftest/host';
import type { Probe } from '../../../shared/selftest/probe';
import { resultText } from '../../../shared/selftest/result-text';
import { type Harness, harness, instantClock } from './harness';

const deps = (h: Harness) => ({
  run: h.excel.run,
  bridge: h.bridge,
  office: h.office,
  clock: instantClock,
  locale: 'nl-NL',
  now: () => '2026-12-07T06:10:00.000Z',
});

const throwing = (probe: Probe<ExcelProbeHost>): Probe<ExcelProbeHost> => ({
  ...probe,
  run: async (host) => {
    // Made something first (as the snapshot probe does), then broke.
    await probe.run(host).catch(() => undefined);
    throw new Error(`${probe.id} broke`);
  },
});

test('each probe failing in turn, and every probe at once: only the user’s sheet is left, unchanged', async () => {
  for (let index = 0; index <= EXCEL_PROBES.length; index++) {
    const h = harness();
    const before = h.userSheet();
    const probes = EXCEL_PROBES.map((probe, i) =>
      i === index || index === EXCEL_PROBES.length ? throwing(probe) : probe,
    );
    const report = await runExcelSelfTest(deps(h), undefined, probes);
    expect(h.excel.book.sheets.map((s) => s.name)).toEqual(['Teammatrix']);
    expect(h.userSheet()).toBe(before);
    expect(report.run.cleanup).toEqual({ removed: true });
    const failed = report.run.results.filter((r) => r.status === 'fail').map((r) => r.id);
    expect(failed).toEqual(index === EXCEL_PROBES.length ? EXCEL_PROBES.map((p) => p.id) : [EXCEL_PROBES[index]!.id]);
  }
});

test('a temporary sheet Excel will not delete is reported in the result, with what to do', async () => {
  const h = harness({ fake: { failOn: (op) => op.startsWith('delete:Teamscan-zelftest-') } });
  const report = await runExcelSelfTest(deps(h));
  expect(report.run.cleanup).toEqual({ removed: false, error: 'GeneralException' });
  expect(resultText(report, 'nl')).toContain('Tijdelijk blad: NIET verwijderd');
});
