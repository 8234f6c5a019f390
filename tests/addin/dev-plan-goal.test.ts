// Adding a goal in Excel (docs/design.md#the-development-conversation): the Scan part's row write lands as one row of
// Ontwikkelplan, by header, and nothing else changes but the change log; a goal another panel added meanwhile is
// never written over; a second-view save stays off the Teammatrix when one of its columns is deleted meanwhile.
// The fake follows the Office.js documentation (tests/addin/fake/): commands queue until context.sync().

import { ExcelBridge } from '../../addin/excel/bridge';
import { SHEET_DEV_PLAN, SHEET_SECOND_VIEW } from '../../shared/analysis/conversation/texts';
import { LOG_SHEET } from '../../shared/host/change-log';
import { findBuiltinProfile } from '../../shared/profiles/builtins';
import { appendGoal } from '../../shared/scan/append-goal';
import { readTeam } from '../../shared/scan/team';
import { goalRow, goalWrite } from '../../shared/ui/conversation/kit';
import { buildPlanWithConversation } from '../../shared/workbook/conversation-plan';
import { SHEET_MATRIX, SHEET_PROFILE } from '../../shared/workbook/plan';
import { deleteColumn, fill, valuesOf } from './fake/user';
import { emptySheet, fakeExcel } from './fake-excel';
import { HEADER, openForm, teamSheet } from './team-sheet';

async function injected() {
  const excel = fakeExcel({ sheets: [] });
  const bridge = new ExcelBridge(excel.run, 'nl-NL');
  await bridge.applyPlan(
    buildPlanWithConversation(
      { profile: findBuiltinProfile('npuls')!, detail: 'gebieden', lang: 'nl', names: ['Anna', 'Bram'] },
      { secondView: true, devPlan: true },
    ),
  );
  const sheet = (name: string) => excel.book.sheets.find((candidate) => candidate.name === name)!;
  const team = readTeam(await bridge.readSheet(SHEET_MATRIX), await bridge.readSheet(SHEET_PROFILE))!;
  const everything = () =>
    Object.fromEntries(excel.book.sheets.map((candidate) => [candidate.name, JSON.stringify(valuesOf(candidate))]));
  return { excel, bridge, sheet, team, everything };
}

const ANNA_COACH = { name: 'Anna', area: 3, now: 1, goal: 3, withWhom: 'Bram' };

test('a goal lands as the next row of Ontwikkelplan by its headers; every other sheet but the log is unchanged', async () => {
  const { bridge, sheet, team, everything } = await injected();
  const before = everything();
  const values = goalRow(team.reading, ANNA_COACH, 'nl', { action: '=meelopen', when: '007' });
  await appendGoal(bridge, (plan) => goalWrite(plan, values));
  const after = everything();
  for (const name of Object.keys(before)) {
    if (name === SHEET_DEV_PLAN || name === LOG_SHEET) continue;
    expect([name, after[name]]).toEqual([name, before[name]]);
  }
  const plan = valuesOf(sheet(SHEET_DEV_PLAN));
  expect(plan[0]).toEqual(['Naam', 'Gebied', 'Competentie', 'Nu', 'Doel', 'Actie', 'Met wie', 'Wanneer', 'Status']);
  // Text stays text: "=meelopen" is no formula, "007" keeps its zeros (Excel's "@" format before the value).
  expect(plan[1]).toEqual([
    'Anna',
    'Begeleiden professionele ontwikkeling',
    null,
    1,
    3,
    '=meelopen',
    'Bram',
    '007',
    'open',
  ]);
  expect(plan).toHaveLength(2);
  // The log names the plan's columns, never a level of the Teammatrix.
  const log = valuesOf(sheet(LOG_SHEET));
  expect(log.slice(1).map((row) => row[2])).toContain('Ontwikkelplan: Doel');
  expect(log.slice(1).every((row) => String(row[2]).startsWith('Ontwikkelplan: '))).toBe(true);
});

test('race: another panel adds a goal between the read and the write; it is kept and this goal goes below it', async () => {
  const { bridge, sheet, team } = await injected();
  const mine = goalRow(team.reading, ANNA_COACH, 'nl');
  const theirs = goalRow(team.reading, { name: 'Bram', area: 2, now: 4, goal: 4, withWhom: '' }, 'nl');
  const read = bridge.readSheet.bind(bridge);
  let first = true;
  jest.spyOn(bridge, 'readSheet').mockImplementation(async (name, options) => {
    const snapshot = await read(name, options);
    if (first && name === SHEET_DEV_PLAN) {
      first = false;
      // The other panel's goal arrives after this read, before this write.
      await bridge.writeRow(goalWrite(snapshot, theirs));
    }
    return snapshot;
  });
  await appendGoal(bridge, (plan) => goalWrite(plan, mine));
  const plan = valuesOf(sheet(SHEET_DEV_PLAN));
  expect(plan.slice(1).map((row) => row[0])).toEqual(['Bram', 'Anna']);
  expect(plan[2]![4]).toBe(3);
});

test('race: a Teammatrix column is deleted while the form is on the second view; the save lands on Tweede blik only', async () => {
  const matrix = teamSheet();
  const second = fill(emptySheet(SHEET_SECOND_VIEW), [
    [...HEADER, 'Tweede blik door'],
    ['Jan', '', '', '', '', '', ''],
    ['Piet', '', '', '', '', '', ''],
  ]);
  const excel = fakeExcel({ sheets: [matrix, second] });
  const bridge = new ExcelBridge(excel.run, 'nl-NL');
  const form = await openForm(bridge, 'Piet', SHEET_SECOND_VIEW);
  // A colleague deletes ADV-K1 from the Teammatrix: the same header is still on Tweede blik.
  deleteColumn(matrix, HEADER.indexOf('ADV-K1'));
  const matrixNow = JSON.stringify(valuesOf(matrix));
  await form.save({ 'ADV-K1': 2, 'Tweede blik door': 'Carla' });
  expect(JSON.stringify(valuesOf(matrix))).toBe(matrixNow);
  expect(valuesOf(second)[2]![HEADER.indexOf('ADV-K1')]).toBe(2);
  expect(valuesOf(second)[2]![HEADER.length]).toBe('Carla');
});
