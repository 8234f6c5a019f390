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
  readonly error?: unknown;
  /** The last save was refused or failed: the draft is kept. */
  readonly saveError?: unknown;
}

export function useScan(bridge: HostBridge, reload: () => Promise<Team | undefined>) {
  const [state, setState] = useState<ScanState>({ dirty: false, saving: false });
  const current = useRef(state);
  current.current = state;

  /** Reads the row afresh and shows it; `notice` carries a save's outcome over the reload. */
  const open = useCallback(
    async (sheetRow: number, notice: Pick<ScanState, 'saved' | 'saveError'> = {}) => {
      try {
        const team = await reload();
        const person = team ? personAtRow(team.reading, sheetRow) : undefined;
        if (!team || !person) {
          setState({ dirty: false, saving: false, emptyRow: sheetRow, ...notice });
          return;
        }
        const original = draftFromRow(team.layout, rowValues(team, sheetRow), sheetRow);
        setState({
          dirty: false,
          saving: false,
          person: { name: person.name, role: person.role, sheetRow, team, original, draft: original },
          ...notice,
        });
      } catch (error) {
        setState({ dirty: false, saving: false, error });
      }
    },
    [reload],
  );

  const follow = useCallback(
    (selection: Selection, sheet: string) => {
      if (selection.sheet !== sheet) return;
      const now = current.current;
      if (now.person?.sheetRow === selection.row || now.emptyRow === selection.row) {
        if (now.pending) setState({ ...now, pending: undefined });
        return;
      }
      if (now.person && now.dirty) {
        const target = personAtRow(now.person.team.reading, selection.row);
        setState({ ...now, pending: { row: selection.row, ...(target ? { name: target.name } : {}) } });
        return;
      }
      void open(selection.row);
    },
    [open],
  );

  const edit = (change: (draft: ScanDraft) => ScanDraft) =>
    setState((now) => {
      if (!now.person) return now;
      const draft = change(now.person.draft);
      return {
        ...now,
        saved: undefined,
        saveError: undefined,
        person: { ...now.person, draft },
        dirty: isDirty(now.person.team.layout, now.person.original, draft),
      };
    });
  const setAnswer = (field: ScanField, answer: Answer) =>
    edit((draft) => ({ ...draft, answers: { ...draft.answers, [field.key]: answer } }));
  const setWish = (area: ScanArea, wish: boolean) =>
    edit((draft) => ({ ...draft, wishes: { ...draft.wishes, [area.id]: wish } }));

  /**
   * Saves the draft, compare-and-set against the values the form was loaded with; true when the row was
   * written. Afterwards the form re-reads the row: after a save so the next one compares against what is
   * there now, after a conflict (the grid changed meanwhile) so it shows what is there instead of the draft.
   */
  const save = async (): Promise<boolean> => {
    const person = current.current.person;
    if (!person) return false;
    setState((now) => ({ ...now, saving: true, saved: undefined, saveError: undefined }));
    try {
      const loaded = rowValues(person.team, person.sheetRow);
      await bridge.writeRow(buildRowWrite(person.team.layout, person, person.original, person.draft, loaded));
    } catch (saveError) {
      if (isWriteConflict(saveError)) await open(person.sheetRow, { saveError });
      else setState((now) => ({ ...now, saving: false, saveError }));
      return false;
    }
    await open(person.sheetRow, { saved: person.name });
    return true;
  };

  const resolvePending = async (choice: 'save' | 'discard' | 'stay') => {
    const now = current.current;
    if (!now.pending || !now.person) return;
    if (choice === 'stay') {
      setState({ ...now, pending: undefined });
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

  return { state, open, follow, setAnswer, setWish, save, resolvePending, step, reopen };
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
