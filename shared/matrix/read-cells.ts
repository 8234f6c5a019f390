// The hot loop of every read (docs/design.md#10-performance-targets): one row's level cells into the person's typed arrays.

import { coreMessage, fail } from '../i18n/message';
import { EMPTY, INVALID, MAX_LEVEL, MIN_LEVEL, NOT_APPLICABLE } from '../levels/levels';
import { readLevel } from '../levels/parse';
import { cellAddress, type GridOrigin } from './address';
import type { CellValue } from './grid';
import { isCountedOMark } from './marks';
import { shownValue } from './read-checks';
import type { ReadProblem } from './reading';

// Column kinds as small numbers: the row loop below is the hot path of every analysis (docs/design.md#10-performance-targets).
export const AREA = 0;
export const AREA_TYPE = 1;
export const ITEM = 2;
export const WISH = 3;

export interface LevelColumn {
  readonly column: number;
  readonly kind: number;
  readonly area: number;
  readonly item: number;
}

/** The level columns as parallel typed arrays: the per-cell work stays a few array reads. */
export interface CellPlan {
  readonly count: number;
  readonly columnAt: Int32Array;
  readonly kindAt: Uint8Array;
  readonly areaAt: Int32Array;
  readonly itemAt: Int32Array;
  /** The reader of a stated scale (docs/design.md#3-levels-and-cell-values); undefined for 0–4, read on the fast path. */
  readonly read: ((value: unknown) => number) | undefined;
  /** A yes/no scale: an area's level from its items is the highest, not the mean (held any covers). */
  readonly anyItem: boolean;
  /** A stated scale's name and values (Scale.accepts), for a cell outside it; undefined: 0–4's own message. */
  readonly accepts: string | undefined;
  /**
   * Each distinct text's reading, once per read: a matrix repeats a few words ("Bekwaam", "n.v.t.") thousands of
   * times, and reading a text (folding, matching the level words) costs far more than a map lookup.
   */
  readonly texts: Map<string, number>;
  /** The item columns before the first column of another kind, as runs (itemRuns). */
  readonly runs: Int32Array;
  /** The position after the last run: where the plain pass ends when it takes every cell. */
  readonly runsEnd: number;
}

/**
 * The plain pass's texts by slot (textSlot), at 4 × slot: the text in SLOT_TEXTS, and in SLOT_VALUES its level and
 * what it adds to an area's sum, count and n.v.t. flag. The plain pass reads texts as readLevel does, a function of
 * the text alone, so one table serves every read: a matrix read again (each formula of a sheet reads it) meets its
 * texts there from its first row.
 */
// Filled from the start: an empty array first written at a high index becomes a dictionary (measured 15–23 % slower).
const SLOT_TEXTS = new Array<string | undefined>(1024).fill(undefined);
const SLOT_VALUES = new Float64Array(1024);

/** A text's slot of 256 from its length and its first and last letter: a few reads, where a map hashes the text. */
const textSlot = (text: string): number =>
  // An empty text's NaN becomes slot 0.
  (text.length * 31 + text.charCodeAt(0) + text.charCodeAt(text.length - 1) * 7) & 255;

/**
 * Puts a text read in this read (its reading from `texts`) in its slot, in place of the one there; false for a
 * text not read yet, a reading the plain pass leaves, or an o mark: the read must meet that one itself, as it may
 * change the scale (metSingleO in read.ts).
 */
function noteText(text: string, reading: number | undefined): boolean {
  if (reading === undefined || reading < NOT_APPLICABLE || isCountedOMark(text)) return false;
  const at = textSlot(text) * 4;
  SLOT_TEXTS[at] = text;
  const level = reading >= MIN_LEVEL ? 1 : 0;
  SLOT_VALUES.set([reading, reading * level, level, reading === NOT_APPLICABLE ? 1 : 0], at);
  return true;
}

/** Fields of a run: its first position in the plan, its length, its first column, its first item and its area. */
const RUN_FIELDS = 5;

/**
 * The leading item columns as runs: side by side, items in profile order, one area, as in most matrices. A run's
 * cells are read by position (column + k into item + k) and summed in locals, with no per-cell lookup of where a
 * cell goes; each run goes on from its area's sum so far, so levels are added in column order, as the full loop
 * adds them. Another layout gives shorter runs, down to one column each.
 */
export function itemRuns(levels: readonly LevelColumn[]): { runs: Int32Array; runsEnd: number } {
  const runs: number[] = [];
  let position = 0;
  for (; position < levels.length && levels[position]!.kind === ITEM; position++) {
    const { column, item, area } = levels[position]!;
    // The run so far goes on when this column is its next one: same area, next column, next item.
    const last = runs.length - RUN_FIELDS;
    const goesOn =
      last >= 0 &&
      runs[last + 4] === area &&
      runs[last + 2]! + runs[last + 1]! === column &&
      runs[last + 3]! + runs[last + 1]! === item;
    if (goesOn) runs[last + 1]! += 1;
    else runs.push(position, 1, column, item, area);
  }
  return { runs: Int32Array.from(runs), runsEnd: position };
}

