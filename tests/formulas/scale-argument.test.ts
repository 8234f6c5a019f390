// The functions' `schaal` argument (docs/design.md#3-levels-and-cell-values, docs/design.md#6-the-formulas): the matrix, the threshold and a norms table read in one scale.

import { runFormula } from '../../shared/formulas/registry';
import type { CellValue } from '../../shared/matrix/grid';
import { errorOf } from '../support/grids';

const nl = { lang: 'nl' as const };
const ONE_TO_FIVE: CellValue[][] = [
  ['Naam', 'Coach', 'Adviseur'],
  ['Anna', 5, 1],
  ['Bram', 4, 2],
  ['Chris', 3, 3],
];

describe('schaal', () => {
  test('is the last, optional argument of every function over a matrix', () => {
    // GEDEKT(matrix; gebied; drempel; profiel; schaal)
    expect(runFormula('GEDEKT', [ONE_TO_FIVE, 'coach', null, null, '1-5'], nl)).toBe(3);
    expect(runFormula('GEDEKT', [ONE_TO_FIVE, 'coach', 5, null, '1-5'], nl)).toBe(1);
    expect(errorOf(() => runFormula('GEDEKT', [ONE_TO_FIVE, 'coach'], nl)).detail.key).toBe('invalidLevel');
  });

  test('a norms table is read in the scale', () => {
    const norms: CellValue[][] = [
      ['Gebied', 'Drempel', 'Doel'],
      ['Coach', 5, 1],
    ];
    const table = runFormula('DEKKING', [ONE_TO_FIVE, norms, norms, null, '1-5'], nl) as CellValue[][];
    expect(table.find((row) => row[0] === 'Coach')).toEqual(['Coach', 1, 2, 1, 3, 'gedekt']);
  });

  test('ja-nee: an area is covered by a person holding any of its items', () => {
    const yesNo: CellValue[][] = [
      ['Naam', 'ADV-K1', 'ADV-K2'],
      ['Anna', 1, 0],
      ['Bram', 0, 0],
    ];
    expect(runFormula('WIE', [yesNo, 'adviseur', null, null, 'ja-nee'], nl)).toEqual([['Anna']]);
  });

  test('an unknown scale names the possible ones', () => {
    const error = errorOf(() => runFormula('GEDEKT', [ONE_TO_FIVE, 'coach', null, null, '1-7'], nl));
    expect(error.localized('nl')).toBe('Onbekende schaal "1-7". Mogelijk: 0-4, 1-5, ja-nee, x-o.');
  });
});
