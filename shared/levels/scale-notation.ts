// A matrix's own notation of its scale (docs/design.md#own-layouts-and-their-scale): the levels a scale expresses and the cell a level is written as.

import { builtInScale, HELD, isYesNoScale as isYesNo, NOT_HELD, type ScaleId } from './scale';

/** How one matrix writes its scale: the marks it uses for held and not held, and whether its numbers are text. */
export interface Notation {
  readonly scale: ScaleId;
  /** Yes/no scales: the matrix's own value for held (its first, e.g. "x", "X", "ja", 1) and for not held ("o", "nee", 0). */
  readonly held: string | number;
  readonly notHeld: string | number;
  /** 1–5: the matrix holds its numbers as text ("4"), so a written level is text too. */
  readonly text: boolean;
}

const ALL_LEVELS: readonly number[] = [0, 1, 2, 3, 4];
const YES_NO_LEVELS: readonly number[] = [NOT_HELD, HELD];

/** The levels a scale can express: 0–4 on 0-4 and 1-5; not held (0) and held (2) on ja-nee and x-o. */
export function scaleLevels(scale: ScaleId): readonly number[] {
  return isYesNo(scale) ? YES_NO_LEVELS : ALL_LEVELS;
}

/**
 * The notation of the values a matrix holds in `scale`: the first value read as held and as not held (text or a
 * number; never TRUE/FALSE, which a row write cannot carry), else x/o or ja/nee; for 1–5 whether its first number is text.
 */
export function notationOf(scale: ScaleId, values: Iterable<unknown>): Notation {
  const read = builtInScale(scale).read;
  let held: string | number | undefined;
  let notHeld: string | number | undefined;
  let text: boolean | undefined;
  for (const value of values) {
    if (typeof value !== 'string' && typeof value !== 'number') continue;
    const level = read(value);
    if (level < 0) continue;
    if (isYesNo(scale)) {
      const mark = typeof value === 'string' ? value.trim() : value;
      if (level === HELD) held ??= mark;
      else notHeld ??= mark;
      if (held !== undefined && notHeld !== undefined) break;
    } else if (typeof value === 'number' || /^\s*\d/.test(value)) {
      text = typeof value === 'string';
      break;
    }
  }
  const xo = scale === 'x-o';
  return { scale, held: held ?? (xo ? 'x' : 'ja'), notHeld: notHeld ?? (xo ? 'o' : 'nee'), text: text ?? false };
}

/**
 * The cell a level is written as in the matrix's notation: the level itself on 0–4, one more on 1–5 (level 3 → 4),
 * the held or not-held mark on a yes/no scale. A level the scale cannot express is a RangeError (the form never offers it).
 */
export function cellOfLevel(notation: Notation, level: number): string | number {
  if (isYesNo(notation.scale)) {
    if (level === HELD) return notation.held;
    if (level === NOT_HELD) return notation.notHeld;
    throw new RangeError(`level ${level} is not on the ${notation.scale} scale`);
  }
  const value = notation.scale === '1-5' ? level + 1 : level;
  return notation.text ? String(value) : value;
}
