// The one level scale: every fill readable with its text, a mean coloured by the band it falls in, and the panel,
// the reports and the spreadsheets all drawing it.

import fc from 'fast-check';
import { cellOf } from '../../shared/report/sections';
import {
  contrast,
  LEVEL_BANDS,
  LEVEL_SCALE_COLOURS,
  levelBand,
  levelBandColours,
  SHEET_TEXT,
} from '../../shared/theme/levels';
import { levelColours } from '../../shared/ui/coverage/status';
import { LEVEL_SCALE_COLOURS as PLAN_SCALE } from '../../shared/workbook/plan';

const channels = (hex: string) => [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16));
const hex = (values: number[]) => `#${values.map((value) => Math.round(value).toString(16).padStart(2, '0')).join('')}`;

test('every band’s text colour has a contrast of at least 4.5:1 on its fill (WCAG AA)', () => {
  expect(LEVEL_BANDS).toHaveLength(5);
  for (const { fill, text } of LEVEL_BANDS) expect(contrast(fill, text)).toBeGreaterThanOrEqual(4.5);
});

test('the contrast ratio is WCAG’s: black on white 21, a colour on itself 1, #767676 on white 4.54', () => {
  expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
  expect(contrast('#5b93d6', '#5b93d6')).toBe(1);
  expect(contrast('#ffffff', '#767676')).toBeCloseTo(4.54, 2);
});

test('the old legend chip, white on band 3, is what the scale no longer draws', () => {
  expect(contrast('#5b93d6', '#ffffff')).toBeLessThan(4.5);
  expect(LEVEL_BANDS[3]!.text).not.toBe('#ffffff');
});

test('the sheets’ colour scale keeps their black text readable at every level between its colours', () => {
  const [min, mid, max] = [LEVEL_SCALE_COLOURS.min, LEVEL_SCALE_COLOURS.mid, LEVEL_SCALE_COLOURS.max].map(channels);
  for (let step = 0; step <= 20; step++) {
    const share = step / 20;
    for (const [from, to] of [
      [min!, mid!],
      [mid!, max!],
    ] as const) {
      const colour = hex(from.map((value, i) => value + (to[i]! - value) * share));
      expect(contrast(colour, SHEET_TEXT)).toBeGreaterThanOrEqual(4.5);
    }
  }
});

test('a level’s band is its whole part: 1.6 is band 1 ("in ontwikkeling"), never 2 ("bekwaam")', () => {
  expect([0, 0.99, 1, 1.6, 1.99, 2, 2.5, 3.5, 4].map(levelBand)).toEqual([0, 0, 1, 1, 1, 2, 2, 3, 4]);
  fc.assert(
    fc.property(fc.double({ min: 0, max: 4, noNaN: true }), (level) => {
      const band = levelBand(level);
      return band <= level && (level < band + 1 || band === 4);
    }),
  );
});

test('the panel, the reports and the spreadsheets draw the one scale', () => {
  expect(PLAN_SCALE).toBe(LEVEL_SCALE_COLOURS);
  expect(cellOf(1.6, 'nl')).toBe(
    `<td class="level" style="background:${LEVEL_BANDS[1]!.fill};color:${LEVEL_BANDS[1]!.text}">1,6</td>`,
  );
  expect(cellOf(4, 'en')).toContain(`background:${LEVEL_BANDS[4]!.fill};color:#ffffff`);
  for (const level of [0, 1.6, 2, 3.4, 4]) expect(levelColours(level)).toBe(levelBandColours(level));
  expect(LEVEL_SCALE_COLOURS.min.toLowerCase()).toBe(LEVEL_BANDS[0]!.fill);
  expect(LEVEL_SCALE_COLOURS.mid.toLowerCase()).toBe(LEVEL_BANDS[2]!.fill);
  expect(LEVEL_SCALE_COLOURS.max.toLowerCase()).toBe(LEVEL_BANDS[3]!.fill);
});
