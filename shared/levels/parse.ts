// Reads one cell as a level (docs/design.md#3-levels-and-cell-values): numbers, labels in nl/en, initials, quickscan marks, n.v.t., empty.

import { foldText, hasZeroWidth } from '../text/normalize';
import { EMPTY, INVALID, LEVELS, type LevelReading, MAX_LEVEL, MIN_LEVEL, NOT_APPLICABLE } from './levels';

const YES = 2;
const NO = 0;

/**
 * English level words of published skills matrices beside the labels (docs/design.md#3-levels-and-cell-values; docs/decisions.md): None 0;
 * Beginner, Basic, Novice 1; Intermediate 2; Proficient 3 (Advanced and Expert are the labels already).
 */
const ENGLISH_WORDS: Readonly<Record<string, number>> = {
  none: 0,
  beginner: 1,
  basic: 1,
  novice: 1,
  intermediate: 2,
  proficient: 3,
};

/** Level names only: labels in both languages, English level words and the Dutch initials. */
function buildLevelNames(): Map<string, number> {
  const table = new Map<string, number>();
  for (const level of LEVELS) {
    table.set(foldText(level.label.nl), level.value);
    table.set(foldText(level.label.en), level.value);
    table.set(level.initial.toLowerCase(), level.value);
  }
  for (const [word, value] of Object.entries(ENGLISH_WORDS)) table.set(word, value);
  return table;
}

/** The level a name means (a label, an English level word or an initial), folded; undefined when none. */
export function levelOfName(folded: string): number | undefined {
  return LEVEL_NAMES.get(folded);
}

/** The Dutch initials as they stand alone in a cell (folded): read only where no x marks are (docs/design.md#3-levels-and-cell-values). */
export const DUTCH_INITIALS: ReadonlySet<string> = new Set(LEVELS.map((level) => level.initial.toLowerCase()));

/** Everything a cell may say on its own: level names, quickscan marks and "not applicable". */
function buildLabelTable(): Map<string, number> {
  const table = new Map(LEVEL_NAMES);
  for (const mark of ['x', 'ja', 'yes', '✓', '✔', 'true', 'waar']) table.set(mark, YES);
  for (const mark of ['nee', 'no', 'false', 'onwaar']) table.set(mark, NO);
  for (const mark of ['n.v.t.', 'nvt', 'n/a', 'na', 'niet van toepassing', 'not applicable']) {
    table.set(mark, NOT_APPLICABLE);
  }
  return table;
}

const LEVEL_NAMES = buildLevelNames();
const LABELS = buildLabelTable();
const NUMBER_TEXT = /^[0-9]+(?:[.,][0-9]+)?$/;
const NUMBER_WITH_LABEL = /^([0-4])\s*[-–—:.)]?\s*(\D.*)$/;
const CACHE_LIMIT = 4096;
const textCache = new Map<string, LevelReading>();

function readNumber(value: number): LevelReading {
  return Number.isFinite(value) && value >= MIN_LEVEL && value <= MAX_LEVEL ? value : INVALID;
}

function readLabel(folded: string): LevelReading {
  const direct = LABELS.get(folded);
  if (direct !== undefined) return direct;
  // Only "not applicable" may be written with other dots and spaces ("n.v.t", "N V T"); "n." is no level.
  if (LABELS.get(folded.replace(/[.\s]/g, '')) === NOT_APPLICABLE) return NOT_APPLICABLE;
  if (NUMBER_TEXT.test(folded)) return readNumber(Number(folded.replace(',', '.')));
  const combined = NUMBER_WITH_LABEL.exec(folded);
  if (combined) {
    // "3 - Gevorderd" is fine; "3 - Bekwaam" contradicts itself, and a mark like "2 x" is no level name.
    const number = Number(combined[1]);
    if (LEVEL_NAMES.get(combined[2]!.trim()) === number) return number;
  }
  return INVALID;
}

function readText(value: string): LevelReading {
  const cached = textCache.get(value);
  if (cached !== undefined) return cached;
  const folded = foldText(value);
  // A hidden character in a level ("3" + U+200B) is no level: the error shows it, nothing is guessed.
  const reading = folded.length === 0 ? EMPTY : hasZeroWidth(value) ? INVALID : readLabel(folded);
  if (textCache.size >= CACHE_LIMIT) textCache.clear();
  textCache.set(value, reading);
  return reading;
}

/**
 * Reads a cell value as a level 0–4, EMPTY, NOT_APPLICABLE or INVALID. Never reads unknown text as 0:
 * the caller turns INVALID into an error that names the cell.
 */
export function readLevel(value: unknown): LevelReading {
  if (typeof value === 'number') return readNumber(value);
  if (value === null || value === undefined) return EMPTY;
  if (typeof value === 'string') return readText(value);
  if (typeof value === 'boolean') return value ? YES : NO;
  return INVALID;
}
