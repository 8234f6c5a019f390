// Reads the workbook's Teammatrix (and Profiel) snapshots into what the panel shows: reading and layout.

import type { SheetSnapshot } from '../host/bridge';
import type { LevelReading } from '../levels/levels';
import type { Grid } from '../matrix/grid';
import { locateMatrix } from '../matrix/locate';
import { O_AS_NO } from '../matrix/marks';
import { readMatrix } from '../matrix/read';
import type { MatrixReading } from '../matrix/reading';
import { findBuiltinProfile } from '../profiles/builtins';
import { type PlanRange, SHEET_MATRIX } from '../workbook/plan';
import { type ScanLayout, scanLayout } from './layout';
import { profileOfWorkbook, profileTableRange } from './profile-of-workbook';

export interface Team {
  readonly reading: MatrixReading;
  readonly layout: ScanLayout;
  /** The Teammatrix as read from A1, for the rows' raw values. */
  readonly grid: Grid;
  /** Where the own profile table sits on the Profiel sheet, when the profile is not built in. */
  readonly profileTable?: PlanRange;
  /**
   * A bound matrix's scale when its x/o marks decide it (docs/design.md#3-levels-and-cell-values): the form reads its
   * cells in it and does not write (it writes 0–4 numbers only).
   */
  readonly scale?: { readonly id: string; readonly read: (value: unknown) => LevelReading } | undefined;
}

/** A snapshot as a grid whose messages name the sheet. */
export function sheetGrid(snapshot: SheetSnapshot): Grid {
  return { values: snapshot.grid.values, origin: { sheet: snapshot.sheet, row: 1, column: 1 } };
}

/** The grid from a 1-based sheet row down. */
function fromRow(grid: Grid, headerRow: number): Grid {
  return { values: grid.values.slice(headerRow - 1), origin: { ...grid.origin!, row: headerRow } };
}

/**
 * Reads the team (from `headerRow` when given); undefined when the workbook has no Teammatrix yet. An unreadable level cell or a repeated
 * name is left out and listed in `reading.problems`; a matrix that cannot be read at all throws.
 */
export function readTeam(matrix: SheetSnapshot, profileSheet?: SheetSnapshot, headerRow?: number): Team | undefined {
  if (!matrix.exists || matrix.grid.values.length === 0) return undefined;
  const grid = sheetGrid(matrix);
  const own = profileSheet?.exists ? profileSheet.grid : undefined;
  // The header may sit below title lines: locate it with a first guess, then decide on the header itself; a
  // bound matrix (docs/design.md#7-the-injected-workbook, own layouts) has its header row given.
  const located =
    headerRow !== undefined
      ? fromRow(grid, headerRow)
      : locateMatrix(grid, profileOfWorkbook(grid.values[0] ?? [], own));
  const profile = profileOfWorkbook(located.values[0] ?? [], own);
  // Lenient: one unreadable cell or a repeated name never blocks the panel; they are listed (docs/design.md#9-reliability-and-privacy).
  const reading = readMatrix(located, profile, { lenient: true });
  const profileTable = own && findBuiltinProfile(profile.id) !== profile ? profileTableRange(own) : undefined;
  return {
    reading,
    layout: scanLayout(reading, matrix.sheet || SHEET_MATRIX),
    grid,
    ...(profileTable ? { profileTable } : {}),
    // Only a bound matrix (its header row given) is another scale here: the injected Teammatrix is 0–4.
    scale:
      headerRow && reading.warnings.some((warning) => warning.key === 'readAsXo')
        ? { ...O_AS_NO, id: 'x-o' }
        : undefined,
  };
}

/** The raw values of a 1-based sheet row. */
export function rowValues(team: Team, sheetRow: number) {
  return team.grid.values[sheetRow - 1] ?? [];
}
