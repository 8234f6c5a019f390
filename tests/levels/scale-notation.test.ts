// A level written in a matrix's own notation reads back as the same level in its scale (docs/design.md#3-levels-and-cell-values):
// 1–5 is one more, a yes/no scale its own held and not-held marks; numbers held as text stay text.

import fc from 'fast-check';
import { builtInScale, SCALE_IDS, type ScaleId } from '../../shared/levels/scale';
import { cellOfLevel, notationOf, scaleLevels } from '../../shared/levels/scale-notation';

/** Cells a matrix in each scale may hold, in the spellings files use. */
const CELLS: Record<ScaleId, fc.Arbitrary<unknown>> = {
  '0-4': fc.constantFrom(0, 1, 2, 3, 4, '3', 'Bekwaam', null, 'n.v.t.'),
  '1-5': fc.constantFrom(1, 2, 3, 4, 5, '1', '5', ' 4 ', 'Beginner', null, 'n.v.t.'),
  'ja-nee': fc.constantFrom('ja', 'nee', 'Ja', 'NEE', 'yes', 'no', 1, 0, 'x', null, 'nvt'),
  'x-o': fc.constantFrom('x', 'o', 'X', 'O', '✓', ' x ', 'ja', 'nee', null),
};

test('property: write-then-read gives the same level for every level the scale expresses', () => {
  for (const scale of SCALE_IDS) {
    fc.assert(
      fc.property(fc.array(CELLS[scale], { maxLength: 12 }), (cells) => {
        const notation = notationOf(scale, cells);
        for (const level of scaleLevels(scale)) {
          expect(builtInScale(scale).read(cellOfLevel(notation, level))).toBe(level);
        }
      }),
    );
  }
});

test('the levels a scale expresses: 0–4 on 0-4 and 1-5, not held (0) and held (2) on ja-nee and x-o', () => {
  expect(scaleLevels('0-4')).toEqual([0, 1, 2, 3, 4]);
  expect(scaleLevels('1-5')).toEqual([0, 1, 2, 3, 4]);
  expect(scaleLevels('ja-nee')).toEqual([0, 2]);
  expect(scaleLevels('x-o')).toEqual([0, 2]);
});

test('1–5 writes one more, as a number or as text where the file holds its numbers as text', () => {
  expect(cellOfLevel(notationOf('1-5', [null, 'n.v.t.', 5, '2']), 3)).toBe(4);
  expect(cellOfLevel(notationOf('1-5', ['Beginner', '2', 5]), 3)).toBe('4');
  expect(cellOfLevel(notationOf('1-5', []), 0)).toBe(1);
  expect(cellOfLevel(notationOf('0-4', [3]), 3)).toBe(3);
});

test('a yes/no scale writes the file’s own marks (first seen, trimmed), else x/o or ja/nee', () => {
  const xo = notationOf('x-o', [null, ' X ', 'o', 'x', 'O']);
  expect([cellOfLevel(xo, 2), cellOfLevel(xo, 0)]).toEqual(['X', 'o']);
  expect([cellOfLevel(notationOf('x-o', ['✓']), 2), cellOfLevel(notationOf('x-o', ['✓']), 0)]).toEqual(['✓', 'o']);
  const yesNo = notationOf('ja-nee', ['yes', 'no']);
  expect([cellOfLevel(yesNo, 2), cellOfLevel(yesNo, 0)]).toEqual(['yes', 'no']);
  const binary = notationOf('ja-nee', [0, 1]);
  expect([cellOfLevel(binary, 2), cellOfLevel(binary, 0)]).toEqual([1, 0]);
  // TRUE/FALSE cannot be carried by a row write: the words instead.
  const booleans = notationOf('ja-nee', [true, false]);
  expect([cellOfLevel(booleans, 2), cellOfLevel(booleans, 0)]).toEqual(['ja', 'nee']);
});

test('a level a yes/no scale cannot express is refused, never rounded', () => {
  expect(() => cellOfLevel(notationOf('x-o', ['x', 'o']), 3)).toThrow(RangeError);
  expect(() => cellOfLevel(notationOf('ja-nee', []), 1)).toThrow(RangeError);
});
