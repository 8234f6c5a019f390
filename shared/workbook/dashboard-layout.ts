// Where the Dekking sheet's blocks go. Each spilling table (HIATEN, SLEUTELPERSONEN, LEERKOPPELS) has columns of its
// own with nothing below it, so a result of any length never runs into another block (#SPILL! in Excel).

import type { Profile } from '../profiles/model';
import type { PlanRange } from './plan';

/** The header row of the tables side by side (0-based); their subtitles are on the row above. */
export const COVERAGE_ROW = 5;
export const SUBTITLE_ROW = COVERAGE_ROW - 1;
/** DEKKING takes columns A–F (a fixed size: one row per area); G stays empty. */
export const GAPS_COLUMN = 7;
export const KEY_PEOPLE_COLUMN = 11;
export const PAIRS_COLUMN = 15;
/** The first column right of the three spilling tables (the add-in-free workbook puts its basis table there). */
export const EXTRA_COLUMN = 19;
/** Every spilling table is three columns wide. */
export const TABLE_WIDTH = 3;

/**
 * The norms table (docs/design.md#4a-norms-per-area: Gebied, Drempel, Doel; header included) below DEKKING in columns A–C, one row
 * per area in profile order, a subtitle on the row above it.
 */
export function normsTableRange(profile: Profile): PlanRange {
  const areas = profile.areas.length;
  return { row: COVERAGE_ROW + areas + 3, column: 0, rows: areas + 1, columns: 3 };
}

/** The first row below the norms table with one empty row between: the legend starts here. */
export function legendRow(profile: Profile): number {
  const norms = normsTableRange(profile);
  return norms.row + norms.rows + 1;
}
