// Other scales a user states once (docs/design.md#3-levels-and-cell-values): 0-4, 1-5, ja-nee, x-o, or a profile's own "Niveaus" block.

import { fail, quoteValue } from '../i18n/message';
import { foldText } from '../text/normalize';
import { EMPTY, INVALID, type LevelReading, NOT_APPLICABLE } from './levels';
import { levelOfName, readLevel } from './parse';

export type ScaleId = '0-4' | '1-5' | 'ja-nee' | 'x-o';
export const SCALE_IDS: readonly ScaleId[] = ['0-4', '1-5', 'ja-nee', 'x-o'];

/** How the cells of one matrix are read. */
export interface Scale {
  readonly id: ScaleId | 'eigen';
  /** A cell as a level 0–4, EMPTY, NOT_APPLICABLE or INVALID. */
  readonly read: (value: unknown) => LevelReading;
  /** A yes/no scale: an area is covered by a person holding any of its items (its level is the highest). */
  readonly anyItem: boolean;
  /** Its name and the values it accepts ("1-5: 1 … 5"), for a cell outside it (levelNotInScale); none on 0–4. */
  readonly accepts?: string;
}

/** A value → level pair of a profile's "Niveaus" block. */
export interface LevelMapping {
  readonly value: string;
  readonly level: number;
}

/** The levels a yes/no scale reads: held and not held. */
export const HELD = 2;
export const NOT_HELD = 0;
/** The x marks of a yes/no matrix ("x", a tick): beside them an o is "no". */
export const X_MARKS: ReadonlySet<string> = new Set(['x', '✓', '✔']);
const NUMBER_TEXT = /^[0-9]+(?:[.,][0-9]+)?$/;
const NUMBER_WITH_LABEL = /^([0-9])\s*[-–—:.)]?\s*(\D.*)$/;

/** Empty and "not applicable" read alike in every scale. */
function emptyOrNotApplicable(value: unknown): LevelReading | undefined {
  const reading = readLevel(value);
  return reading === EMPTY || reading === NOT_APPLICABLE ? reading : undefined;
}

function oneToFive(value: unknown): LevelReading {
  const shifted = (number: number) => (Number.isFinite(number) && number >= 1 && number <= 5 ? number - 1 : INVALID);
  if (typeof value === 'number') return shifted(value);
  if (typeof value === 'string') {
    const folded = foldText(value);
    if (NUMBER_TEXT.test(folded)) return shifted(Number(folded.replace(',', '.')));
    const combined = NUMBER_WITH_LABEL.exec(folded);
    if (combined) {
      // "3 - Intermediate" on 1–5 is level 2; the word must agree with the number, as on 0–4.
      const level = shifted(Number(combined[1]));
      return level >= 0 && levelOfName(combined[2]!.trim()) === level ? level : INVALID;
    }
    // Words (Bekwaam, Beginner) mean the same level in every scale; a bare mark (x, ja) has no place on 1–5.
    const named = levelOfName(folded);
    if (named !== undefined && folded.length > 1) return named;
  }
  return emptyOrNotApplicable(value) ?? INVALID;
}

const YES_WORDS = new Set(['x', 'ja', 'yes', 'y', 'j', '✓', '✔', 'true', 'waar', '1']);
const NO_WORDS = new Set(['nee', 'no', 'n', 'false', 'onwaar', '0']);

function yesNo(withO: boolean): (value: unknown) => LevelReading {
  return (value) => {
    if (typeof value === 'boolean') return value ? HELD : NOT_HELD;
    if (typeof value === 'number') return value === 1 ? HELD : value === 0 ? NOT_HELD : INVALID;
    if (typeof value === 'string') {
      const folded = foldText(value);
      if (YES_WORDS.has(folded)) return HELD;
      if (NO_WORDS.has(folded) || (withO && folded === 'o')) return NOT_HELD;
    }
    return emptyOrNotApplicable(value) ?? INVALID;
  };
}

/** A yes/no scale's name and marks, one language-neutral list: held, then not held. */
const marksOf = (id: string, o: string) => `${id}: ${[...YES_WORDS].join(' / ')}, ${o}${[...NO_WORDS].join(' / ')}`;

const BUILT_IN: Readonly<Record<ScaleId, Scale>> = {
  '0-4': { id: '0-4', read: readLevel, anyItem: false },
  '1-5': { id: '1-5', read: oneToFive, anyItem: false, accepts: '1-5: 1 … 5' },
  'ja-nee': { id: 'ja-nee', read: yesNo(false), anyItem: true, accepts: marksOf('ja-nee', '') },
  'x-o': { id: 'x-o', read: yesNo(true), anyItem: true, accepts: marksOf('x-o', 'o / ') },
};

/** A yes/no scale (ja-nee, x-o): two levels, and an area covered by any held item. */
export function isYesNoScale(id: ScaleId): boolean {
  return BUILT_IN[id].anyItem;
}

export function builtInScale(id: ScaleId): Scale {
  return BUILT_IN[id];
}

/** A scale option or argument ("1-5", "ja/nee", "1–5"); blank is none (the default 0–4). */
export function readScale(value: unknown): Scale | undefined {
  if (value === null || value === undefined || (typeof value === 'string' && value.trim() === '')) return undefined;
  const key = foldText(String(value)).replace(/[\s/–—_]+/g, '-');
  const aliases: Record<string, ScaleId> = { 'yes-no': 'ja-nee', 'x-o': 'x-o', 'ja-nee': 'ja-nee', '0-1': 'ja-nee' };
  const id = (SCALE_IDS as readonly string[]).includes(key) ? (key as ScaleId) : aliases[key];
  if (!id) fail('unknownScale', { value: quoteValue(value), known: SCALE_IDS.join(', ') });
  return BUILT_IN[id];
}

/** The key a "Niveaus" block and a cell share: folded text, a number as its plain digits. */
export function mappingKey(value: unknown): string {
  if (typeof value === 'number') return String(value);
  return foldText(String(value ?? '')).replace(',', '.');
}

/** A profile's own scale: exactly the values of its "Niveaus" block, plus empty and n.v.t. */
export function customScale(mappings: readonly LevelMapping[]): Scale {
  const table = new Map(mappings.map((mapping) => [mappingKey(mapping.value), mapping.level]));
  const anyItem = mappings.every((mapping) => mapping.level === HELD || mapping.level === NOT_HELD);
  return {
    id: 'eigen',
    read: (value) => {
      if (typeof value === 'boolean') return table.get(value ? 'true' : 'false') ?? INVALID;
      const mapped = table.get(mappingKey(value));
      return mapped ?? emptyOrNotApplicable(value) ?? INVALID;
    },
    anyItem,
    accepts: `Niveaus: ${mappings.map((mapping) => mapping.value).join(', ')}`,
  };
}

/** A threshold in the matrix's scale (docs/design.md#3-levels-and-cell-values): "4" on 1–5 is level 3, "ja" on ja-nee is level 2. */
export function thresholdInScale(value: unknown, scale: Scale | undefined): unknown {
  if (!scale || value === null || value === undefined || value === '') return value;
  const level = scale.read(value);
  if (level < 0) fail('thresholdNotInScale', { value: quoteValue(value), scale: scale.id });
  return level;
}
