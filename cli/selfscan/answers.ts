// A level or wish as the personal workbook shows it, and an answer read back: a value, "not answered", or unreadable.

import type { Language } from '../../shared/i18n/language';
import { EMPTY, INVALID, NOT_APPLICABLE } from '../../shared/levels/levels';
import { readLevel } from '../../shared/levels/parse';
import type { CellValue } from '../../shared/matrix/grid';
import { foldText } from '../../shared/text/normalize';
import { NOT_APPLICABLE_VALUE } from '../../shared/workbook/texts';
import { PERSONAL_TEXTS } from './texts';

/** What a returned cell says: a value to write, nothing (left empty: not answered), or a cell that cannot be read. */
export type Answer =
  | { readonly kind: 'value'; readonly value: string | number }
  | { readonly kind: 'empty' }
  | { readonly kind: 'unreadable' };

/** "kan ik niet beoordelen" is n.v.t. (docs/design.md#12-rounds-history-and-reports): the picker's last choice in both languages, or those words. */
const CANNOT_JUDGE = new Set(
  [...Object.values(PERSONAL_TEXTS).map((texts) => texts.notApplicable), 'kan ik niet beoordelen', 'cannot judge'].map(
    foldText,
  ),
);

/** A level cell of the matrix as the picker shows it: "2 - Bekwaam", the n.v.t. choice, or the value as it is. */
export function shownLevel(value: CellValue, lang: Language): string | number | null {
  const level = readLevel(value);
  if (level === EMPTY) return null;
  if (level === NOT_APPLICABLE) return PERSONAL_TEXTS[lang].notApplicable;
  if (Number.isInteger(level) && level >= 0 && level <= 4) return PERSONAL_TEXTS[lang].levels[level]!;
  return typeof value === 'number' || typeof value === 'string' ? value : null;
}

/** A level answer: the number 0–4 (decimals as typed) or "n.v.t."; never a guess for other text. */
export function readLevelAnswer(value: CellValue): Answer {
  if (typeof value === 'string' && CANNOT_JUDGE.has(foldText(value)))
    return { kind: 'value', value: NOT_APPLICABLE_VALUE };
  const level = readLevel(value);
  if (level === EMPTY) return { kind: 'empty' };
  if (level === INVALID) return { kind: 'unreadable' };
  if (level === NOT_APPLICABLE) return { kind: 'value', value: NOT_APPLICABLE_VALUE };
  return { kind: 'value', value: level };
}

const YES = new Set(['ja', 'yes', 'j', 'y', 'x', 'true', 'waar']);
const NO = new Set(['nee', 'no', 'n', 'false', 'onwaar']);

/** A wish answer: "ja" or "nee" (the matrix's words); empty is not answered. */
export function readWishAnswer(value: CellValue): Answer {
  if (value === null || value === undefined) return { kind: 'empty' };
  if (typeof value === 'boolean') return { kind: 'value', value: value ? 'ja' : 'nee' };
  if (typeof value === 'number')
    return value === 1 || value === 0 ? { kind: 'value', value: value ? 'ja' : 'nee' } : { kind: 'unreadable' };
  const folded = foldText(String(value));
  if (folded === '') return { kind: 'empty' };
  if (YES.has(folded)) return { kind: 'value', value: 'ja' };
  if (NO.has(folded)) return { kind: 'value', value: 'nee' };
  return { kind: 'unreadable' };
}

/** Whether an answer says the same as the value the file started with (so nothing changes). */
export function sameAnswer(kind: 'level' | 'wish', start: CellValue, answer: string | number): boolean {
  const before = kind === 'level' ? readLevelAnswer(start) : readWishAnswer(start);
  if (before.kind !== 'value') return false;
  return before.value === answer;
}
