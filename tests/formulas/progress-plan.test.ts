// VOORTGANG / PROGRESS with the Ontwikkelplan sheet as its optional last argument (docs/design.md#12-rounds-history-and-reports):
// one more row counting the goals reached since `eerder`, as `teamscan compare` and "Vergelijk met" count them.

import fc from 'fast-check';
import { goalsCount, readDevPlan } from '../../shared/analysis/conversation/dev-plan';
import { runFormula } from '../../shared/formulas/registry';
import { resultBound } from '../../shared/formulas/result-size';
import { KeyedError } from '../../shared/i18n/keyed-error';
import type { Language } from '../../shared/i18n/language';
import type { CellValue } from '../../shared/matrix/grid';
import { NPULS } from '../../shared/profiles/data/npuls';
import { errorOf, read } from '../support/grids';

const nl = { lang: 'nl' as const };
const en = { lang: 'en' as const };

const BEFORE = [
  ['Naam', 'Adviseur', 'Coach'],
  ['Anna', 1, 3],
  ['Bram', 4, 2],
];
const NOW = [
  ['Naam', 'Adviseur', 'Coach'],
  ['Anna', 3, 3],
  ['Bram', 4, 2],
];

const HEADER = ['Naam', 'Gebied', 'Competentie', 'Nu', 'Doel', 'Actie', 'Met wie', 'Wanneer', 'Status'];
const PLAN = [
  HEADER,
  // Reached since: Adviseur 1 → 3.
  ['Anna', 'Adviseur', '', '', 3, 'Meelopen', 'Bram', 'mei', 'open'],
  // Reached already before (Coach 3): not reached *since*, still one of the goals.
  ['Anna', 'Coach', '', '', 2, '', '', '', ''],
  // Open: Coach 2 of 3; the typed "bereikt" does not count.
  ['Bram', 'Coach', '', '', 3, 'Cursus', '', '2027', 'bereikt'],
  // No Doel yet: not one of the goals counted.
  ['Bram', 'Adviseur', '', '', '', 'Nadenken', '', '', ''],
];

/** The arguments up to the plan: matrix, eerder, then drempel, doel, profiel and schaal left out. */
const withPlan = (now: unknown, before: unknown, plan: unknown) => [now, before, null, null, null, null, plan];

const PLAN_AT = { origin: { sheet: 'Ontwikkelplan', row: 1, column: 1 } };

