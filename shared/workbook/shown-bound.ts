// How far a Teamscan table's result reaches on an old sheet as it shows it, so the rows below it are the user's
// (docs/design.md#7-the-injected-workbook).

import { FORMULA_TEXTS } from '../formulas/texts';
import type { SheetSnapshot } from '../host/bridge';
import { type CellValue, isBlank } from '../matrix/grid';
import type { PlanRange } from './plan';

const NOT_COUNTED_PREFIXES = [FORMULA_TEXTS.notCounted.nl, FORMULA_TEXTS.notCounted.en].map((text) =>
  text.replace('{cells}', ''),
);

/** A table function's note row naming the cells it could not read (docs/design.md#6-the-formulas). */
function isNotCountedNote(value: CellValue | undefined): boolean {
  return typeof value === 'string' && NOT_COUNTED_PREFIXES.some((prefix) => value.startsWith(prefix));
}

/**
 * The rows of a call's result as the old sheet shows them: from its anchor down while a row holds enough in the
 * result's columns, at most its bound. Every row of a Teamscan table of two or more columns fills at least two of
 * them (HIATEN's kind and area, a key person's name and areas or items, a pair's area and learner), so a row with
 * one filled cell ends such a table: a user's note typed right under it stays the user's. A one-column list
 * (WIE, KANDIDATEN) cannot tell a note from a name: there a note needs an empty row between.
 */
export function shownBound(bound: PlanRange, snapshot: SheetSnapshot): PlanRange {
  // An anchor showing an error (#REF!/#SPILL! when blocked, #VALUE!, #BUSY! while calculating) spilled nothing.
  const anchor = snapshot.grid.values[bound.row]?.[bound.column];
  if (typeof anchor === 'string' && /^#[A-Z0-9/]+[!?]?$/.test(anchor.trim())) return { ...bound, rows: 1, columns: 1 };
  let rows = 1;
  while (rows < bound.rows) {
    const line = snapshot.grid.values[bound.row + rows] ?? [];
    // A table's closing note on what it left out ("Niet meegeteld: …") is its last row, one cell wide.
    if (isNotCountedNote(line[bound.column])) return { ...bound, rows: rows + 1 };
    const filled = line.slice(bound.column, bound.column + bound.columns).filter((value) => !isBlank(value)).length;
    if (filled < Math.min(2, bound.columns)) break;
    rows++;
  }
  return { ...bound, rows };
}
