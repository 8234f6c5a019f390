// The colour of a level cell in the preview grid: the plan's level scale, as Excel and Sheets draw it.

import { MAX_LEVEL, MIN_LEVEL } from '../shared/levels/levels';
import { readLevel } from '../shared/levels/parse';
import type { CellValue } from '../shared/matrix/grid';
import { LEVEL_SCALE_COLOURS } from '../shared/workbook/plan';

function channels(hex: string): number[] {
  return [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16));
}

function mix(from: string, to: string, share: number): string {
  const [a, b] = [channels(from), channels(to)];
  return `rgb(${a.map((value, i) => Math.round(value + (b[i]! - value) * share)).join(', ')})`;
}

/** LEVEL_SCALE_COLOURS at 0, 2 and 4 with straight steps between (a 3-colour scale); undefined for no level. */
export function levelScaleColour(value: CellValue): string | undefined {
  const level = readLevel(value);
  if (!(level >= MIN_LEVEL) || level > MAX_LEVEL) return undefined;
  const middle = (MIN_LEVEL + MAX_LEVEL) / 2;
  return level <= middle
    ? mix(LEVEL_SCALE_COLOURS.min, LEVEL_SCALE_COLOURS.mid, (level - MIN_LEVEL) / (middle - MIN_LEVEL))
    : mix(LEVEL_SCALE_COLOURS.mid, LEVEL_SCALE_COLOURS.max, (level - middle) / (MAX_LEVEL - middle));
}
