// Levels of only 0 and 1 read on the default scale (docs/design.md#3-levels-and-cell-values): likely a yes/no matrix, and the reading says
// what --schaal ja-nee would change; any other level, a label or a stated scale says nothing.

import fc from 'fast-check';
import { formatMessage } from '../../shared/i18n/message';
import { builtInScale } from '../../shared/levels/scale';
import type { CellValue } from '../../shared/matrix/grid';
import { readMatrix } from '../../shared/matrix/read';
import { NPULS } from '../../shared/profiles/data/npuls';

const HEADER = ['Naam', 'Coach', 'Adviseur', 'Didacticus', 'Innovator'];
const keys = (grid: CellValue[][], scale?: 'ja-nee' | '0-4') =>
  readMatrix({ values: grid }, NPULS, scale ? { scale: builtInScale(scale) } : {}).warnings.map((w) => w.key);

describe('the 0/1 warning', () => {
  const grid: CellValue[][] = [HEADER, ['Anna', 0, 1, 0, 0], ['Bram', '1', '0', 'n.v.t.', null], ['Cor', 0, 0, 0, 0]];

  test('names the first 1 and what ja-nee would change, nl and en', () => {
    const warning = readMatrix({ values: grid }, NPULS).warnings.find((w) => w.key === 'onlyZeroOne')!;
    expect(formatMessage(warning, 'nl')).toContain('Alle niveaus in deze matrix zijn 0 of 1 (bijv. cel C2)');
    expect(formatMessage(warning, 'nl')).toContain('--schaal ja-nee');
    expect(formatMessage(warning, 'en')).toContain('then 1 counts as Competent (2)');
  });

  test('not with a stated scale, also not a stated 0-4', () => {
    expect(keys(grid, 'ja-nee')).not.toContain('onlyZeroOne');
    expect(keys(grid, '0-4')).not.toContain('onlyZeroOne');
  });

  test('not when nobody has a 1, nor beside a label, nor in rows that are no people', () => {
    expect(keys([HEADER, ['Anna', 0, 0, 0, 0]])).not.toContain('onlyZeroOne');
    expect(keys([HEADER, ['Anna', 0, 1, 0, 0], ['Bram', 'In ontwikkeling', 0, 0, 0]])).not.toContain('onlyZeroOne');
    // The totals row (2) is no person: it does not hide the warning.
    expect(keys([HEADER, ['Anna', 0, 1, 0, 0], ['Bram', 1, 1, 0, 0], ['Totaal', 1, 2, 0, 0]])).toContain('onlyZeroOne');
  });

  test('property: only 0/1 with a 1 warns; one level 2–4 anywhere does not', () => {
    const cell = fc.constantFrom<CellValue>(0, 1, '0', '1', null, 'n.v.t.');
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 4, maxLength: 4 }), { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 2, max: 4 }),
        fc.nat(),
        (levels, high, at) => {
          const rows: CellValue[][] = [HEADER, ...levels.map((row, p) => [`P${p}`, ...row])];
          const hasOne = levels.some((row) => row.some((value) => value === 1 || value === '1'));
          expect(keys(rows).includes('onlyZeroOne')).toBe(hasOne);
          const r = 1 + (at % levels.length);
          rows[r]![1 + (at % 4)] = high;
          expect(keys(rows)).not.toContain('onlyZeroOne');
        },
      ),
      { numRuns: 200 },
    );
  });
});
