// x marks beside Dutch initials (docs/design.md#3-levels-and-cell-values): "o" next to x is "no", never the initial O; x and o beside N/B/G/E is refused.

import { fail, type Message, message } from '../i18n/message';
import { DUTCH_INITIALS, readLevel } from '../levels/parse';
import { type Scale, X_MARKS } from '../levels/scale';
import { cellAddress, type GridOrigin } from './address';
import type { CellValue } from './grid';
import { shownValue } from './read-checks';

/** A cell's text is an o mark ("o", "O", spaces aside): "no" beside x marks, else the initial O. */
export function isOMark(text: string): boolean {
  return text.trim().toLowerCase() === 'o';
}

/** The longest text scaleOfMarks looks at: a mark is one letter, a few spaces around it at most. */
const MARK_LENGTH = 4;

/** A text scaleOfMarks counts as an o mark: the one mark that can change a reading's scale. */
export function isCountedOMark(text: string): boolean {
  return text.length <= MARK_LENGTH && isOMark(text);
}

/**
 * 0–4 with o as "no" (0): cells beside the marks (numbers, labels) keep their meaning, so only the o changes.
 * Areas stay the mean of their items; --schaal x-o states a yes/no matrix where any item covers.
 */
const O_AS_NO: Scale = {
  id: '0-4',
  read: (value) => (typeof value === 'string' && isOMark(value) ? 0 : readLevel(value)),
  anyItem: false,
};

interface Found {
  readonly r: number;
  readonly c: number;
  readonly value: CellValue;
}

/** The scale a default-scale matrix is read in, when its single-letter cells decide it; undefined for 0–4. */
export function scaleOfMarks(
  rows: readonly (readonly CellValue[])[],
  mask: readonly (readonly boolean[])[] | undefined,
  columns: Int32Array,
  origin: GridOrigin,
): { scale: Scale; warning: Message } | undefined {
  let x: Found | undefined;
  let o: Found | undefined;
  let initial: Found | undefined;
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r]!;
    // Indexed and typeof first: this pass touches every level cell of a large matrix (docs/design.md#10-performance-targets).
    for (let i = 0; i < columns.length; i++) {
      const c = columns[i]!;
      const value = row[c];
      if (typeof value !== 'string' || value.length > MARK_LENGTH || mask?.[r]?.[c]) continue;
      const letter = value.trim().toLowerCase();
      if (letter.length !== 1) continue;
      if (!x && X_MARKS.has(letter)) x = { r, c, value };
      else if (!o && letter === 'o') o = { r, c, value };
      else if (!initial && letter !== 'o' && DUTCH_INITIALS.has(letter)) initial = { r, c, value };
    }
  }
  // x beside B or G alone is no riddle (x is "ja", a quickscan mark): only an o between them is ambiguous.
  if (!x || !o) return undefined;
  if (initial) {
    fail('mixedMarks', {
      xCell: cellAddress(origin, x.r, x.c),
      xValue: shownValue(x.value),
      oCell: cellAddress(origin, o.r, o.c),
      initialCell: cellAddress(origin, initial.r, initial.c),
      initialValue: shownValue(initial.value),
    });
  }
  return {
    scale: O_AS_NO,
    warning: message('readAsXo', { xCell: cellAddress(origin, x.r, x.c), oCell: cellAddress(origin, o.r, o.c) }),
  };
}
