// The Scan part's conversation model (docs/design.md#the-development-conversation): a goal's append write on the plan
// sheet, the second view's rater in the form's draft and write, and the same person on the other sheet.

import fc from 'fast-check';
import { SHEET_DEV_PLAN } from '../../shared/analysis/conversation/texts';
import type { SheetSnapshot } from '../../shared/host/bridge';
import { resolveRowWrite } from '../../shared/host/row-write';
import { KeyedError } from '../../shared/i18n/keyed-error';
import type { CellValue } from '../../shared/matrix/grid';
import { buildRowWrite, draftFromRow, isDirty } from '../../shared/scan/draft';
import { goalWrite } from '../../shared/scan/goal-write';
import { readSecondTeam, samePersonOn } from '../../shared/scan/second-view-team';
import { readTeam } from '../../shared/scan/team';

const PLAN_HEADER = ['Naam', 'Gebied', 'Competentie', 'Nu', 'Doel', 'Actie', 'Met wie', 'Wanneer', 'Status'];
const GOAL = ['Anna', 'Coach', '', 1, 3, '=meelopen', 'Bram', '', 'open'];

const snapshot = (sheet: string, values: CellValue[][]): SheetSnapshot => ({ sheet, grid: { values }, exists: true });

test('a goal goes on the first row below every used one, each value under its header, every cell expected empty', () => {
  const write = goalWrite(
    snapshot(SHEET_DEV_PLAN, [
      PLAN_HEADER,
      ['Bram', 'Adviseur', '', 2, 3, '', '', '', 'open'],
      [],
      ['', '', '', '', '', '', '', '', '', 'note'],
    ]),
    GOAL,
  );
  expect(write).toMatchObject({ sheet: SHEET_DEV_PLAN, headerRow: 1, row: 5, nameHeader: 'Naam', expectedName: '' });
  expect(write.cells.every((cell) => cell.expected === null)).toBe(true);
  // Empty text clears nothing and writes nothing: null; a formula-like action stays text.
  expect(write.cells.map((cell) => [cell.header, cell.value])).toEqual([
    ['Naam', 'Anna'],
    ['Gebied', 'Coach'],
    ['Competentie', null],
    ['Nu', 1],
    ['Doel', 3],
    ['Actie', '=meelopen'],
    ['Met wie', 'Bram'],
    ['Wanneer', null],
    ['Status', 'open'],
  ]);
});

test("the sheet's own headers and order are used (English, moved columns); a missing column with a value is refused", () => {
  const english = ['Status', 'Name', 'Area', 'Goal', 'Competency', 'Now', 'Action', 'With whom', 'When'];
  const write = goalWrite(snapshot(SHEET_DEV_PLAN, [english]), GOAL);
  expect(write.row).toBe(2);
  expect(write.nameHeader).toBe('Name');
  expect(write.cells.find((cell) => cell.header === 'Goal')?.value).toBe(3);
  // Resolved against the sheet: Doel lands in its column (D), the name in B.
  const resolved = resolveRowWrite(write, english, []);
  expect(resolved.cells.find((cell) => cell.value === 3)?.column).toBe(3);
  expect(resolved.cells.find((cell) => cell.value === 'Anna')?.column).toBe(1);
  const withoutAction = PLAN_HEADER.filter((header) => header !== 'Actie');
  expect(() => goalWrite(snapshot(SHEET_DEV_PLAN, [withoutAction]), GOAL)).toThrow(/geen kolom "Actie"/);
  // Without a value for the missing column nothing would be lost: the goal is added.
  expect(
    goalWrite(
      snapshot(SHEET_DEV_PLAN, [withoutAction]),
      GOAL.map((v, i) => (i === 5 ? '' : v)),
    ).cells,
  ).toHaveLength(8);
  expect(() => goalWrite(snapshot(SHEET_DEV_PLAN, [[]]), GOAL)).toThrow(KeyedError);
});

