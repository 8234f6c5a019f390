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
  // The plain pass: without a stated scale or an empty mask, the common cells of a large matrix in one tight loop
  // (item columns holding a level 0–4, n.v.t., a text read before, or nothing); the full loop below goes on from
  // the first cell it does not take.
  if (!rowMask && !read) {
    // Level columns side by side (columnAt rises), as in most matrices: read by position, not through columnAt.
    const start = columnAt[count - 1] === columnAt[0]! + count - 1 ? columnAt[0]! : -1;
    // The current area's sum and count in locals, stored when the area changes (and taken up again where it
    // left off, so each area's levels are added in column order, as the full loop does): a sum kept in memory
    // waits for its own last store at every cell.
    let area = 0;
    let sum = sums[0]!;
    let n = counts[0]!;
    for (; c < count; c++) {
      const value = row[start >= 0 ? start + c : columnAt[c]!];
      if (value === null || value === undefined) continue;
      // Only item columns have an item: other kinds are read in full.
      const item = itemAt[c]!;
      if (item < 0) break;
      if (areaAt[c] !== area) {
        sums[area] = sum;
        counts[area] = n;
        area = areaAt[c]!;
        sum = sums[area]!;
        n = counts[area]!;
      }
      // Numbers and texts on paths of their own: one variable for both costs the number path its speed.
      if (typeof value === 'number') {
        if (!(value >= MIN_LEVEL && value <= MAX_LEVEL)) break;
        itemLevels[item] = value;
        sum += value;
        n++;
      } else {
        const reading = typeof value === 'string' ? texts.get(value) : undefined;
        if (reading === undefined || reading < NOT_APPLICABLE) break;
        // An empty text (spaces) writes EMPTY where EMPTY already is.
        itemLevels[item] = reading;
        if (reading >= MIN_LEVEL) {
          sum += reading;
          n++;
        } else if (reading === NOT_APPLICABLE) {
          notApplicable[area] = 1;
        }
      }
    }
    sums[area] = sum;
    counts[area] = n;
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
