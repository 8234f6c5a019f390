// Own layouts (docs/design.md#7-the-injected-workbook): a matrix the panel did not inject, bound by its header row.

import type { BindingPlace, SheetSnapshot, StoredBinding } from '../host/bridge';
import { LOG_SHEET } from '../host/change-log';
import { isSnapshotSheet } from '../host/snapshot';
import { TeamscanError } from '../i18n/message';
import { SCALE_IDS, type ScaleId } from '../levels/scale';
import { detectScale } from '../levels/scale-detect';
import { cellAddress, columnLetters } from '../matrix/address';
import { isCompetency } from '../matrix/columns';
import { cellText } from '../matrix/grid';
import { matchKey } from '../text/normalize';
import { SHEET_DASHBOARD, SHEET_MATRIX, SHEET_PROFILE } from '../workbook/plan';
import { levelValues, readTeam, type Team } from './team';

/** What the panel bound, as it keeps it in the workbook beside the host's named range. */
export interface BindingRecord {
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
  /** The header cells' text from `column` on, as bound: a changed header is a different matrix. */
  readonly headers: readonly string[];
  /** The scale the matrix is read and written in (docs/design.md#3-levels-and-cell-values); absent in a binding made before it was stored. */
  readonly scale?: ScaleId;
}

/** What the panel shows before binding, and after: enough for a user to recognise their table. */
export interface BindingSummary {
  readonly sheet: string;
  readonly headerRow: number;
  /** The name column's header and letter, e.g. "Medewerker" in column B. */
  readonly nameHeader: string;
  readonly nameColumn: string;
  readonly people: number;
  readonly competencyColumns: number;
  /** The scale the cells are read and written in; undefined while the user has to choose it (`choices`). */
  readonly scale: ScaleId | undefined;
  /** The scales the values leave open, when they do not decide one; `mixed` when no scale reads them all. */
  readonly choices?: readonly ScaleId[];
  readonly mixed?: boolean;
}

export type BindingCheck =
  | { readonly status: 'ok'; readonly place: BindingPlace; readonly renamedFrom?: string; readonly scale?: ScaleId }
  | { readonly status: 'sheetMissing'; readonly sheet: string }
  | { readonly status: 'headerChanged'; readonly cell: string; readonly was: string; readonly now: string }
  | { readonly status: 'unreadable' };

/** The header row's extent: from the matrix's first column to its last header cell. */
export function bindingOf(team: Team, scale?: ScaleId): { place: BindingPlace; record: string } {
  const { origin } = team.reading;
  const header = team.grid.values[origin.row - 1] ?? [];
  let last = header.length;
  while (last > origin.column - 1 && cellText(header[last - 1]) === '') last--;
  const headers = header.slice(origin.column - 1, last).map(cellText);
  const place = { sheet: team.layout.sheet, row: origin.row, column: origin.column, columns: headers.length };
  const record: BindingRecord = {
    sheet: place.sheet,
    row: place.row,
    column: place.column,
    headers,
    ...(scale ? { scale } : {}),
  };
  return { place, record: JSON.stringify(record) };
}

/** The record as saved; undefined for text that is not one (a damaged or foreign setting). */
export function readBindingRecord(text: string): BindingRecord | undefined {
  try {
    const value = JSON.parse(text) as Partial<BindingRecord>;
    const whole = (n: unknown) => typeof n === 'number' && Number.isInteger(n) && n >= 1;
    if (typeof value.sheet !== 'string' || !whole(value.row) || !whole(value.column)) return undefined;
    if (!Array.isArray(value.headers) || !value.headers.every((h) => typeof h === 'string')) return undefined;
    if (value.scale !== undefined && !SCALE_IDS.includes(value.scale)) return undefined;
    return value as BindingRecord;
  } catch {
    return undefined;
  }
}

/**
 * Whether the stored binding still names the matrix it bound: its sheet exists and its header row holds the
 * same headers (spaces, case and accents aside) where the named range now is. A sorted row or an inserted row
 * above keeps it; a deleted, moved or renamed header column, or a deleted sheet, is reported.
 */