test('property: the goal row is always below every used cell and its cells hold nothing now', () => {
  const cell = fc.oneof(
    fc.constant(null),
    fc.constant(''),
    fc.string({ maxLength: 3 }),
    fc.integer({ min: 0, max: 4 }),
  );
  fc.assert(
    fc.property(fc.array(fc.array(cell, { maxLength: 10 }), { maxLength: 12 }), (body) => {
      const values = [PLAN_HEADER, ...body] as CellValue[][];
      const write = goalWrite(snapshot(SHEET_DEV_PLAN, values), GOAL);
      const used = values.map((row) => row.some((value) => value !== null && String(value).trim() !== ''));
      expect(used.slice(write.row - 1).some(Boolean)).toBe(false);
      expect(used[write.row - 2]).toBe(true);
    }),
  );
});

const MATRIX = [
  ['Naam', 'Rol', 'Adviseur', 'Coach'],
  ['Anna', '', 1, ''],
  ['Bram', '', 4, 4],
];
const SECOND = [
  ['Naam', 'Rol', 'Adviseur', 'Coach', 'Ontwikkelwens Coach', 'Tweede blik door', 'Ontwikkelwens Innovator'],
  ['Bram', '', '', '', '', '', ''],
  ['Anna', '', 3, '', 'ja', 'Carla', ''],
];

test('the second view reads as a team with its rater: the draft holds it, a changed rater is written as text', () => {
  const team = readSecondTeam(snapshot('Tweede blik', SECOND))!;
  expect(team.layout.rater).toEqual({ column: 5, header: 'Tweede blik door' });
  expect(team.layout.sheet).toBe('Tweede blik');
  // A wish is the person's own: the second view asks levels only (an area with only a wish column is left out).
  expect(team.layout.areas.map((area) => [area.id, area.wishColumn])).toEqual([
    ['adviseur', undefined],
    ['coach', undefined],
  ]);
  const before = draftFromRow(team.layout, SECOND[2]!, 3, true);
  expect(before.rater).toBe('Carla');
  const after = { ...before, rater: ' Dirk ' };
  expect(isDirty(team.layout, before, after)).toBe(true);
  expect(isDirty(team.layout, before, { ...before, rater: 'Carla ' })).toBe(false);
  const write = buildRowWrite(team.layout, { name: 'Anna', sheetRow: 3 }, before, after, SECOND[2]!);
  expect(write.sheet).toBe('Tweede blik');
  expect(write.cells).toEqual([{ header: 'Tweede blik door', expected: 'Carla', value: 'Dirk' }]);
  // The Teammatrix's layout has no rater: its draft and write never carry one.
  const matrix = readTeam(snapshot('Teammatrix', MATRIX))!;
  expect(matrix.layout.rater).toBeUndefined();
  expect(draftFromRow(matrix.layout, MATRIX[1]!, 2).rater).toBeUndefined();
});

test("a row selected on one sheet is the same person's row on the other, by name; a name the other lacks has no row", () => {
  const matrix = readTeam(snapshot('Teammatrix', MATRIX))!;
  const second = readSecondTeam(snapshot('Tweede blik', SECOND))!;
  const m = { sheet: 'Teammatrix', reading: matrix.reading };
  const s = { sheet: 'Tweede blik', reading: second.reading };
  expect(samePersonOn({ sheet: 'Teammatrix', row: 2, column: 1 }, m, s)).toEqual({ name: 'Anna', row: 3 });
  expect(samePersonOn({ sheet: 'Tweede blik', row: 2, column: 1 }, s, m)).toEqual({ name: 'Bram', row: 3 });
  expect(samePersonOn({ sheet: 'Teammatrix', row: 9, column: 1 }, m, s)).toEqual({});
  const fewer = readSecondTeam(snapshot('Tweede blik', SECOND.slice(0, 2)))!;
  expect(samePersonOn({ sheet: 'Teammatrix', row: 2, column: 1 }, m, { ...s, reading: fewer.reading })).toEqual({
    name: 'Anna',
  });
});
