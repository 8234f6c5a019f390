// Adding a goal through the built Apps Script project (docs/design.md#the-development-conversation): the Scan part's row
// write (the generic teamscanWriteRow, no endpoint of its own) lands as one row of Ontwikkelplan by header, nothing
// else changes but the change log; a goal added there meanwhile is refused, never written over; a second-view save
// stays off the Teammatrix when one of its columns is deleted while the form is open.

import { fromWire, type WireCell } from '../../appsscript/api';
import { SHEET_DEV_PLAN, SHEET_SECOND_VIEW } from '../../shared/analysis/conversation/texts';
import type { SheetSnapshot } from '../../shared/host/bridge';
import { LOG_SHEET } from '../../shared/host/change-log';
import { builtinProfileOrFail } from '../../shared/profiles/resolve';
import { readTeam } from '../../shared/scan/team';
import { goalRow, goalWrite } from '../../shared/ui/conversation/kit';
import { buildPlanWithConversation } from '../../shared/workbook/conversation-plan';
import { SHEET_MATRIX, SHEET_PROFILE } from '../../shared/workbook/plan';
import { columnOf, deleteColumn } from './fake/edits';
import { type LoadedGas, loadGas } from './fake/load-gas';

function read(loaded: LoadedGas, sheet: string): SheetSnapshot {
  const answer = loaded.call('teamscanReadSheet', sheet) as { value: { values: WireCell[][]; exists: boolean } };
  return { sheet, grid: { values: answer.value.values.map((row) => row.map(fromWire)) }, exists: answer.value.exists };
}

function setUp() {
  const loaded = loadGas();
  const plan = buildPlanWithConversation(
    { profile: builtinProfileOrFail('npuls'), detail: 'gebieden', lang: 'nl', names: ['Anna', 'Bert'] },
    { secondView: true, devPlan: true },
  );
  expect(loaded.call('teamscanApplyPlan', plan, 'nl')).toEqual({ ok: true, value: null });
  const sheet = (name: string) => loaded.gas.spreadsheet.getSheetByName(name)!;
  const team = readTeam(read(loaded, SHEET_MATRIX), read(loaded, SHEET_PROFILE))!;
  const names = () => loaded.gas.spreadsheet.getSheets().map((candidate) => candidate.getName());
  const everything = () =>
    Object.fromEntries(names().map((name) => [name, JSON.stringify(read(loaded, name).grid.values)]));
  return { loaded, sheet, team, everything };
}

test('a goal lands as the next row of Ontwikkelplan by its headers; every other sheet but the log is unchanged', () => {
  const { loaded, sheet, team, everything } = setUp();
  const before = everything();
  const values = goalRow(team.reading, { name: 'Anna', area: 3, now: 1, goal: 3, withWhom: 'Bert' }, 'nl', {
    action: '=meelopen',
    when: '007',
  });
  const write = goalWrite(read(loaded, SHEET_DEV_PLAN), values);
  expect(loaded.call('teamscanWriteRow', write, 'nl')).toEqual({ ok: true, value: null });
  const after = everything();
  for (const name of Object.keys(before)) {
    if (name === SHEET_DEV_PLAN || name === LOG_SHEET) continue;
    expect([name, after[name]]).toEqual([name, before[name]]);
  }
  const plan = sheet(SHEET_DEV_PLAN);
  // Text stays text ("=meelopen" no formula, "007" with its zeros); empty fields stay empty.
  expect(plan.rowValues(2)).toEqual([
    'Anna',
    'Begeleiden professionele ontwikkeling',
    '',
    1,
    3,
    '=meelopen',
    'Bert',
    '007',
    'open',
  ]);
  expect(read(loaded, SHEET_DEV_PLAN).grid.values).toHaveLength(2);
  const log = read(loaded, LOG_SHEET).grid.values.slice(1);
  expect(log.map((row) => row[2])).toContain('Ontwikkelplan: Doel');
});

test('race: a goal added in that row meanwhile is refused, never written over; read again, the goal goes below it', () => {
  const { loaded, sheet, team } = setUp();
  const mine = goalRow(team.reading, { name: 'Anna', area: 3, now: 1, goal: 3, withWhom: '' }, 'nl');
  const stale = read(loaded, SHEET_DEV_PLAN);
  const plan = sheet(SHEET_DEV_PLAN);
  plan.write(2, 1, 'Bert');
  plan.write(2, 2, 'Adviseur');
  const refused = loaded.call('teamscanWriteRow', goalWrite(stale, mine), 'nl') as {
    ok: boolean;
    error?: { key?: string };
  };
  expect(refused.ok).toBe(false);
  expect(plan.rowValues(2).slice(0, 2)).toEqual(['Bert', 'Adviseur']);
  expect(loaded.call('teamscanWriteRow', goalWrite(read(loaded, SHEET_DEV_PLAN), mine), 'nl')).toEqual({
    ok: true,
    value: null,
  });
  expect(plan.rowValues(3).slice(0, 1)).toEqual(['Anna']);
});

test('race: a Teammatrix column is deleted while the form is on the second view; the save lands on Tweede blik only', () => {
  const { loaded, sheet } = setUp();
  const second = read(loaded, SHEET_SECOND_VIEW).grid.values;
  const header = second[0]!.map(String);
  const matrix = sheet(SHEET_MATRIX);
  deleteColumn(matrix, columnOf(matrix, 'Coach'));
  const matrixNow = JSON.stringify(read(loaded, SHEET_MATRIX).grid.values);
  const write = {
    sheet: SHEET_SECOND_VIEW,
    headerRow: 1,
    row: 3,
    nameHeader: header[0]!,
    expectedName: 'Bert',
    cells: [
      { header: 'Coach', expected: null, value: 2 },
      { header: 'Tweede blik door', expected: null, value: 'Carla' },
    ],
  };
  expect(loaded.call('teamscanWriteRow', write, 'nl')).toEqual({ ok: true, value: null });
  expect(JSON.stringify(read(loaded, SHEET_MATRIX).grid.values)).toBe(matrixNow);
  const view = sheet(SHEET_SECOND_VIEW);
  expect(view.valueAt(3, columnOf(view, 'Coach'))).toBe(2);
  expect(view.valueAt(3, columnOf(view, 'Tweede blik door'))).toBe('Carla');
});
