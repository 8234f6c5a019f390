// The scale a matrix's values decide (docs/design.md#3-levels-and-cell-values), or the choice left to the user: never a guess.

import fc from 'fast-check';
import { INVALID } from '../../shared/levels/levels';
import { builtInScale } from '../../shared/levels/scale';
import { detectScale } from '../../shared/levels/scale-detect';

test('values that only one scale reads decide it', () => {
  expect(detectScale([0, 3, 4, 2.5, null])).toEqual({ scale: '0-4' });
  expect(detectScale([1, 5, 3, '4', 'n.v.t.'])).toEqual({ scale: '1-5' });
  expect(detectScale(['N', 'B', 'G', 'E'])).toEqual({ scale: '0-4' });
  expect(detectScale(['3 - Gevorderd', 2, 1])).toEqual({ scale: '0-4' });
  // x beside numbers is the quickscan mark of 0–4 (2); 1–5 has no place for a bare mark.
  expect(detectScale(['x', 3, 1])).toEqual({ scale: '0-4' });
});

test('only yes/no marks and words are a yes/no matrix: x-o with an x or o mark, else ja-nee', () => {
  expect(detectScale(['x', 'o', 'X', null])).toEqual({ scale: 'x-o' });
  expect(detectScale(['x', null, 'x'])).toEqual({ scale: 'x-o' });
  expect(detectScale(['ja', 'nee', 'Ja'])).toEqual({ scale: 'ja-nee' });
  expect(detectScale(['yes', 'no', true, false])).toEqual({ scale: 'ja-nee' });
});

test('words mean the same on 0-4 and 1-5: no question; nothing to read is 0-4', () => {
  expect(detectScale(['Bekwaam', 'Expert', 'Beginner'])).toEqual({ scale: '0-4' });
  expect(detectScale([null, '', 'n.v.t.'])).toEqual({ scale: '0-4' });
});

test('values several scales read differently ask the user', () => {
  expect(detectScale([1, 2, 3, 4])).toEqual({ choices: ['0-4', '1-5'], mixed: false });
  expect(detectScale([0, 1, 1])).toEqual({ choices: ['0-4', 'ja-nee', 'x-o'], mixed: false });
});

test('values no scale reads all of ask the user, with every scale; an o beside x is never the initial O', () => {
  expect(detectScale(['x', 'o', 'B'])).toEqual({ choices: ['0-4', '1-5', 'ja-nee', 'x-o'], mixed: true });
  expect(detectScale([0, 5])).toEqual({ choices: ['0-4', '1-5', 'ja-nee', 'x-o'], mixed: true });
  expect(detectScale(['x', 'o', 3])).toEqual({ choices: ['0-4', '1-5', 'ja-nee', 'x-o'], mixed: true });
});

test('property: a decided scale reads every value; a question offers only scales that do (or all, when none does)', () => {
  const cell = fc.constantFrom(0, 1, 2, 3, 4, 5, '3', 'x', 'o', 'ja', 'nee', 'B', 'Bekwaam', null, 'n.v.t.', 'hoog');
  fc.assert(
    fc.property(fc.array(cell, { maxLength: 10 }), (values) => {
      const detected = detectScale(values);
      if (detected.scale) {
        const read = builtInScale(detected.scale).read;
        for (const value of values) expect(read(value)).not.toBe(INVALID);
      } else {
        expect(detected.choices.length).toBeGreaterThan(detected.mixed ? 3 : 1);
      }
      // "o" beside "x" never decides 0-4, where it would be the initial O (In ontwikkeling).
      if (values.includes('x') && values.includes('o')) expect(detected.scale).not.toBe('0-4');
    }),
  );
});
