// Takes a proposal over into the matrix through the host's row write: compare-and-set, logged, marked.

import type { PlainCellValue, RowWrite } from '../host/bridge';
import { headerKey, isWriteConflict, plainCellValue, sameCellValue } from '../host/row-write';
import { findPerson } from '../matrix/reading';
import type { Team } from '../scan/team';
import { type CellChange, type PersonProposal, proposalWrite, sheetRowOf } from './proposal';

/** A cell not taken over: the matrix changed it since the responses were read (it keeps what it holds now). */
export interface CellConflict {
  readonly header: string;
  /** What the matrix held when the responses were read, what it holds now, and the answer. */
  readonly before: PlainCellValue;
  readonly matrix: PlainCellValue;
  readonly answer: string | number;
}

export type TakeOverOutcome =
  /** Written and marked; `conflicts` lists the cells left as the matrix has them now. */
  | { readonly status: 'done'; readonly written: readonly CellChange[]; readonly conflicts: readonly CellConflict[] }
  /** Another take-over took this response meanwhile: nothing written. */
  | { readonly status: 'taken' }
  /** Nothing written (the person is gone from the matrix, or the sheet changed again while retrying). */
  | { readonly status: 'failed'; readonly error: unknown };

/** The host's row write that marks responses: Sheets' writeRow tells whether it wrote (false: taken already). */
export type TakeOverWrite = (write: RowWrite) => Promise<boolean>;

/**
 * Takes one person's proposal over. The write is the save's compare-and-set: when the matrix changed since the
 * responses were read (a colleague typed, the rows were sorted), the host refuses; the matrix is then read again
 * (`reread`), the person found by name, every cell that now holds something else than the proposal saw becomes a
 * conflict (never overwritten), and the rest is written in one more try.
 */
export async function takeOverPerson(
  team: Team,
  proposal: PersonProposal,
  write: TakeOverWrite,
  reread: () => Promise<Team | undefined>,
): Promise<TakeOverOutcome> {
  try {
    return (await write(proposalWrite(team, proposal)))
      ? { status: 'done', written: proposal.changes, conflicts: [] }
      : { status: 'taken' };
  } catch (error) {
    if (!isWriteConflict(error)) return { status: 'failed', error };
  }
  try {
    const now = await reread();
    if (!now) throw new Error('no matrix');
    const adding = proposal.sheetRow === undefined;
    const person = findPerson(now.reading, proposal.name);
    // A person to add who is there now was added meanwhile (by someone else): their cells are compared as usual.
    const sheetRow = person ? sheetRowOf(now, person.gridRow) : undefined;
    if (!adding && sheetRow === undefined) throw new Error(proposal.name);
    const row = sheetRow === undefined ? [] : (now.grid.values[sheetRow - 1] ?? []);
    const columnOf = (header: string) => {
      const key = headerKey(header);
      const field = now.layout.fields.find((f) => headerKey(f.header) === key);
      const wish = now.layout.areas.find((a) => a.wishHeader !== undefined && headerKey(a.wishHeader) === key);
      return field?.column ?? wish?.wishColumn;
    };
    const conflicts: CellConflict[] = [];
    const kept: CellChange[] = [];
    for (const change of proposal.changes) {
      const column = columnOf(change.header);
      const matrix = column === undefined ? null : plainCellValue(row[column]);
      if (column !== undefined && sameCellValue(change.before, row[column])) kept.push(change);
      else conflicts.push({ header: change.header, before: change.before, matrix, answer: change.now });
    }
    const retry = { ...proposal, changes: kept, ...(sheetRow === undefined ? {} : { sheetRow }) };
    return (await write(proposalWrite(now, retry)))
      ? { status: 'done', written: kept, conflicts }
      : { status: 'taken' };
  } catch (error) {
    return { status: 'failed', error };
  }
}
