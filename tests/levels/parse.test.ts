// Reading one cell as a level (docs/design.md#3-levels-and-cell-values): every accepted spelling, every rejection, never unknown text as 0.

import fc from 'fast-check';
import { EMPTY, INVALID, NOT_APPLICABLE } from '../../shared/levels/levels';
import { readLevel } from '../../shared/levels/parse';
import { foldText } from '../../shared/text/normalize';

describe('readLevel', () => {
  test.each([
    [0, 0],
    [4, 4],
    [2.5, 2.5],
    ['3', 3],
    ['2,5', 2.5],
    ['2.5', 2.5],
    [' 1 ', 1],
  ])('reads the number %p as %p', (value, expected) => {
    expect(readLevel(value)).toBe(expected);
  });

  test.each([
    ['Nog niet', 0],
    ['In ontwikkeling', 1],
    ['Bekwaam', 2],
    ['Gevorderd', 3],
    ['Expert', 4],
    ['Not yet', 0],
    ['Developing', 1],
    ['Competent', 2],
    ['Advanced', 3],
    ['  BEKWAAM  ', 2],
    ['gevórderd', 3],
    ['in   ontwikkeling', 1],
  ])('reads the label %p as %p', (value, expected) => {
    expect(readLevel(value)).toBe(expected);
  });

  test.each([
    ['3 Gevorderd', 3],
    ['3 - Gevorderd', 3],
    ['3 – Advanced', 3],
    ['2: bekwaam', 2],
    ['4. Expert', 4],
    ['0 - Nog niet', 0],
    ['1 O', 1],
  ])('reads a label with its number %p as %p', (value, expected) => {
    expect(readLevel(value)).toBe(expected);
  });

  test.each([
    ['N', 0],
    ['O', 1],
    ['B', 2],
    ['G', 3],
    ['E', 4],
    ['b', 2],
  ])('reads the initial %p as %p', (value, expected) => {
    expect(readLevel(value)).toBe(expected);
  });

  test.each([
    ['x', 2],
    ['X', 2],
    ['ja', 2],
    ['Yes', 2],
    ['✓', 2],
    [true, 2],
    ['TRUE', 2],
    ['WAAR', 2],
    ['nee', 0],
    ['No', 0],
    [false, 0],
    ['FALSE', 0],
    ['ONWAAR', 0],
  ])('reads the quickscan mark %p as %p', (value, expected) => {
    expect(readLevel(value)).toBe(expected);
  });

  test.each(['n.v.t.', 'nvt', 'N.V.T', 'n/a', 'NA', 'na', 'Niet van toepassing', 'not applicable'])(
    'reads %p as not applicable',
    (value) => {
      expect(readLevel(value)).toBe(NOT_APPLICABLE);
    },
  );

  test.each([null, undefined, '', '   '])('reads %p as empty, not 0', (value) => {
    expect(readLevel(value)).toBe(EMPTY);
  });

  test.each([
    'hoog',
    'goed',
    5,
    -1,
    4.5,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    '3 - Bekwaam',
    '2 x',
    '#N/A',
    '5 - Expert',
    'n.',
    '.n',
    'nE.E',
    new Date(2026, 0, 1),
    {},
  ])('rejects %p', (value) => {
    expect(readLevel(value)).toBe(INVALID);
  });

  test('any number from 0 to 4 reads as itself', () => {
    fc.assert(fc.property(fc.double({ min: 0, max: 4, noNaN: true }), (value) => readLevel(value) === value));
  });

  test('any number outside 0–4 is rejected', () => {
    const outside = fc.oneof(
      fc.double({ max: -Number.MIN_VALUE, noNaN: true }),
      fc.double({ min: 4.000001, noNaN: true }),
    );
    fc.assert(fc.property(outside, (value) => readLevel(value) === INVALID));
  });

  test('unknown text is never read as 0', () => {
    const zeroSpellings = new Set(['0', 'nog niet', 'not yet', 'n', 'nee', 'no', 'false', 'onwaar']);
    fc.assert(
      // Random text plus near misses built from the characters of the zero spellings.
      fc.property(fc.oneof(fc.string({ maxLength: 12 }), fc.stringMatching(/^[ 0nNoOeE.,-]{1,5}$/)), (value) => {
        const reading = readLevel(value);
        if (reading !== 0) return true;
        const folded = foldText(value).replace(/^0+(?=\d)/, '');
        return (
          zeroSpellings.has(folded) ||
          /^0+([.,]0+)?$/.test(folded) ||
          /^0\s*[-–—:.)]?\s*(nog niet|not yet|n)$/.test(folded)
        );
      }),
    );
  });

  test('case and surrounding spaces never change a reading', () => {
    const words = fc.constantFrom('Bekwaam', 'gevorderd', 'Expert', 'x', 'n.v.t.', 'In ontwikkeling', '3 - Gevorderd');
    fc.assert(
      fc.property(words, fc.boolean(), fc.nat(3), (word, upper, pad) => {
        const spaced = `${' '.repeat(pad)}${upper ? word.toUpperCase() : word.toLowerCase()}${' '.repeat(pad)}`;
        return readLevel(spaced) === readLevel(word);
      }),
    );
  });
});
