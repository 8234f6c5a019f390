// A bad cell costs its own row, visibly (docs/design.md#6-the-formulas): tables count the rest and end with a note naming what they left
// out; single answers fail only when the bad cell is in their own scope; NIVEAU errs on its own value.

import { analyze } from '../../shared/analysis/analyze';
import { runFormula } from '../../shared/formulas/registry';
import type { FormulaContext } from '../../shared/formulas/types';
import type { CellValue } from '../../shared/matrix/grid';
import { errorOf, read } from '../support/grids';

// Anna's Coach cell (Teammatrix!C2) says "hoog"; the rest is readable.
const team: CellValue[][] = [
  ['Naam', 'Basis', 'Coach', 'Adviseur', 'Ontwikkelwens adviseur', 'ADV-K1'],
  ['Anna', 3, 'hoog', 2, null, 4],
  ['Bram', 2, 2, 3, null, 1],
  ['Chris', 2, 3, 0, 'ja', null],
];
const clean = team.map((row, r) => (r === 1 ? row.map((cell, c) => (c === 2 ? null : cell)) : row));
const at = (lang: 'nl' | 'en' = 'nl'): FormulaContext => ({
  lang,
  argumentInfo: [{ origin: { sheet: 'Teammatrix', row: 1, column: 1 } }],
});
const NOTE = 'Niet meegeteld: Teammatrix!C2 "hoog"';

function table(id: string, args: unknown[], lang: 'nl' | 'en' = 'nl'): CellValue[][] {
  return runFormula(id, args, at(lang)) as CellValue[][];
}

describe('table functions count what they can read and end with a note row', () => {
  test.each([
    ['DEKKING', [team]],
    ['HIATEN', [team]],
    ['BASISNIVEAU', [team]],
    ['SLEUTELPERSONEN', [team]],
    ['LEERKOPPELS', [team]],
    ['VOORTGANG', [team, clean]],
  ])('%s: the table without the cell, then the note as wide as the table', (id, args) => {
    const rows = table(id, args);
    const withoutCell = table(
      id,
      args.map((arg) => (arg === team ? clean : arg)),
    );
    expect(rows.slice(0, -1)).toEqual(withoutCell);
    expect(rows.at(-1)).toEqual([NOTE, ...new Array(rows[0]!.length - 1).fill('')]);
  });

  test('the counts are those of the readable cells: Coach has two scanned, not an error', () => {
    const coach = table('DEKKING', [team]).find((row) => row[0] === 'Coach')!;
    expect(coach).toEqual(['Coach', 2, 1, 0, 2, 'gedekt']);
    const analysed = analyze(read(clean)).areas.find((area) => area.id === 'coach')!;
    expect(analysed).toMatchObject({ covered: 2, advanced: 1, scanned: 2 });
  });

  test('three cells named, then how many more; in English "Not counted: …, and N more"', () => {
    const bad = team.map((row, r) => (r === 0 ? row : row.map((cell, c) => (c >= 1 && c <= 3 ? `?${r}${c}` : cell))));
    const note = table('DEKKING', [bad]).at(-1)![0];
    expect(note).toBe('Niet meegeteld: Teammatrix!B2 "?11", Teammatrix!C2 "?12", Teammatrix!D2 "?13" en 6 meer');
    expect(table('COVERAGE', [bad], 'en').at(-1)![0]).toBe(
      'Not counted: Teammatrix!B2 "?11", Teammatrix!C2 "?12", Teammatrix!D2 "?13", and 6 more',
    );
  });

  test('no note row when every cell is readable', () => {
    expect(table('DEKKING', [clean])).toHaveLength(7);
  });

  test('a repeated name is still an error naming both rows', () => {
    const twice = [...clean, ['Anna', 1, 1, 1, null, 1]];
    expect(errorOf(() => runFormula('DEKKING', [twice], at())).detail.key).toBe('duplicatePerson');
  });
});

describe('single answers fail only when the bad cell is in their own scope', () => {
  test('GEDEKT and WIE answer for another area and fail for the area of the cell, naming it', () => {
    // Adviseur is Anna's and Bram's item mean (4 and 1) and Chris's 0: one covers it.
    expect(runFormula('GEDEKT', [team, 'adviseur'], at())).toBe(1);
    expect(runFormula('WIE', [team, 'basis'], at())).toEqual([['Anna'], ['Bram'], ['Chris']]);
    const error = errorOf(() => runFormula('GEDEKT', [team, 'coach'], at()));
    expect(error.detail.key).toBe('invalidLevel');
    expect(error.message).toContain('Teammatrix!C2');
    expect(errorOf(() => runFormula('WIE', [team, 'Coach'], at())).message).toContain('"hoog"');
  });

  test("SCORE fails only for that person's area; KANDIDATEN for that area, its wish column included", () => {
    expect(runFormula('SCORE', [team, 'Bram', 'coach'], at())).toBe(2);
    expect(runFormula('SCORE', [team, 'Anna', 'adviseur'], at())).toBe(4);
    expect(errorOf(() => runFormula('SCORE', [team, 'Anna', 'coach'], at())).message).toContain('Teammatrix!C2');
    expect(runFormula('KANDIDATEN', [team, 'adviseur'], at())).toEqual([['Chris'], ['Bram']]);
    expect(errorOf(() => runFormula('KANDIDATEN', [team, 'coach'], at())).detail.key).toBe('invalidLevel');
    const badWish = clean.map((row, r) => (r === 2 ? row.map((cell, c) => (c === 4 ? 'misschien' : cell)) : row));
    expect(errorOf(() => runFormula('KANDIDATEN', [badWish, 'adviseur'], at())).message).toContain('Teammatrix!E3');
    expect(runFormula('GEDEKT', [badWish, 'adviseur'], at())).toBe(1);
  });

  test('NIVEAU errs on its own value', () => {
    expect(errorOf(() => runFormula('NIVEAU', ['hoog'], at())).detail.key).toBe('invalidLevel');
  });
});
