// The largest result a Teamscan function can give for a team, header and note row included: what a spilled block
// reserves on a sheet, so nothing is placed where it would grow (docs/design.md#7-the-injected-workbook).

import type { Profile } from '../profiles/model';
import { findDeclaration } from './declarations';

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
  // One more for the plan's goals row, which it has when given a plan.
  VOORTGANG: (b) => ({ rows: b.profile.areas.length + 1, columns: 6 }),
  HIATEN: (b) => ({ rows: b.profile.areas.length + b.itemColumns, columns: 3 }),
  WIE: (b) => ({ rows: b.people, columns: 1 }),
  KANDIDATEN: (b) => ({ rows: b.people, columns: 1 }),
  BASISNIVEAU: (b) => ({ rows: b.people, columns: 3 }),
  SLEUTELPERSONEN: (b) => ({ rows: b.people, columns: 3 }),
  LEERKOPPELS: (b) => ({ rows: b.people * b.profile.areas.length, columns: 3 }),
  // At most a goal per competency and per area for one person.
  ONTWIKKELPLAN: (b) => ({ rows: b.profile.areas.reduce((n, a) => n + a.items.length + 1, 0), columns: 7 }),
  PROFIEL: (b) => ({ rows: b.profile.areas.reduce((n, a) => n + a.items.length + 1, 0), columns: 5 }),
};

/** Tables that end with a note row naming the cells they could not read (docs/design.md#6-the-formulas). */
const TABLES_WITH_NOTE = new Set(['DEKKING', 'HIATEN', 'BASISNIVEAU', 'SLEUTELPERSONEN', 'LEERKOPPELS', 'VOORTGANG']);

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
