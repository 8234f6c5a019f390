// The preview's self-test: the probes its in-memory workbook answers pass, the host-only ones are n.v.t., and the
// temporary sheet and the snapshot it made are gone afterwards, whatever a probe does.

import { PreviewBridge } from '../../preview/bridge';
import { PREVIEW_PROBES, runPreviewSelfTest } from '../../preview/selftest';
import { WorkbookStore } from '../../preview/store';
import type { Probe } from '../../shared/selftest/probe';

const clock = { now: () => Date.parse('2026-12-07T06:10:00Z'), after: () => new Promise<void>(() => undefined) };

function setUp() {
  const store = new WorkbookStore();
  const bridge = new PreviewBridge(store, 'nl-NL');
  return { store, bridge, before: JSON.stringify(store.workbook) };
}

test('the preview’s probes pass, the rest say why they cannot run here; the workbook is as before', async () => {
  const { store, bridge, before } = setUp();
  const report = await runPreviewSelfTest(store, bridge, clock);
  const statuses = Object.fromEntries(report.run.results.map((r) => [r.id, r.status]));
  expect(statuses['text-stays-text']).toBe('pass');
  expect(statuses['compare-and-set']).toBe('pass');
  expect(statuses['snapshot-protected']).toBe('pass');
  expect(report.run.results.filter((r) => r.status === 'na')).toHaveLength(PREVIEW_PROBES.length - 3);
  expect(JSON.stringify(store.workbook)).toBe(before);
});

test('every probe throwing in turn leaves no temporary sheet and no snapshot', async () => {
  for (let index = 0; index < PREVIEW_PROBES.length; index++) {
    const { store, bridge, before } = setUp();
    const probes = PREVIEW_PROBES.map(
      (probe, i): Probe<never> =>
        i === index
          ? {
              ...probe,
              run: async (host) => {
                await probe.run(host);
                throw new Error('broke');
              },
            }
          : probe,
    );
    const report = await runPreviewSelfTest(store, bridge, clock, undefined, probes);
    expect(report.run.results[index]!.status).toBe('fail');
    expect(JSON.stringify(store.workbook)).toBe(before);
  }
});
