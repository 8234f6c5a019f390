// The development conversation through the built Apps Script project (docs/design.md#the-development-conversation): an injection
// adds Tweede blik and Ontwikkelplan, a save to the second view lands there by header and never in the Teammatrix, also
// when the matrix's columns change while the second view is open.

import { fromWire, type WireCell } from '../../appsscript/api';
import { SHEET_DEV_PLAN, SHEET_SECOND_VIEW } from '../../shared/analysis/conversation/texts';
import type { RowWrite } from '../../shared/host/bridge';
import { plainCellValue } from '../../shared/host/row-write';
import { builtinProfileOrFail } from '../../shared/profiles/resolve';
import { buildPlanWithConversation } from '../../shared/workbook/conversation-plan';
import { SHEET_MATRIX } from '../../shared/workbook/plan';
import { columnOf, insertColumnBefore } from './fake/edits';
import { type LoadedGas, loadGas } from './fake/load-gas';

function setUp(lang: 'nl' | 'en' = 'nl') {
  const loaded = loadGas();
  const plan = buildPlanWithConversation(
    { profile: builtinProfileOrFail('npuls'), detail: 'gebieden', lang, names: ['Anna', 'Bert', 'Chris'] },
    { secondView: true, devPlan: true },
  );
  expect(loaded.call('teamscanApplyPlan', plan, lang)).toEqual({ ok: true, value: null });
  const sheet = (name: string) => loaded.gas.spreadsheet.getSheetByName(name)!;
  return { loaded, matrix: sheet(SHEET_MATRIX), second: sheet(SHEET_SECOND_VIEW), plan: sheet(SHEET_DEV_PLAN) };
}

/** The form on the second view as the sidebar loads it; the save names the sheet and goes by header. */
function openSecondView(loaded: LoadedGas, row: number) {
  const values = (loaded.call('teamscanReadSheet', SHEET_SECOND_VIEW) as { value: { values: WireCell[][] } }).value
    .values;
  const header = values[0]!.map(String);
  const loadedRow = values[row - 1]!.map(fromWire);
  return (changes: Record<string, string | number | null>): RowWrite => ({
    sheet: SHEET_SECOND_VIEW,
    headerRow: 1,
    row,
    nameHeader: header[0]!,
    expectedName: String(loadedRow[0]),
    cells: Object.entries(changes).map(([name, value]) => ({
      header: name,
      expected: plainCellValue(loadedRow[header.indexOf(name)]),
      value,
    })),
  });
}

test('the injection adds both sheets: the second view with the matrix’s names and the rater column, the plan’s header', () => {
  const { matrix, second, plan } = setUp();
  expect(second.rowValues(1).filter((cell) => cell !== '')).toEqual([
    ...matrix.rowValues(1).filter((cell) => cell !== ''),
    'Tweede blik door',
  ]);
  expect([2, 3, 4].map((row) => second.valueAt(row, 1))).toEqual(['Anna', 'Bert', 'Chris']);
  expect(plan.rowValues(1).slice(0, 3)).toEqual(['Naam', 'Gebied', 'Competentie']);
});

test('English: the headers follow the language', () => {
  const { second, plan } = setUp('en');
  expect(second.rowValues(1)).toContain('Second view by');
  expect(plan.rowValues(1).slice(0, 3)).toEqual(['Name', 'Area', 'Competency']);
});

test('a save to the second view lands there with its rater; the Teammatrix is untouched', () => {
  const { loaded, matrix, second } = setUp();
  const before = JSON.stringify([1, 2, 3, 4].map((row) => matrix.rowValues(row)));
  const write = openSecondView(loaded, 3)({ Adviseur: 3, 'Tweede blik door': 'Carla' });
  expect(loaded.call('teamscanWriteRow', write, 'nl')).toEqual({ ok: true, value: null });
  expect(second.valueAt(3, columnOf(second, 'Adviseur'))).toBe(3);
  expect(second.valueAt(3, columnOf(second, 'Tweede blik door'))).toBe('Carla');
  expect(JSON.stringify([1, 2, 3, 4].map((row) => matrix.rowValues(row)))).toBe(before);
});

test('race: the Teammatrix gets a column while the second view is open; the save lands only in the second view', () => {
  const { loaded, matrix, second } = setUp();
  const save = openSecondView(loaded, 2);
  insertColumnBefore(matrix, 2);
  matrix.write(1, 2, "'Team");
  const before = JSON.stringify([1, 2, 3, 4].map((row) => matrix.rowValues(row)));
  expect(loaded.call('teamscanWriteRow', save({ Coach: 4 }), 'nl')).toEqual({ ok: true, value: null });
  expect(second.valueAt(2, columnOf(second, 'Coach'))).toBe(4);
  expect(JSON.stringify([1, 2, 3, 4].map((row) => matrix.rowValues(row)))).toBe(before);
});
