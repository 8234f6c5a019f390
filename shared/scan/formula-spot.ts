// Where the formula helper may write (DESIGN §9): an empty cell outside the Teammatrix with room for the result,
// else the first free spot on the Dekking sheet, proposed to the user first.

import { findDeclaration } from '../formulas/declarations';
import type { Selection, SheetSnapshot } from '../host/bridge';
import { type Grid, isBlank } from '../matrix/grid';
import type { Profile } from '../profiles/model';
import { blockInWay, type ReservedBlock, rowClearOf } from './reserved-spots';
import type { Team } from './team';

export interface Size {
  readonly rows: number;
  readonly columns: number;
}

/** Rows a table result may grow by when people are added or scanned, kept free below it. */
export const GROWTH = 2;

/** What a table result's size depends on: the profile, how many people, how many item columns the matrix has. */
export interface SizeBasis {
  readonly profile: Profile;
  readonly people: number;
  readonly itemColumns: number;
}

/** Per table function: its rows (besides the header) and columns for a team, at most what it can show. */
const TABLE_SIZES: Record<string, (basis: SizeBasis) => { rows: number; columns: number }> = {
  DEKKING: (b) => ({ rows: b.profile.areas.length, columns: 6 }),
  VOORTGANG: (b) => ({ rows: b.profile.areas.length, columns: 6 }),
  HIATEN: (b) => ({ rows: b.profile.areas.length + b.itemColumns, columns: 3 }),
  WIE: (b) => ({ rows: b.people, columns: 1 }),
  KANDIDATEN: (b) => ({ rows: b.people, columns: 1 }),
  BASISNIVEAU: (b) => ({ rows: b.people, columns: 3 }),
  SLEUTELPERSONEN: (b) => ({ rows: b.people, columns: 3 }),
  LEERKOPPELS: (b) => ({ rows: b.people * b.profile.areas.length, columns: 3 }),
  PROFIEL: (b) => ({ rows: b.profile.areas.reduce((n, a) => n + a.items.length + 1, 0), columns: 5 }),
};

/** Tables that end with a note row naming the cells they could not read (DESIGN §6). */
const TABLES_WITH_NOTE = new Set(['DEKKING', 'HIATEN', 'BASISNIVEAU', 'SLEUTELPERSONEN', 'LEERKOPPELS', 'VOORTGANG']);

/** The size basis of a team as read. */
export function teamBasis(team: Team): SizeBasis {
  return {
    profile: team.reading.profile,
    people: team.reading.people.length,
    itemColumns: team.reading.itemColumns.filter(Boolean).length,
  };
}

/**
 * The cells a Teamscan function's result takes at most, header included: a scalar is one cell, a table as large
 * as it can get for this profile and team size. Unknown ids count as scalars.
 */
export function resultBound(id: string, basis: SizeBasis): Size {
  const formula = findDeclaration(id);
  if (!formula || formula.result === 'scalar') return { rows: 1, columns: 1 };
  const table = TABLE_SIZES[formula.id]?.(basis) ?? {
    rows: basis.people + basis.profile.areas.length,
    columns: 6,
  };
  const note = TABLES_WITH_NOTE.has(formula.id) ? 1 : 0;
  return { rows: Math.max(1, table.rows) + 1 + note, columns: table.columns };
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