/**
 * Reads one row's level cells into the person's arrays and the area sums: the plain pass first, then every kind
 * of column and value from where it stopped (docs/design.md#10-performance-targets).
 */
export function readCells(
  row: readonly CellValue[],
  r: number,
  rowMask: readonly boolean[] | undefined,
  plan: CellPlan,
  origin: GridOrigin,
  areaLevels: Float64Array,
  itemLevels: Float64Array,
  wishes: Uint8Array,
  sums: Float64Array,
  counts: Uint32Array,
  notApplicable: Uint8Array,
  problems: ReadProblem[] | undefined,
): void {
  const { count, columnAt, kindAt, areaAt, itemAt, read, anyItem, texts } = plan;
  let c = 0;
  // The plain pass: without a stated scale or an empty mask, the common cells of a large matrix in tight loops, one
  // per run of item columns (itemRuns): levels 0–4, n.v.t., a text read before, or nothing. The full loop below goes
  // on from the first cell it does not take.
  if (!rowMask && !read) {
    const { runs } = plan;
    let stop = plan.runsEnd;
    for (let s = 0; s < runs.length; s += RUN_FIELDS) {
      const first = runs[s]!;
      const length = runs[s + 1]!;
      const column = runs[s + 2]!;
      const item = runs[s + 3]!;
      const area = runs[s + 4]!;
      // The area's sum and count in locals: a sum kept in memory waits for its own last store at every cell.
      let sum = sums[area]!;
      let n = counts[area]!;
      let na = notApplicable[area]!;
      let k = 0;
      for (; k < length; k++) {
        const value = row[column + k];
        if (value === null || value === undefined) continue;
        // Numbers and texts on paths of their own: one variable for both costs the number path its speed.
        if (typeof value === 'number') {
          if (!(value >= MIN_LEVEL && value <= MAX_LEVEL)) break;
          itemLevels[item + k] = value;
          sum += value;
          n++;
          continue;
        }
        if (typeof value !== 'string') break;
        // A text read before, found by its slot (a text whose slot holds another takes it over, from the map):
        // its level and what it adds, with no branch on what it means.
        const at = textSlot(value) * 4;
        if (SLOT_TEXTS[at] !== value && !noteText(value, texts.get(value))) break;
        itemLevels[item + k] = SLOT_VALUES[at]!;
        sum += SLOT_VALUES[at + 1]!;
        n += SLOT_VALUES[at + 2]!;
        na |= SLOT_VALUES[at + 3]!;
      }
      sums[area] = sum;
      counts[area] = n;
      notApplicable[area] = na;
      // A cell the pass does not take: the full loop below goes on from it.
      if (k < length) {
        stop = first + k;
        break;
      }
    }
    c = stop;
  }
  for (; c < count; c++) {
    const at = columnAt[c]!;
    const value = row[at];
    if (value === null || value === undefined || rowMask?.[at]) continue;
    // A stated scale reads level cells; a wish column keeps its yes/no reading.
    const reading = read !== undefined && kindAt[c] !== WISH ? read(value) : readLevel(value);
    // Each distinct text's reading, for the plain pass of the rows below.
    if (typeof value === 'string') texts.set(value, reading);
    if (reading === EMPTY) continue;
    if (reading === INVALID) {
      const key = plan.accepts ? 'levelNotInScale' : 'invalidLevel';
      const params = {
        ...(plan.accepts ? { scale: plan.accepts } : {}),
        cell: cellAddress(origin, r, at),
        value: shownValue(value),
      };
      if (!problems) fail(key, params);
      // Lenient: the cell is left out (as if empty) and listed.
      problems.push({ row: origin.row + r, column: origin.column + at, message: coreMessage(key, params) });
      continue;
    }
    const kind = kindAt[c]!;
    const area = areaAt[c]!;
    if (kind === WISH) {
      wishes[area] = reading > 0 ? 1 : 0;
    } else if (reading === NOT_APPLICABLE) {
      notApplicable[area] = 1;
      if (kind === AREA) areaLevels[area] = NOT_APPLICABLE;
      else if (kind === ITEM) itemLevels[itemAt[c]!] = NOT_APPLICABLE;
    } else if (kind === AREA) {
      areaLevels[area] = reading;
    } else {
      if (kind === ITEM) itemLevels[itemAt[c]!] = reading;
      if (anyItem) {
        if (counts[area] === 0 || reading > sums[area]!) sums[area] = reading;
        counts[area] = 1;
      } else {
        sums[area]! += reading;
        counts[area]! += 1;
      }
    }
  }
}
