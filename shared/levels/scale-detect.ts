// Which scale a bound matrix's values are in (docs/design.md#own-layouts-and-their-scale), decided by the scale rules or left to the user: never guessed.

import { foldText } from '../text/normalize';
import { EMPTY, NOT_APPLICABLE } from './levels';
import { builtInScale, SCALE_IDS, type ScaleId, X_MARKS } from './scale';

/** The scale the values decide, or the scales a user chooses between (several read them differently, or none reads them all). */
export type ScaleDetection =
  | { readonly scale: ScaleId }
  | { readonly scale?: undefined; readonly choices: readonly ScaleId[]; readonly mixed: boolean };

const YES_NO_WORDS = new Set(['ja', 'nee', 'yes', 'no', 'true', 'false', 'waar', 'onwaar']);

/**
 * The scale of a matrix's level cells:
 * - only yes/no marks and words (x, o, ✓, ja, nee, yes, no, TRUE, FALSE) are a yes/no matrix: x-o when it has an x or o
 *   mark, else ja-nee;
 * - else the scales that read every value; beside x marks an o is "no", never the initial O, so 0-4 reads no such file;
 * - one such scale, or several that read every value alike (words mean the same on 0-4 and 1-5), is the scale;
 * - none, or several that disagree (numbers 1 to 4 only: 0-4 or 1-5? only 0 and 1: 0-4 or yes/no?), asks the user.
 * Empty and n.v.t. read alike in every scale and decide nothing.
 */
export function detectScale(values: Iterable<unknown>): ScaleDetection {
  const cells: unknown[] = [];
  let marksOnly = true;
  let x = false;
  let o = false;
  const base = builtInScale('0-4').read;
  for (const value of values) {
    const reading = base(value);
    if (reading === EMPTY || reading === NOT_APPLICABLE) continue;
    cells.push(value);
    const folded = typeof value === 'string' ? foldText(value) : undefined;
    if (folded !== undefined && X_MARKS.has(folded)) x = true;
    else if (folded === 'o') o = true;
    else if (typeof value !== 'boolean' && !(folded !== undefined && YES_NO_WORDS.has(folded))) marksOnly = false;
  }
  if (cells.length === 0) return { scale: '0-4' };
  if (marksOnly) return { scale: x || o ? 'x-o' : 'ja-nee' };
  const readings = SCALE_IDS.filter((id) => !(id === '0-4' && x && o)).map((id) => ({
    id,
    levels: cells.map(builtInScale(id).read),
    anyItem: builtInScale(id).anyItem,
  }));
  const valid = readings.filter((reading) => reading.levels.every((level) => level >= 0));
  if (valid.length === 0) return { choices: SCALE_IDS, mixed: true };
  const [first, ...others] = valid;
  const alike = others.every(
    (other) => other.anyItem === first!.anyItem && other.levels.every((level, i) => level === first!.levels[i]),
  );
  return alike ? { scale: first!.id } : { choices: valid.map((reading) => reading.id), mixed: false };
}
