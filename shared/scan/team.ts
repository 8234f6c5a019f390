// Reads the workbook's Teammatrix (and Profiel) snapshots into what the panel shows: reading and layout.

import type { SheetSnapshot } from '../host/bridge';
import type { LevelReading } from '../levels/levels';
import { builtInScale, type ScaleId } from '../levels/scale';
import { cellOfLevel, notationOf, scaleLevels } from '../levels/scale-notation';
import { recordedReading, recordedScaleId } from '../levels/scale-record';
import { isCompetency } from '../matrix/columns';
import type { CellValue, Grid } from '../matrix/grid';
import { locateMatrix } from '../matrix/locate';
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
   * A bound matrix's scale other than 0–4 (docs/design.md#3-levels-and-cell-values): the form reads its cells in it,
   * offers the levels it expresses and writes a level in the matrix's own notation.
   */
  readonly scale?: TeamScale | undefined;
  /** The workbook's scale record the Teammatrix was read in (readTeam): a snapshot or second view is read in it too. */
  readonly record?: string;
}

/** A bound matrix's scale as the form uses it. */
export interface TeamScale {
  readonly id: ScaleId;
  readonly read: (value: unknown) => LevelReading;
  /** The levels the scale expresses: 0–4, or 0 and 2 on a yes/no scale. */
  readonly levels: readonly number[];
  /** The cell a level is written as, in the matrix's own notation (level 3 on 1–5 is 4; held on x/o is its "x"). */
  readonly write: (level: number) => string | number;
}

/** A snapshot as a grid whose messages name the sheet. */
export function sheetGrid(snapshot: SheetSnapshot): Grid {
  return { values: snapshot.grid.values, origin: { sheet: snapshot.sheet, row: 1, column: 1 } };
}

/** The grid from a 1-based sheet row down. */
function fromRow(grid: Grid, headerRow: number): Grid {
  return { values: grid.values.slice(headerRow - 1), origin: { ...grid.origin!, row: headerRow } };
}

/** The values of the people's competency cells, in sheet order: what a bound matrix's notation is taken from. */
export function levelValues(reading: MatrixReading, grid: Grid): CellValue[] {
  const columns = reading.columns.filter(
    (column) => column.column !== reading.nameColumn && column.target && isCompetency(column.target),
  );
  const values: CellValue[] = [];
  for (const person of reading.people) {
    const row = grid.values[reading.origin.row - 1 + person.gridRow] ?? [];
    for (const column of columns) values.push(row[column.column]);
  }
  return values;
}

function teamScale(id: ScaleId, reading: MatrixReading, grid: Grid): TeamScale {
  const notation = notationOf(id, levelValues(reading, grid));
  return {
    id,
    read: builtInScale(id).read,
    levels: scaleLevels(id),
    write: (level) => cellOfLevel(notation, level),
  };
}

/**
 * Reads the team (from `headerRow` when given); undefined when the workbook has no Teammatrix yet. An unreadable level cell or a repeated
 * name is left out and listed in `reading.problems`; a matrix that cannot be read at all throws. `scale` is a bound
 * matrix's scale as stored with its binding; a binding stored without one reads 0–4, or x/o where x and o marks decide it.
 * `record` is the workbook's scale record (HostBridge.readScaleRecord): a Teammatrix written from a yes/no matrix is
 * read as the CLI and its own formulas read it, an area covered by any held item; a record saying anything else is
 * left aside (the matrix reads 0–4, as without one).
 */
export function readTeam(
  matrix: SheetSnapshot,
  profileSheet?: SheetSnapshot,
  headerRow?: number,
  scale?: ScaleId,
  record?: string,
): Team | undefined {
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
  const recorded = headerRow === undefined && record !== undefined ? recordedScaleId(record) : undefined;
  const stated = scale ? builtInScale(scale) : recorded ? recordedReading(recorded) : undefined;
  let reading = readMatrix(located, profile, stated ? { lenient: true, scale: stated } : { lenient: true });
  // Only a bound matrix (its header row given) is another scale here: the injected Teammatrix is 0–4.
  const xo = !scale && headerRow !== undefined && reading.warnings.some((warning) => warning.key === 'readAsXo');
  if (xo) reading = readMatrix(located, profile, { lenient: true, scale: builtInScale('x-o') });
  const id = xo ? 'x-o' : scale;
  const profileTable = own && findBuiltinProfile(profile.id) !== profile ? profileTableRange(own) : undefined;
  return {
    reading,
    layout: scanLayout(reading, matrix.sheet || SHEET_MATRIX),
    grid,
    ...(profileTable ? { profileTable } : {}),
    ...(recorded ? { record: record! } : {}),
    scale: headerRow !== undefined && id && id !== '0-4' ? teamScale(id, reading, grid) : undefined,
  };
}

/** The raw values of a 1-based sheet row. */
export function rowValues(team: Team, sheetRow: number) {
  return team.grid.values[sheetRow - 1] ?? [];
}
