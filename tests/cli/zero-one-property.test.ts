// Levels of only 0 and 1 read on the default scale (docs/design.md#3-levels-and-cell-values): likely a yes/no matrix, and the CLI says
// what --schaal ja-nee would change; any other level or a label says nothing (a stated scale: analyze-zero-one.test.ts).

import fc from 'fast-check';
import { zeroOneWarning } from '../../cli/read/zero-one';
import { formatMessage } from '../../shared/i18n/message';
import type { CellValue } from '../../shared/matrix/grid';
import { readMatrix } from '../../shared/matrix/read';
import { NPULS } from '../../shared/profiles/data/npuls';

const HEADER = ['Naam', 'Coach', 'Adviseur', 'Didacticus', 'Innovator'];
const warningOf = (values: CellValue[][]) => zeroOneWarning({ values }, readMatrix({ values }, NPULS));
const keys = (values: CellValue[][]) => [warningOf(values)?.key];

describe('the 0/1 warning', () => {
  const grid: CellValue[][] = [HEADER, ['Anna', 0, 1, 0, 0], ['Bram', '1', '0', 'n.v.t.', null], ['Cor', 0, 0, 0, 0]];

  test('names the first 1 and what ja-nee would change, nl and en', () => {
    const warning = warningOf(grid)!;
    expect(formatMessage(warning, 'nl')).toContain('Alleen 0 en 1 (bijv. C2), gelezen als 0–4.');
    expect(formatMessage(warning, 'nl')).toContain('--schaal ja-nee');
    expect(formatMessage(warning, 'en')).toContain('1 is Competent (2)');
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
