// The scan form's state: follows the selection, keeps the draft, guards unsaved changes, saves one row.

import { useCallback, useEffect, useRef, useState } from 'react';
import type { HostBridge, Selection } from '../../host/bridge';
import { isWriteConflict } from '../../host/row-write';
import { type Answer, buildRowWrite, draftFromRow, isDirty, type ScanDraft } from '../../scan/draft';
import { neighbour, personAtRow, type ScanArea, type ScanField } from '../../scan/layout';
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

/** What the form shows for a row just read: its person's answers, or the empty row. */
function shownState(
  team: Team | undefined,
  sheetRow: number,
  notice: Pick<ScanState, 'saved' | 'saveError' | 'last' | 'focusFirst'>,
): ScanState {
  const person = team ? personAtRow(team.reading, sheetRow) : undefined;
  if (!team || !person) return { dirty: false, saving: false, emptyRow: sheetRow, ...notice };
  const original = draftFromRow(team.layout, rowValues(team, sheetRow), sheetRow, true, team.scale?.read);
  return {
    dirty: false,
    saving: false,
    person: { name: person.name, role: person.role, sheetRow, team, original, draft: original },
    ...notice,
  };
}

export function useScan(bridge: HostBridge, reload: () => Promise<Team | undefined>) {
  const [state, setState] = useState<ScanState>({ dirty: false, saving: false });
  const current = useRef(state);
  current.current = state;
  // Keeps the ref in step at once, so a selection event arriving before the next render sees the new person.
  const put = useCallback((next: ScanState) => {
    current.current = next;
    setState(next);
  }, []);

  // Loads may finish out of order (two selection events, a slow host): only the newest may show its person,
  // and a load never replaces answers typed after it started.
  const loads = useRef(0);
  const edits = useRef(0);

  /** Reads the row afresh and shows it; `notice` carries a save's outcome over the reload. */
  const open = useCallback(
    async (
      sheetRow: number,
      notice: Pick<ScanState, 'saved' | 'saveError' | 'last' | 'focusFirst'> = {},
      refresh = false,
    ) => {
      const ticket = ++loads.current;
      const editsBefore = edits.current;
      let team: Team | undefined;
      let next: ScanState;
      try {
        team = await reload();
        next = shownState(team, sheetRow, notice);
      } catch (error) {
        next = { dirty: false, saving: false, error };
      }
      if (ticket !== loads.current) return;
      const now = current.current;
      if (now.dirty && now.person && edits.current !== editsBefore) {
        // Answers typed while reading: the same person keeps them; another person waits behind the unsaved prompt.
        if (now.person.sheetRow === sheetRow) {
          if (now.saving) put({ ...now, saving: false, ...notice });
        } else {
          const target = team ? personAtRow(team.reading, sheetRow) : undefined;
          put({ ...now, pending: { row: sheetRow, ...(target ? { name: target.name } : {}) } });
        }
        return;
      }
      // A refresh never replaces answers typed while it was reading.
      if (refresh && (now.dirty || now.person?.sheetRow !== sheetRow)) return;
      put(next);
    },
    [reload, put],
  );

  const follow = useCallback(
    (selection: Selection, sheet: string) => {
      if (selection.sheet !== sheet) return;
      const now = current.current;
      if (now.person?.sheetRow === selection.row || now.emptyRow === selection.row) {
        if (now.pending) put({ ...now, pending: undefined });
        // Back on the same row with nothing typed: re-read it, the grid may have been edited meanwhile.
        else if (!now.dirty && !now.saving && now.person) {
          const { saved, last, focusFirst } = now;
          void open(selection.row, { saved, last, focusFirst }, true);
        }
        return;
      }
      if (now.person && now.dirty) {
        const target = personAtRow(now.person.team.reading, selection.row);
        put({ ...now, pending: { row: selection.row, ...(target ? { name: target.name } : {}) } });
        return;
      }
      void open(selection.row);
    },
    [open, put],
  );

  const edit = (change: (draft: ScanDraft) => ScanDraft) => {
    const now = current.current;
    if (!now.person) return;
    edits.current++;
    const draft = change(now.person.draft);
    put({
      ...now,
      saved: undefined,
      last: undefined,
      saveError: undefined,
      person: { ...now.person, draft },
      dirty: isDirty(now.person.team.layout, now.person.original, draft),
    });
  };
  const setAnswer = (field: ScanField, answer: Answer) => {
    // A level the matrix's scale cannot express (a 3 typed or replayed on an x/o matrix) is no answer there.
    const levels = current.current.person?.team.scale?.levels;
    if (typeof answer === 'number' && levels && !levels.includes(answer)) return;
    edit((draft) => ({ ...draft, answers: { ...draft.answers, [field.key]: answer } }));
  };
  const setWish = (area: ScanArea, wish: boolean) =>
    edit((draft) => ({ ...draft, wishes: { ...draft.wishes, [area.id]: wish } }));
  /** A second view's rater, as typed (ScanLayout.rater). */
  const setRater = (rater: string) => edit((draft) => ({ ...draft, rater }));

  /**
   * Saves the draft, compare-and-set against the values the form was loaded with; true when the row was
   * written. Afterwards the form re-reads the row: after a save so the next one compares against what is
   * there now, after a conflict (the grid changed meanwhile) so it shows what is there instead of the draft.
   */
  const save = async (): Promise<boolean> => {
    const person = current.current.person;
    if (!person) return false;
    put({ ...current.current, saving: true, saved: undefined, last: undefined, saveError: undefined });
    try {
      const loaded = rowValues(person.team, person.sheetRow);
      const { layout, scale } = person.team;
      await bridge.writeRow(buildRowWrite(layout, person, person.original, person.draft, loaded, scale?.write));
    } catch (saveError) {
      if (isWriteConflict(saveError)) await open(person.sheetRow, { saveError });
      else put({ ...current.current, saving: false, saveError });
      return false;
    }
    await open(person.sheetRow, { saved: person.name });
    return true;
  };

  /**
   * The keyboard loop (Enter on the last item or on Opslaan): saves when there is anything to save, then
   * opens the next person in sheet order and asks the panel to focus their first picker. After the last
   * person the form stays and says so. True when the next person's form was opened.
   */
  const saveAndNext = async (): Promise<boolean> => {
    const now = current.current;
    const person = now.person;
    if (!person || now.saving || now.pending) return false;
    if (now.dirty && !(await save())) return false;
    const fresh = current.current.person ?? person;
    const here = personAtRow(fresh.team.reading, fresh.sheetRow);
    const next = here ? neighbour(fresh.team.reading, here, 1) : undefined;
    const saved = now.dirty ? person.name : undefined;
    if (!next) {
      put({ ...current.current, last: true, ...(saved ? { saved } : {}) });
      return false;
    }
    const { layout } = fresh.team;
    const row = fresh.team.reading.origin.row + next.gridRow;
    const focusFirst = (now.focusFirst ?? 0) + 1;
    await open(row, { ...(saved ? { saved } : {}), focusFirst });
    // A newer read or answers typed meanwhile may have kept the form from opening them.
    const opened = current.current.focusFirst === focusFirst;
    await bridge.selectRow(layout.sheet, row);
    return opened;
  };

  const resolvePending = async (choice: 'save' | 'discard' | 'stay') => {
    const now = current.current;
    if (!now.pending || !now.person) return;
    if (choice === 'stay') {
      put({ ...now, pending: undefined });
      await bridge.selectRow(now.person.team.layout.sheet, now.person.sheetRow);
      return;
    }
    if (choice === 'save' && !(await save())) return;
    await open(now.pending.row);
  };

  const step = async (direction: -1 | 1) => {
    const person = current.current.person;
    if (!person) return;
    const { reading, layout } = person.team;
    const here = personAtRow(reading, person.sheetRow);
    const next = here ? neighbour(reading, here, direction) : undefined;
    if (!next) return;
    const row = reading.origin.row + next.gridRow;
    await bridge.selectRow(layout.sheet, row);
    follow({ sheet: layout.sheet, row, column: layout.nameColumn + 1 }, layout.sheet);
  };

  const reopen = async () => {
    const selection = await bridge.getSelection();
    await open(selection.row);
  };

  return { state, open, follow, setAnswer, setWish, setRater, save, saveAndNext, resolvePending, step, reopen };
}

/** Subscribes the form to the host's selection (and reads the current one once). */
export function useFollowSelection(
  bridge: HostBridge,
  sheet: string,
  follow: (selection: Selection, sheet: string) => void,
) {
  useEffect(() => {
    let live = true;
    bridge
      .getSelection()
      .then((selection) => live && follow(selection, sheet))
      .catch(() => undefined);
    const unsubscribe = bridge.onSelectionChanged((selection) => follow(selection, sheet));
    return () => {
      live = false;
      unsubscribe();
    };
  }, [bridge, sheet, follow]);
}

/**
 * The form's follow, for a selection that may be on the other sheet of the conversation (the Teammatrix, Tweede
 * blik): `translate` gives the same person's row on the form's sheet (docs/design.md#the-development-conversation).
 */
export function useTranslated(
  follow: (selection: Selection, sheet: string) => void,
  translate?: (selection: Selection) => Promise<Selection>,
) {
  return useCallback(
    (selection: Selection, sheet: string) => {
      if (!translate) return follow(selection, sheet);
      translate(selection).then(
        (mapped) => follow(mapped, sheet),
        () => undefined,
      );
    },
    [follow, translate],
  );
}
