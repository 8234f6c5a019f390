// ONTWIKKELPLAN / DEVPLAN (docs/design.md#12-rounds-history-and-reports): a person's open goals from the plan sheet,
// "Nu" read live from the matrix, a goal reached left out, bad input refused naming its cell.

import { runFormula } from '../../shared/formulas/registry';
import type { FormulaContext } from '../../shared/formulas/types';
import { KeyedError } from '../../shared/i18n/keyed-error';

/** The refusal of a run, as the reader sees it: the core's and the plan sheet's are both keyed. */
function refusal(id: string, args: unknown[], context: FormulaContext = { lang: 'nl' }): string {
  try {
    runFormula(id, args, context);
  } catch (error) {
    if (error instanceof KeyedError) return error.localized(context.lang);
    throw error;
  }
  throw new Error('expected a refusal, nothing was thrown');
}

const MATRIX = [
  ['Naam', 'Adviseur', 'Coach', 'COA-K1'],
  ['Anna', 1, 3, 2],
  ['Bram', 4, 2, null],
  ['Chris', null, null, null],
];

const HEADER = ['Naam', 'Gebied', 'Competentie', 'Nu', 'Doel', 'Actie', 'Met wie', 'Wanneer', 'Status'];

const PLAN = [
  HEADER,
  ['Anna', 'Adviseur', '', '', 3, 'Meelopen bij adviesgesprekken', 'Bram', 'voor de zomer', 'open'],
  // Reached in the matrix (Coach 3 ≥ 2): not listed, whatever the status says.
  ['Anna', 'Coach', '', '', 2, 'Intervisie leiden', '', '', 'open'],
  // A goal on one competency: "Nu" from its own column, the typed status "bereikt" alone does not count.
  ['Anna', '', 'COA-K1', '', 4, '=voorbeeld', 'Dewi', 'Q3', 'bereikt'],
  ['Bram', 'Coach', '', '', 3, 'Cursus', '', '2027', ''],
];

const PLAN_AT = { origin: { sheet: 'Ontwikkelplan', row: 1, column: 1 } };

describe('ONTWIKKELPLAN', () => {
  test("lists the person's open goals in the plan's order, Nu read from the matrix", () => {
    expect(runFormula('ONTWIKKELPLAN', [PLAN, 'Anna', MATRIX])).toEqual([
      ['Gebied', 'Competentie', 'Nu', 'Doel', 'Actie', 'Met wie', 'Wanneer'],
      ['Adviseur', '', 1, 3, 'Meelopen bij adviesgesprekken', 'Bram', 'voor de zomer'],
      ['Coach', 'COA-K1', 2, 4, '=voorbeeld', 'Dewi', 'Q3'],
    ]);
  });

  test('DEVPLAN is the same function with English headers; the name is matched as the matrix writes it', () => {
    expect(runFormula('DEVPLAN', [PLAN, ' bram ', MATRIX], { lang: 'en' })).toEqual([
      ['Area', 'Competency', 'Now', 'Goal', 'Action', 'With whom', 'When'],
      ['Coach', '', 2, 3, 'Cursus', '', '2027'],
    ]);
  });

  test('a goal reached is not listed: Bram reaching Coach 3 leaves his table with the header only', () => {
    const grown = MATRIX.map((row) => (row[0] === 'Bram' ? ['Bram', 4, 3, null] : row));
    expect(runFormula('ONTWIKKELPLAN', [PLAN, 'Bram', grown])).toEqual([
      ['Gebied', 'Competentie', 'Nu', 'Doel', 'Actie', 'Met wie', 'Wanneer'],
    ]);
  });

  test('a person without goals, an empty plan and a plan of headers only each give the header only', () => {
    const header = [['Gebied', 'Competentie', 'Nu', 'Doel', 'Actie', 'Met wie', 'Wanneer']];
    expect(runFormula('ONTWIKKELPLAN', [PLAN, 'Chris', MATRIX])).toEqual(header);
    const blank = Array.from({ length: 5 }, () => Array.from({ length: 9 }, () => ''));
    expect(runFormula('ONTWIKKELPLAN', [blank, 'Anna', MATRIX])).toEqual(header);
    expect(runFormula('ONTWIKKELPLAN', [[HEADER], 'Anna', MATRIX])).toEqual(header);
  });

  test('a goal not scanned yet shows Nu empty, never 0', () => {
    const plan = [HEADER, ['Chris', 'Adviseur', '', '', 2, '', '', '', '']];
    const [, goal] = runFormula('ONTWIKKELPLAN', [plan, 'Chris', MATRIX]) as unknown[][];
    expect(goal).toEqual(['Adviseur', '', '', 2, '', '', '']);
  });

  test('bad input is refused naming the cell and the value', () => {
    const badGoal = [HEADER, ['Anna', 'Adviseur', '', '', 'hoog', '', '', '', '']];
    expect(refusal('ONTWIKKELPLAN', [badGoal, 'Anna', MATRIX], { lang: 'nl', argumentInfo: [PLAN_AT] })).toBe(
      'Cel Ontwikkelplan!E2: het doel "hoog" is geen niveau van 0 tot 4.',
    );
    const badArea = [HEADER, ['Anna', 'Zwemmen', '', '', 2, '', '', '', '']];
    expect(refusal('DEVPLAN', [badArea, 'Anna', MATRIX], { lang: 'en', argumentInfo: [PLAN_AT] })).toBe(
      'Cell Ontwikkelplan!B2: "Zwemmen" is not an area or competency of the profile npuls.',
    );
    expect(refusal('ONTWIKKELPLAN', [[['Wie', 'Wat']], 'Anna', MATRIX])).toBe(
      'Het blad Ontwikkelplan heeft geen kopregel met Naam, Gebied en Doel.',
    );
    expect(refusal('ONTWIKKELPLAN', [PLAN, 'Dewi', MATRIX])).toBe('Persoon "Dewi" staat niet in de matrix.');
    expect(refusal('ONTWIKKELPLAN', ['Ontwikkelplan', 'Anna', MATRIX])).toBe(
      'Verwacht een bereik (matrix) voor plan, kreeg "Ontwikkelplan".',
    );
  });

  test("an unreadable level in the person's row on a goal's area is named, not read as no level", () => {
    const unreadable = MATRIX.map((row) => (row[0] === 'Anna' ? ['Anna', 'hoog', 3, 2] : row));
    expect(refusal('ONTWIKKELPLAN', [PLAN, 'Anna', unreadable])).toMatch(/B2.*"hoog"/);
    // Elsewhere in the matrix it does not matter.
    expect(runFormula('ONTWIKKELPLAN', [PLAN, 'Bram', unreadable])).toHaveLength(2);
  });
});