export function checkBinding(stored: StoredBinding, snapshot: SheetSnapshot): BindingCheck {
  const record = readBindingRecord(stored.record);
  if (!record) return { status: 'unreadable' };
  if (stored.lost || !snapshot.exists)
    return { status: 'sheetMissing', sheet: stored.lost ? record.sheet : stored.sheet };
  const header = snapshot.grid.values[stored.row - 1] ?? [];
  const origin = { sheet: stored.sheet, row: stored.row, column: stored.column };
  const width = Math.max(record.headers.length, stored.columns);
  for (let c = 0; c < width; c++) {
    const was = record.headers[c] ?? '';
    const now = cellText(header[stored.column - 1 + c]);
    if (matchKey(was) !== matchKey(now)) return { status: 'headerChanged', cell: cellAddress(origin, 0, c), was, now };
  }
  const place = { sheet: stored.sheet, row: stored.row, column: stored.column, columns: stored.columns };
  return {
    status: 'ok',
    place,
    ...(stored.sheet === record.sheet ? {} : { renamedFrom: record.sheet }),
    ...(record.scale ? { scale: record.scale } : {}),
  };
}

/** The summary the panel shows to confirm a binding, with the scale stated or left to choose. */
function describeBinding(team: Team, scale: Pick<BindingSummary, 'scale' | 'choices' | 'mixed'>): BindingSummary {
  const { reading, layout } = team;
  const nameColumn = reading.columns[reading.nameColumn];
  const competencyColumns = reading.columns.filter(
    (column) => column.column !== reading.nameColumn && column.target && isCompetency(column.target),
  ).length;
  return {
    sheet: layout.sheet,
    headerRow: reading.origin.row,
    nameHeader: nameColumn?.header ?? '',
    nameColumn: columnLetters(reading.origin.column + reading.nameColumn),
    people: reading.people.length,
    competencyColumns,
    ...scale,
  };
}

/** Teamscan's own sheets, which are never bound as an own layout. */
export function isTeamscanSheet(sheet: string): boolean {
  return [SHEET_MATRIX, SHEET_PROFILE, SHEET_DASHBOARD, LOG_SHEET].includes(sheet) || isSnapshotSheet(sheet);
}

/** A binding the panel proposes: the matrix as read, where its header row is, and what it will remember. */
export interface BindingProposal {
  readonly team: Team;
  readonly place: BindingPlace;
  readonly record: string;
  readonly summary: BindingSummary;
}

/** The matrix as read without a stated scale; x, o and Dutch initials side by side are read as x/o, to be chosen. */
function firstReading(snapshot: SheetSnapshot, profileSheet: SheetSnapshot | undefined, headerRow?: number) {
  try {
    return readTeam(snapshot, profileSheet, headerRow);
  } catch (error) {
    if (!(error instanceof TeamscanError) || error.key !== 'mixedMarks') throw error;
    return readTeam(snapshot, profileSheet, headerRow, 'x-o');
  }
}

/**
 * Reads a matrix on an own sheet for binding: from the header row the user selected, or found by the reading
 * rules (docs/design.md#5-reading-a-matrix) without one, in the scale its values decide (docs/design.md#3-levels-and-cell-values)
 * or in `scale`, the one the user chose. Undefined when the sheet is empty; a TeamscanError naming the cell when
 * the table cannot be read. A proposal whose summary has no scale waits for the user's choice.
 */
export function proposeBinding(
  snapshot: SheetSnapshot,
  profileSheet: SheetSnapshot | undefined,
  headerRow?: number,
  scale?: ScaleId,
): BindingProposal | undefined {
  const first = scale ? undefined : firstReading(snapshot, profileSheet, headerRow);
  if (!scale && !first) return undefined;
  const detected = scale ? { scale } : detectScale(levelValues(first!.reading, first!.grid));
  const chosen = detected.scale;
  // Bound from where the values were found, so the header row stays the one read (a title above is no header).
  const row = headerRow ?? first?.reading.origin.row;
  const team = chosen && (scale || chosen !== '0-4') ? readTeam(snapshot, profileSheet, row, chosen) : first;
  if (!team) return undefined;
  const summary = describeBinding(team, chosen ? { scale: chosen } : { scale: undefined, ...detected });
  return { team, ...bindingOf(team, chosen), summary };
}
