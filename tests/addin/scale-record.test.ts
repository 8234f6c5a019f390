/** @jest-environment jsdom */
// Excel: a no-install workbook written from a yes/no matrix records its scale in the name Teamscan_Schaal
// (docs/design.md#3-levels-and-cell-values, docs/workbook.md); the panel reads its Teammatrix in that scale, as the
// CLI and the workbook's own Dekking sheet do: an area covered by whoever holds any of its items, not by the mean.

import { renderHook, waitFor } from '@testing-library/react';
import { ExcelBridge } from '../../addin/excel/bridge';
import { analyze } from '../../shared/analysis/analyze';
import { SCALE_RECORD_NAME } from '../../shared/levels/scale-record';
import { type TeamState, useTeam } from '../../shared/ui/useTeam';
import { constantNamesOf, FakeSettings } from './fake/names';
import { fill } from './fake/user';
import { emptySheet, fakeExcel } from './fake-excel';

/** Jan holds one of Adviseur's three items (2 = held, as such a workbook writes it); Piet none. */
const MATRIX = [
  ['Naam', 'ADV-K1', 'ADV-K2', 'ADV-V1'],
  ['Jan', 2, 0, 0],
  ['Piet', 0, 0, 0],
];

async function workbook(record?: string) {
  const excel = fakeExcel({ sheets: [fill(emptySheet('Teammatrix'), MATRIX), emptySheet('Blad2')] });
  const bridge = new ExcelBridge(excel.run, 'nl-NL', new FakeSettings());
  if (record !== undefined) {
    await excel.run(async (context: Excel.RequestContext) => {
      context.workbook.names.add(SCALE_RECORD_NAME, record);
      await context.sync();
    });
  }
  return { excel, bridge };
}

async function teamOf(bridge: ExcelBridge) {
  const { result } = renderHook(() => useTeam(bridge));
  await waitFor(() => expect(result.current.state.status).not.toBe('loading'));
  const state = result.current.state as Extract<TeamState, { status: 'ready' }>;
  expect(state.status).toBe('ready');
  return state.team;
}

const adviseur = (team: Awaited<ReturnType<typeof teamOf>>) =>
  analyze(team.reading).areas.find((area) => area.id === 'adviseur')!;

test('the name as Excel keeps a text constant: its formula with the equals sign; none without the name', async () => {
  const { bridge } = await workbook('="ja-nee"');
  expect(await bridge.readScaleRecord()).toBe('="ja-nee"');
  const plain = await workbook();
  expect(await plain.bridge.readScaleRecord()).toBeUndefined();
});

test('with the record ja-nee the panel counts Jan as covering Adviseur (one held item), as the CLI does', async () => {
  const { bridge } = await workbook('="ja-nee"');
  const team = await teamOf(bridge);
  expect(team.record).toBe('="ja-nee"');
  expect(team.reading.people[0]!.areaLevels[adviseur(team).index]).toBe(2);
  expect(adviseur(team).coveredBy).toEqual(['Jan']);
  expect(team.reading.warnings.map((warning) => warning.key)).toContain('anyItemCovers');
});

test('x-o is recorded alike; without the name the items are averaged (0.67: not covered)', async () => {
  const xo = await teamOf((await workbook('"x-o"')).bridge);
  expect(adviseur(xo).coveredBy).toEqual(['Jan']);
  const plain = await teamOf((await workbook()).bridge);
  expect(plain.record).toBeUndefined();
  expect(plain.reading.people[0]!.areaLevels[adviseur(plain).index]).toBeCloseTo(2 / 3, 10);
  expect(adviseur(plain).coveredBy).toEqual([]);
});

test('a record saying anything else is left aside: the Teammatrix reads 0–4, as without one', async () => {
  const { bridge } = await workbook('="1-5"');
  const team = await teamOf(bridge);
  expect(team.record).toBeUndefined();
  expect(adviseur(team).coveredBy).toEqual([]);
});

test('read once per panel session: a reload asks Excel nothing more; a name deleted by hand counts from the next start', async () => {
  const { excel, bridge } = await workbook('="ja-nee"');
  expect(await bridge.readScaleRecord()).toBe('="ja-nee"');
  const runs = excel.runs.length;
  expect(await bridge.readScaleRecord()).toBe('="ja-nee"');
  await teamOf(bridge);
  // The team's reload reads its two sheets (one Excel.run each) and not the name again.
  expect(excel.runs.length).toBe(runs + 2);
  await excel.run(async (context: Excel.RequestContext) => {
    context.workbook.names.getItemOrNullObject(SCALE_RECORD_NAME).delete();
    await context.sync();
  });
  expect(constantNamesOf(excel.book).size).toBe(0);
  const restarted = new ExcelBridge(excel.run, 'nl-NL', new FakeSettings());
  expect(await restarted.readScaleRecord()).toBeUndefined();
});

test('a range under the name is no scale record: the Teammatrix reads 0–4', async () => {
  const { bridge } = await workbook('=Blad2!$A$1');
  expect(await bridge.readScaleRecord()).toBe('=Blad2!$A$1');
  expect(adviseur(await teamOf(bridge)).coveredBy).toEqual([]);
});

test('a failed read is tried again at the next reload', async () => {
  const { excel } = await workbook('="x-o"');
  let fail = true;
  const flaky: typeof excel.run = (batch, previous) => {
    if (fail) {
      fail = false;
      return Promise.reject(new Error('GeneralException'));
    }
    return excel.run(batch, previous);
  };
  const bridge = new ExcelBridge(flaky, 'nl-NL', new FakeSettings());
  await expect(bridge.readScaleRecord()).rejects.toThrow();
  expect(await bridge.readScaleRecord()).toBe('="x-o"');
});
