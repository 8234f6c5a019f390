// Where the formula helper may write (DESIGN §9): an empty cell outside the Teammatrix with room for the result,
// else the first free spot on the Dekking sheet, proposed to the user first.

import { findDeclaration } from '../formulas/declarations';
import type { Selection, SheetSnapshot } from '../host/bridge';
import { type Grid, isBlank } from '../matrix/grid';
import type { Team } from './team';

export interface Size {
  readonly rows: number;
  readonly columns: number;
}

/** Rows a table result may grow by when people are added or scanned, kept free below it. */
const GROWTH = 2;

/** Per table function: its rows (besides the header) and columns for a team, at most what it can show. */
const TABLE_SIZES: Record<string, (team: Team) => { rows: number; columns: number }> = {
  DEKKING: (team) => ({ rows: team.reading.profile.areas.length, columns: 6 }),
  VOORTGANG: (team) => ({ rows: team.reading.profile.areas.length, columns: 6 }),
  HIATEN: (team) => ({ rows: team.reading.profile.areas.length + itemColumns(team), columns: 3 }),
  WIE: (team) => ({ rows: team.reading.people.length, columns: 1 }),
  KANDIDATEN: (team) => ({ rows: team.reading.people.length, columns: 1 }),
  BASISNIVEAU: (team) => ({ rows: team.reading.people.length, columns: 3 }),
  SLEUTELPERSONEN: (team) => ({ rows: team.reading.people.length, columns: 3 }),
  LEERKOPPELS: (team) => ({ rows: team.reading.people.length * team.reading.profile.areas.length, columns: 3 }),
  PROFIEL: (team) => ({ rows: team.reading.profile.areas.reduce((n, a) => n + a.items.length + 1, 0), columns: 5 }),
};

function itemColumns(team: Team): number {
  return team.reading.itemColumns.filter(Boolean).length;
}

/**
 * The cells the formula's result may take: a scalar is one cell; a table as large as it can get for this team
 * (an upper bound, so the helper never writes where a result would spill over data), plus room to grow.
 * Estimated from the team as read rather than by running the formula, so the panel needs no implementations.
 */
export function resultSize(team: Team, id: string): Size {
  const formula = findDeclaration(id);
  if (!formula || formula.result === 'scalar') return { rows: 1, columns: 1 };
  const table = TABLE_SIZES[formula.id]?.(team) ?? {
    rows: team.reading.people.length + team.reading.profile.areas.length,
    columns: 6,
  };
  return { rows: Math.max(1, table.rows) + 1 + GROWTH, columns: table.columns };
}

export type SpotCheck = 'free' | 'matrix' | 'occupied';

/** Whether the block from a 1-based cell holds nothing and lies outside the Teammatrix. */
export function checkSpot(team: Team, at: Selection, sheet: Grid, size: Size): SpotCheck {
  if (at.sheet === team.layout.sheet) return 'matrix';
  for (let r = 0; r < size.rows; r++) {
    for (let c = 0; c < size.columns; c++) {
      if (!isBlank(sheet.values[at.row - 1 + r]?.[at.column - 1 + c])) return 'occupied';
    }
  }
  return 'free';
}

/** The first free spot on a sheet: column A, one empty row below everything it holds. */
export function firstFreeSpot(snapshot: SheetSnapshot): Selection {
  const used = snapshot.grid.values.reduce<number>(
    (last, line, index) => (line.some((cell) => !isBlank(cell)) ? index + 1 : last),
    0,
  );
  return { sheet: snapshot.sheet, row: used + 2, column: 1 };
}
