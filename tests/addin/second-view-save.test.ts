// Saving a second view in Excel (docs/design.md#the-development-conversation): the row write names the sheet Tweede blik and lands
// there by header, never in the Teammatrix, also when the matrix's columns change while the second view is open.
// The fake follows the Office.js documentation (tests/addin/fake/): commands queue until context.sync().

import { ExcelBridge } from '../../addin/excel/bridge';
import { SHEET_DEV_PLAN } from '../../shared/analysis/conversation/texts';
import { isWriteConflict } from '../../shared/host/row-write';
import { findBuiltinProfile } from '../../shared/profiles/builtins';
import { buildPlanWithConversation } from '../../shared/workbook/conversation-plan';
import { fill, insertColumn, typeInto, valuesOf } from './fake/user';
import { emptySheet, fakeExcel } from './fake-excel';
import { HEADER, openForm, teamSheet } from './team-sheet';

const SECOND = 'Tweede blik';

function secondViewSheet() {
  return fill(emptySheet(SECOND), [
    [...HEADER, 'Tweede blik door'],
    ['Jan', '', '', '', '', '', ''],
    ['Piet', '', '', '', '', '', ''],
    ['Anna', '', '', '', '', '', ''],
  ]);
}

function setUp() {
  const matrix = teamSheet();
  const second = secondViewSheet();
  const excel = fakeExcel({ sheets: [matrix, second] });
  return { matrix, second, bridge: new ExcelBridge(excel.run, 'nl-NL') };
}

test('a save to the second view lands in its row there, the rater with it; the Teammatrix is untouched', async () => {
  const { matrix, second, bridge } = setUp();
  const before = JSON.stringify(valuesOf(matrix));
  const form = await openForm(bridge, 'Piet', SECOND);
  await form.save({ 'ADV-K1': 3, 'ADV-K2': 1, 'Tweede blik door': 'Carla' });
  expect(JSON.stringify(valuesOf(matrix))).toBe(before);
  const row = valuesOf(second)[2]!;
  expect(row[HEADER.indexOf('ADV-K1')]).toBe(3);
  expect(row[HEADER.indexOf('ADV-K2')]).toBe(1);
  expect(row[HEADER.length]).toBe('Carla');
});

test('race: the Teammatrix gets a column while the second view is open; the save still lands only in the second view', async () => {
  const { matrix, second, bridge } = setUp();
  const form = await openForm(bridge, 'Jan', SECOND);
  // A colleague inserts a column in the Teammatrix before ADV-K1 and types in it.
  insertColumn(matrix, HEADER.indexOf('ADV-K1'), 'Team');
  typeInto(matrix, 1, HEADER.indexOf('ADV-K1'), 'Noord');
  const matrixNow = JSON.stringify(valuesOf(matrix));
  await form.save({ 'ADV-K1': 4 });
  expect(JSON.stringify(valuesOf(matrix))).toBe(matrixNow);
  expect(valuesOf(second)[1]![HEADER.indexOf('ADV-K1')]).toBe(4);
});

test('race: the second view itself gets a column while open; the save lands by header, one column on', async () => {
  const { matrix, second, bridge } = setUp();
  const form = await openForm(bridge, 'Anna', SECOND);
  insertColumn(second, 1, 'Notitie');
  const matrixBefore = JSON.stringify(valuesOf(matrix));
  await form.save({ 'ADV-K2': 2 });
  expect(valuesOf(second)[3]![HEADER.indexOf('ADV-K2') + 1]).toBe(2);
  expect(JSON.stringify(valuesOf(matrix))).toBe(matrixBefore);
});

test('race: a colleague typed in the same second-view cell; nothing is written and the form reloads', async () => {
  const { matrix, second, bridge } = setUp();
  const form = await openForm(bridge, 'Jan', SECOND);
  typeInto(second, 1, HEADER.indexOf('ADV-K1'), 1);
  const secondBefore = JSON.stringify(valuesOf(second));
  const matrixBefore = JSON.stringify(valuesOf(matrix));
  let refused: unknown;
  await form.save({ 'ADV-K1': 4 }).catch((error: unknown) => {
    refused = error;
  });
  expect(isWriteConflict(refused)).toBe(true);
  expect(JSON.stringify(valuesOf(second))).toBe(secondBefore);
  expect(JSON.stringify(valuesOf(matrix))).toBe(matrixBefore);
});

test('an injection with the conversation adds Tweede blik and Ontwikkelplan; typed cells survive the next one', async () => {
  const excel = fakeExcel({ sheets: [] });
  const bridge = new ExcelBridge(excel.run, 'nl-NL');
  const request = { profile: findBuiltinProfile('npuls')!, detail: 'gebieden' as const, lang: 'nl' as const };
  await bridge.applyPlan(
    buildPlanWithConversation({ ...request, names: ['Jan', 'Piet'] }, { secondView: true, devPlan: true }),
  );
  const sheetOf = (name: string) => excel.book.sheets.find((candidate) => candidate.name === name)!;
  const second = sheetOf(SECOND);
  expect(
    valuesOf(second)
      .slice(1)
      .map((row) => row[0])
      .filter(Boolean),
  ).toEqual(['Jan', 'Piet']);
  expect(valuesOf(sheetOf(SHEET_DEV_PLAN))[0]!.slice(0, 2)).toEqual(['Naam', 'Gebied']);
  const rater = valuesOf(second)[0]!.indexOf('Tweede blik door');
  typeInto(second, 1, rater, 'Carla');
  const read = async (name: string) => (await bridge.readSheet(name)).grid;
  await bridge.applyPlan(
    buildPlanWithConversation(
      { ...request, names: ['Fatima'], existingMatrix: await read('Teammatrix') },
      { existingSecondView: await read(SECOND), existingDevPlan: await read(SHEET_DEV_PLAN) },
    ),
  );
  expect(valuesOf(second)[1]![rater]).toBe('Carla');
  expect(
    valuesOf(second)
      .slice(1)
      .map((row) => row[0])
      .filter(Boolean),
  ).toEqual(['Jan', 'Piet', 'Fatima']);
});