describe('VOORTGANG with a plan', () => {
  test('adds one row, as wide as the table: the goals reached since eerder out of the goals with a Doel', () => {
    const plain = runFormula('VOORTGANG', [NOW, BEFORE], nl) as CellValue[][];
    const table = runFormula('VOORTGANG', withPlan(NOW, BEFORE, PLAN), nl) as CellValue[][];
    expect(table.slice(0, -1)).toEqual(plain);
    expect(table.at(-1)).toEqual(['Doelen bereikt sinds eerder', '1 van 3', '', '', '', '']);
    // The same numbers as compare and "Vergelijk met" (goalsCount).
    expect(goalsCount(readDevPlan({ values: PLAN }, NPULS), read(BEFORE), read(NOW))).toEqual({ reached: 1, total: 3 });
  });

  test('PROGRESS says it in English', () => {
    const table = runFormula('PROGRESS', withPlan(NOW, BEFORE, PLAN), en) as CellValue[][];
    expect(table.at(-1)).toEqual(['Goals reached since before', '1 of 3', '', '', '', '']);
  });

  test('no plan argument, or an empty one left out, leaves the table as it was', () => {
    const plain = runFormula('VOORTGANG', [NOW, BEFORE], nl);
    expect(plain).toHaveLength(1 + NPULS.areas.length);
    expect(runFormula('VOORTGANG', withPlan(NOW, BEFORE, null), nl)).toEqual(plain);
    expect(runFormula('VOORTGANG', withPlan(NOW, BEFORE, ''), nl)).toEqual(plain);
    expect(runFormula('VOORTGANG', [NOW, BEFORE, 2, 2, 'npuls', '0-4'], nl)).toEqual(plain);
  });

  test('a plan with no goal with a Doel, or an empty sheet, says 0 van 0', () => {
    const blank = Array.from({ length: 4 }, () => Array.from({ length: 9 }, () => ''));
    for (const plan of [[HEADER], blank, [HEADER, ['Bram', 'Adviseur', '', '', '', '', '', '', '']]]) {
      const table = runFormula('VOORTGANG', withPlan(NOW, BEFORE, plan), nl) as CellValue[][];
      expect(table.at(-1)).toEqual(['Doelen bereikt sinds eerder', '0 van 0', '', '', '', '']);
    }
  });

  test('goals of people the matrix lacks stay in the total, never reached, and are named', () => {
    const plan = [
      ...PLAN,
      ['Dewi', 'Coach', '', '', 2, '', '', '', ''],
      ['dewi', 'Adviseur', '', '', 1, '', '', '', ''],
      // Without a Doel Eva's goal is no goal counted, so she is not named.
      ['Eva', 'Coach', '', '', '', '', '', '', ''],
    ];
    const table = runFormula('VOORTGANG', withPlan(NOW, BEFORE, plan), nl) as CellValue[][];
    expect(table.at(-1)).toEqual(['Doelen bereikt sinds eerder', '1 van 5', 'Niet in de matrix: Dewi', '', '', '']);
    // Someone who left the team since: named as well.
    const left = NOW.filter((row) => row[0] !== 'Anna');
    const english = runFormula('PROGRESS', withPlan(left, BEFORE, PLAN), en) as CellValue[][];
    expect(english.at(-1)).toEqual(['Goals reached since before', '0 of 3', 'Not in the matrix: Anna', '', '', '']);
  });

  test('a plan cell that is no level, an area the profile lacks or no plan header is refused naming it', () => {
    const info = {
      lang: 'nl' as const,
      argumentInfo: [undefined, undefined, undefined, undefined, undefined, undefined, PLAN_AT],
    };
    const badGoal = [HEADER, ['Anna', 'Adviseur', '', '', 'hoog', '', '', '', '']];
    expect(errorOfPlan(() => runFormula('VOORTGANG', withPlan(NOW, BEFORE, badGoal), info))).toBe(
      'Cel Ontwikkelplan!E2: het doel "hoog" is geen niveau van 0 tot 4.',
    );
    // Without the host's addresses the plan is named from Ontwikkelplan!A1, in the formula's language.
    const badArea = [HEADER, ['Anna', 'Zwemmen', '', '', 2, '', '', '', '']];
    expect(errorOfPlan(() => runFormula('PROGRESS', withPlan(NOW, BEFORE, badArea), en), 'en')).toBe(
      'Cell Ontwikkelplan!B2: "Zwemmen" is not an area or competency of the profile npuls.',
    );
    expect(errorOfPlan(() => runFormula('VOORTGANG', withPlan(NOW, BEFORE, [['Wie', 'Wat']]), nl))).toBe(
      'Het blad Ontwikkelplan heeft geen kopregel met Naam, Gebied en Doel.',
    );
    const text = errorOf(() => runFormula('VOORTGANG', withPlan(NOW, BEFORE, 'Ontwikkelplan'), nl));
    expect(text.message).toBe('Verwacht een bereik (matrix) voor plan, kreeg "Ontwikkelplan".');
  });

  test('the goals row comes before the note row naming cells left out, and both fit the reserved size', () => {
    const unreadable = NOW.map((row) => (row[0] === 'Bram' ? ['Bram', 4, 'hoog'] : row));
    const table = runFormula('VOORTGANG', withPlan(unreadable, BEFORE, PLAN), nl) as CellValue[][];
    expect(table.at(-2)).toEqual(['Doelen bereikt sinds eerder', '1 van 3', '', '', '', '']);
    expect(table.at(-1)).toEqual(['Niet meegeteld: C3 "hoog"', '', '', '', '', '']);
    const bound = resultBound('VOORTGANG', { profile: NPULS, people: 2, itemColumns: 0 });
    expect(table).toHaveLength(bound.rows);
    expect(table.every((row) => row.length === bound.columns)).toBe(true);
  });

  test('property: the row counts exactly the goals the matrix reaches now and did not before', () => {
    const level = fc.constantFrom<CellValue>(0, 1, 2, 3, 4, null);
    const names = ['Anna', 'Bram', 'Chris'];
    const row = fc.tuple(level, level);
    const goal = fc.record({
      name: fc.constantFrom(...names, 'Dewi'),
      area: fc.constantFrom('Adviseur', 'Coach'),
      goal: fc.constantFrom<CellValue>(1, 2, 3, 4, ''),
    });
    fc.assert(
      fc.property(
        fc.array(row, { minLength: 3, maxLength: 3 }),
        fc.array(row, { minLength: 3, maxLength: 3 }),
        fc.array(goal, { maxLength: 8 }),
        (was, is, goals) => {
          const matrix = (levels: CellValue[][]) => [
            ['Naam', 'Adviseur', 'Coach'],
            ...names.map((name, i) => [name, ...levels[i]!]),
          ];
          const plan = [HEADER, ...goals.map((g) => [g.name, g.area, '', '', g.goal, '', '', '', ''])];
          const at = (levels: CellValue[][], g: (typeof goals)[number]) => {
            const i = names.indexOf(g.name);
            return i < 0 ? null : levels[i]![g.area === 'Adviseur' ? 0 : 1];
          };
          const reaches = (value: CellValue, target: CellValue) => typeof value === 'number' && value >= Number(target);
          const counted = goals.filter((g) => g.goal !== '');
          const reached = counted.filter((g) => reaches(at(is, g), g.goal) && !reaches(at(was, g), g.goal)).length;
          const table = runFormula('VOORTGANG', withPlan(matrix(is), matrix(was), plan), nl) as CellValue[][];
          expect(table.at(-1)![1]).toBe(`${reached} van ${counted.length}`);
          expect(table.at(-1)![2]).toBe(counted.some((g) => g.name === 'Dewi') ? 'Niet in de matrix: Dewi' : '');
        },
      ),
    );
  });
});

/** A plan sheet's refusal is keyed but not the core's: its text in the formula's language. */
function errorOfPlan(run: () => unknown, lang: Language = 'nl'): string {
  try {
    run();
  } catch (error) {
    if (error instanceof KeyedError) return error.localized(lang);
    throw error;
  }
  throw new Error('expected a refusal, nothing was thrown');
}
