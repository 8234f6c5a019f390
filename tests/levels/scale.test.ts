// Other scales (docs/design.md#3-levels-and-cell-values): 1-5, ja-nee, x-o, a profile's Niveaus block, English level words, thresholds in scale.

import { EMPTY, INVALID, NOT_APPLICABLE } from '../../shared/levels/levels';
import { readLevel } from '../../shared/levels/parse';
import { builtInScale, customScale, readScale, thresholdInScale } from '../../shared/levels/scale';
import { errorOf } from '../support/grids';

describe('English level words beside the Dutch', () => {
  test.each([
    ['None', 0],
    ['Beginner', 1],
    ['Basic', 1],
    ['Novice', 1],
    ['Intermediate', 2],
    ['Proficient', 3],
    ['Advanced', 3],
    ['Expert', 4],
    ['1 - Beginner', 1],
    ['2 - Intermediate', 2],
    ['0 – None', 0],
  ])('%p reads as %p', (text, level) => {
    expect(readLevel(text)).toBe(level);
  });

  test('a number that contradicts its word is no level', () => {
    expect(readLevel('3 - Beginner')).toBe(INVALID);
  });
});

describe('1-5', () => {
  const read = builtInScale('1-5').read;
  test('1 → 0 … 5 → 4, in numbers, text and with words', () => {
    expect([1, 2, 3, 4, 5].map(read)).toEqual([0, 1, 2, 3, 4]);
    expect(['1', '3,5', '5 - Expert', '2 - Beginner', '3 - Intermediate'].map(read)).toEqual([0, 2.5, 4, 1, 2]);
  });
  test('0, 6 and marks are no levels on 1–5; words and n.v.t. still read', () => {
    expect([0, 6, '0', 'x', 'o', '3 - Gevorderd'].map(read)).toEqual(Array(6).fill(INVALID));
    expect(['Bekwaam', 'n.v.t.', '', null].map(read)).toEqual([2, NOT_APPLICABLE, EMPTY, EMPTY]);
  });
});

describe('ja-nee and x-o', () => {
  test('held is 2, not held is 0; anything else is no level', () => {
    const yesNo = builtInScale('ja-nee');
    expect([1, 0, '1', '0', 'ja', 'nee', 'x', true, false].map(yesNo.read)).toEqual([2, 0, 2, 0, 2, 0, 2, 2, 0]);
    expect([2, 4, 'o', 'B', 'misschien'].map(yesNo.read)).toEqual(Array(5).fill(INVALID));
    expect(yesNo.anyItem).toBe(true);
    const xo = builtInScale('x-o');
    expect(['x', 'X', 'o', 'O', ' o '].map(xo.read)).toEqual([2, 2, 0, 0, 0]);
    expect(['B', 'G', 'E'].map(xo.read)).toEqual(Array(3).fill(INVALID));
  });
});

describe('stating a scale', () => {
  test('the option words, and an unknown one refused naming what is possible', () => {
    expect(
      ['1-5', '1–5', '0-4', 'ja-nee', 'ja/nee', 'yes/no', 'x-o', 'x/o', '0/1'].map((v) => readScale(v)?.id),
    ).toEqual(['1-5', '1-5', '0-4', 'ja-nee', 'ja-nee', 'ja-nee', 'x-o', 'x-o', 'ja-nee']);
    expect(readScale('')).toBeUndefined();
    expect(errorOf(() => readScale('1-10')).localized('nl')).toBe(
      'Onbekende schaal "1-10". Mogelijk: 0-4, 1-5, ja-nee, x-o.',
    );
  });

  test('a Niveaus block reads exactly its values', () => {
    const scale = customScale([
      { value: 'Beginner', level: 1 },
      { value: 'Pro', level: 3 },
      { value: '5', level: 4 },
    ]);
    expect(['beginner', 'PRO', 5, '5', 'n.v.t.', ''].map(scale.read)).toEqual([1, 3, 4, 4, NOT_APPLICABLE, EMPTY]);
    expect([3, 'Bekwaam', 'x'].map(scale.read)).toEqual([INVALID, INVALID, INVALID]);
  });

  test('thresholds read in the same scale', () => {
    expect(thresholdInScale('5', builtInScale('1-5'))).toBe(4);
    expect(thresholdInScale('ja', builtInScale('ja-nee'))).toBe(2);
    expect(thresholdInScale('3', undefined)).toBe('3');
    expect(errorOf(() => thresholdInScale('0', builtInScale('1-5'))).localized('en')).toBe(
      'The threshold "0" is not a value of the scale 1-5.',
    );
  });
});
