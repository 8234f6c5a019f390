// The scan form on the Tweede blik sheet: its rows read as a team with the rater column, and a person's row on either sheet.

import { isRaterHeader } from '../analysis/conversation/second-view';
import type { Selection, SheetSnapshot } from '../host/bridge';
import { cellText } from '../matrix/grid';
import { findPerson, type MatrixReading } from '../matrix/reading';
import { personAtRow } from './layout';
import { readTeam, type Team } from './team';

/**
 * The second view as the form reads it: a matrix with the Teammatrix's layout (readTeam), its rater column
 * ("Tweede blik door") in the layout so a save writes who gave the view; no wish switches (a wish is the person's
 * own, on the Teammatrix). Undefined when the sheet is missing. `record`: the Teammatrix's scale record (Team.record).
 */
export function readSecondTeam(sheet: SheetSnapshot, profileSheet?: SheetSnapshot, record?: string): Team | undefined {
  const team = readTeam(sheet, profileSheet, undefined, undefined, record);
  if (!team) return undefined;
  const header = team.grid.values[team.layout.headerRow - 1] ?? [];
  const column = header.findIndex(isRaterHeader);
  // A development wish is the person's own (the Teammatrix's): the second view asks levels only.
  const areas = team.layout.areas
    .map(({ wishColumn: _column, wishHeader: _header, ...area }) => area)
    .filter((area) => area.groups.length > 0);
  const layout = { ...team.layout, areas };
  return { ...team, layout: column < 0 ? layout : { ...layout, rater: { column, header: cellText(header[column]) } } };
}

/** The 1-based sheet row of a person (by name, as names are matched), if the reading has them. */
export function rowOfPerson(reading: MatrixReading, name: string): number | undefined {
  const person = findPerson(reading, name);
  return person ? reading.origin.row + person.gridRow : undefined;
}

/** A sheet of a team and its reading: where a selection is, and where the same person is on the other sheet. */
export interface SheetReading {
  readonly sheet: string;
  readonly reading: MatrixReading;
}

/**
 * A selection on one sheet as the same person's row on the other (the Teammatrix and Tweede blik hold the same
 * names): `name` is who is selected; `row` is undefined when the other sheet does not have them (yet).
 */
export function samePersonOn(
  selection: Selection,
  from: SheetReading,
  to: SheetReading,
): { readonly name?: string; readonly row?: number } {
  const name = personAtRow(from.reading, selection.row)?.name;
  if (name === undefined) return {};
  const row = rowOfPerson(to.reading, name);
  return row === undefined ? { name } : { name, row };
}
