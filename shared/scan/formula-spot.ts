// Where the formula helper may write (docs/design.md#9-reliability-and-privacy): an empty cell outside the Teammatrix with room for the result,
// else the first free spot on the Dekking sheet, proposed to the user first.

import { findDeclaration } from '../formulas/declarations';
import { GROWTH, resultBound, type Size, type SizeBasis } from '../formulas/result-size';
import type { Selection, SheetSnapshot } from '../host/bridge';
import { type Grid, isBlank } from '../matrix/grid';
import { blockInWay, type ReservedBlock, rowClearOf } from './reserved-spots';
import type { Team } from './team';

// The result sizes live with the formula declarations; the panel model uses them from here too.
export { GROWTH, resultBound, type Size, type SizeBasis };

/** The size basis of a team as read. */
export function teamBasis(team: Team): SizeBasis {
  return {
    profile: team.reading.profile,
    people: team.reading.people.length,
    itemColumns: team.reading.itemColumns.filter(Boolean).length,
  };
}

/**
 * The cells the formula's result may take: a scalar is one cell; a table as large as it can get for this team
 * (an upper bound, so the helper never writes where a result would spill over data), plus room to grow.
 * Estimated from the team as read rather than by running the formula, so the panel needs no implementations.
 */
export function resultSize(team: Team, id: string): Size {
  const formula = findDeclaration(id);
  if (!formula || formula.result === 'scalar') return { rows: 1, columns: 1 };
  const bound = resultBound(id, teamBasis(team));
  return { rows: bound.rows + GROWTH, columns: bound.columns };
}

export type SpotCheck = 'free' | 'matrix' | 'occupied' | 'reserved';

/**
 * Whether the block from a 1-based cell holds nothing, lies outside the Teammatrix and outside every extent a
 * Teamscan block on the sheet reserves (`reserved`, reserved-spots.ts: the caller names whose).
 */
export function checkSpot(
  team: Team,
  at: Selection,
  sheet: Grid,
  size: Size,
  reserved: readonly ReservedBlock[] = [],
): SpotCheck {
  if (at.sheet === team.layout.sheet) return 'matrix';
  if (blockInWay(reserved, at, size)) return 'reserved';
  for (let r = 0; r < size.rows; r++) {
    for (let c = 0; c < size.columns; c++) {
      if (!isBlank(sheet.values[at.row - 1 + r]?.[at.column - 1 + c])) return 'occupied';
    }
  }
  return 'free';
}

/**
 * The first free spot on a sheet: column A, one empty row below everything it holds, and clear of every extent
 * its Teamscan blocks reserve for a block of `size`.
 */
export function firstFreeSpot(
  snapshot: SheetSnapshot,
  reserved: readonly ReservedBlock[] = [],
  size: Size = { rows: 1, columns: 1 },
): Selection {
  const used = snapshot.grid.values.reduce<number>(
    (last, line, index) => (line.some((cell) => !isBlank(cell)) ? index + 1 : last),
    0,
  );
  return { sheet: snapshot.sheet, row: rowClearOf(reserved, used + 2, 1, size), column: 1 };
}
