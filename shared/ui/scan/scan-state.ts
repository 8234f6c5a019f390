// What the scan form shows: its state, and the state a read of the matrix gives for a row (useScan keeps it).

import { draftFromRow, isDirty, type ScanDraft } from '../../scan/draft';
import { personAtRow } from '../../scan/layout';
import { rowValues, type Team } from '../../scan/team';

export interface ScanPerson {
  readonly name: string;
  readonly role: string;
  readonly sheetRow: number;
  readonly team: Team;
  readonly original: ScanDraft;
  readonly draft: ScanDraft;
}

export interface PendingMove {
  readonly row: number;
  /** The name on the row the selection moved to, if any. */
  readonly name?: string;
}

export interface ScanState {
  readonly person?: ScanPerson;
  /** The selected sheet row when it holds no person. */
  readonly emptyRow?: number;
  readonly dirty: boolean;
  readonly pending?: PendingMove;
  readonly saving: boolean;
  readonly saved?: string;
  /** Saving moved on from the last person of the Teammatrix: there is no next one, the form stays. */
  readonly last?: boolean;
  /** Bumped whenever the keyboard loop opened the next person, so the panel focuses their first picker. */
  readonly focusFirst?: number;
  readonly error?: unknown;
  /** The last save was refused or failed: the draft is kept. */
  readonly saveError?: unknown;
}

export type Notice = Pick<ScanState, 'saved' | 'saveError' | 'last' | 'focusFirst'>;

/** Which row a read shows and what the form says over it, decided on the team as read (saveAndNext: who is next). */
export type Target = (team: Team | undefined) => { readonly row: number; readonly notice: Notice };

/** A row's answers as the team was read: what the form compares a draft with. */
function loadedDraft(team: Team, sheetRow: number): ScanDraft {
  return draftFromRow(team.layout, rowValues(team, sheetRow), sheetRow, true, team.scale?.read);
}

/** What the form shows for a row just read: its person's answers, or the empty row. */
export function shownState(team: Team | undefined, sheetRow: number, notice: Notice): ScanState {
  const person = team ? personAtRow(team.reading, sheetRow) : undefined;
  if (!team || !person) return { dirty: false, saving: false, emptyRow: sheetRow, ...notice };
  const original = loadedDraft(team, sheetRow);
  return {
    dirty: false,
    saving: false,
    person: { name: person.name, role: person.role, sheetRow, team, original, draft: original },
    ...notice,
  };
}

/**
 * The person after their own row was written while answers were given: the row, read afresh, becomes what the form
 * compares with, so the answers given meanwhile stay unsaved and their save is not refused for the cells this write
 * changed. A row that holds someone else now (sorted meanwhile) is left as it was: its save is refused and says why.
 */
export function afterOwnWrite(person: ScanPerson, team: Team | undefined): Pick<ScanState, 'person' | 'dirty'> {
  const fresh = team ? personAtRow(team.reading, person.sheetRow) : undefined;
  if (!team || fresh?.name !== person.name) return { person, dirty: true };
  const original = loadedDraft(team, person.sheetRow);
  return { person: { ...person, team, original }, dirty: isDirty(team.layout, original, person.draft) };
}
