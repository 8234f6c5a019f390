// The hot loop of every read (docs/design.md#10-performance-targets): one row's level cells into the person's typed arrays.

import { coreMessage, fail } from '../i18n/message';
import { EMPTY, INVALID, MAX_LEVEL, MIN_LEVEL, NOT_APPLICABLE } from '../levels/levels';
import { readLevel } from '../levels/parse';
import { cellAddress, type GridOrigin } from './address';
import type { CellValue } from './grid';
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
}

/** A text's level reading, read once per distinct text (readLevel is a pure function of the text). */
function readTextOnce(texts: Map<string, number>, value: string): number {
  let reading = texts.get(value);
  if (reading === undefined) {
    reading = readLevel(value);
    texts.set(value, reading);
  }
  return reading;
}

export const SCANNED = 1;
export const ANY_VALUE = 2;

/** Reads one row's level cells into the person's arrays; returns SCANNED and ANY_VALUE flags. */
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
): number {
  const { count, columnAt, kindAt, areaAt, itemAt, read, anyItem } = plan;
  let flags = 0;
  for (let c = 0; c < count; c++) {
    const at = columnAt[c]!;
    const value = row[at];
    // The most common cell of a large matrix: a whole-scale number in an item column, without an empty mask.
    if (
      read === undefined &&
      typeof value === 'number' &&
      rowMask === undefined &&
      value >= MIN_LEVEL &&
      value <= MAX_LEVEL
    ) {
      const kind = kindAt[c]!;
      if (kind === ITEM) {
        const area = areaAt[c]!;
        itemLevels[itemAt[c]!] = value;
        sums[area]! += value;
        counts[area]! += 1;
        flags |= SCANNED | ANY_VALUE;
        continue;
      }
    }
    let reading: number;
    // Numbers, most cells, are read inline; an empty cell costs one test; other values go through the reader.
    if (read !== undefined) {
      // A stated scale reads level cells; a wish column keeps its yes/no reading.
      if (value === null || value === undefined || rowMask?.[at]) continue;
      reading = kindAt[c] === WISH ? readLevel(value) : read(value);
      if (reading === EMPTY) continue;
    } else if (typeof value === 'number') {
      if (rowMask?.[at]) continue;
      reading = value >= MIN_LEVEL && value <= MAX_LEVEL ? value : INVALID;
    } else if (value === null || value === undefined) {
      continue;
    } else {
      if (rowMask?.[at]) continue;
      reading = typeof value === 'string' ? readTextOnce(plan.texts, value) : readLevel(value);
      if (reading === EMPTY) continue;
    }
    flags |= ANY_VALUE;
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
    } else {
      flags |= SCANNED;
      if (kind === AREA) {
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
  return flags;
}
