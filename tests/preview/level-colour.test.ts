// The preview grid colours level cells with the plan's level scale, as Excel and Sheets draw it: light to deep
// blue, the lowest level a pale tint, never red.

import { levelScaleColour } from '../../preview/level-colour';
import { LEVEL_SCALE_COLOURS } from '../../shared/workbook/plan';

const rgb = (hex: string) => `rgb(${[1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16)).join(', ')})`;

test('0, 2 and 4 are the scale’s own colours; levels between lie between them', () => {
  expect(levelScaleColour(0)).toBe(rgb(LEVEL_SCALE_COLOURS.min));
  expect(levelScaleColour(2)).toBe(rgb(LEVEL_SCALE_COLOURS.mid));
  expect(levelScaleColour(4)).toBe(rgb(LEVEL_SCALE_COLOURS.max));
  expect(levelScaleColour('Bekwaam')).toBe(rgb(LEVEL_SCALE_COLOURS.mid));
  // EEF3FB → 9FC0EA halfway: each channel the rounded mean.
  expect(levelScaleColour(1)).toBe('rgb(199, 218, 243)');
});

test('no colour for what is no level', () => {
  for (const value of [null, '', 'hoog', 5, -1, 'n.v.t.']) expect(levelScaleColour(value)).toBeUndefined();
});
