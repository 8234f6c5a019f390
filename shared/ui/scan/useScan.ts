// The scan form's state: follows the selection, keeps the draft, guards unsaved changes, saves one row.

import { useCallback, useEffect, useRef, useState } from 'react';
import type { HostBridge, Selection } from '../../host/bridge';
import { isWriteConflict } from '../../host/row-write';
import { type Answer, buildRowWrite, isDirty, type ScanDraft } from '../../scan/draft';
import { neighbour, personAtRow, type ScanArea, type ScanField } from '../../scan/layout';
import { rowValues, type Team } from '../../scan/team';
import { afterOwnWrite, type Notice, type ScanPerson, type ScanState, shownState, type Target } from './scan-state';

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
  // The row the form selected itself (the keyboard loop, Vorige / Volgende), read or being read: the host's event for
  // that selection needs no second read (in Excel a read is a round trip). The next selection event consumes it.
  const movedTo = useRef<number | undefined>(undefined);
  // The row the newest read is opening: a selection of that row while it reads (Vorige / Volgende select the row
  // and the host tells of it too, in either order) needs no second read.
  const opening = useRef<number | undefined>(undefined);

  /**
   * Reads the row afresh and shows it; `notice` carries a save's outcome over the reload. Answers given after `since`
   * (a save: when its write began) are kept, never replaced by the read.
   */
  const open = useCallback(
    async (target: number | Target, given: Notice = {}, refresh = false, since?: number) => {
      const ticket = ++loads.current;
      opening.current = typeof target === 'number' ? target : undefined;
      const editsBefore = since ?? edits.current;
      let team: Team | undefined;
      let next: ScanState;
      let sheetRow = typeof target === 'number' ? target : (current.current.person?.sheetRow ?? 0);
      let notice = given;
      try {
        team = await reload();
        if (typeof target !== 'number') ({ row: sheetRow, notice } = target(team));
        next = shownState(team, sheetRow, notice);
      } catch (error) {
        next = { dirty: false, saving: false, error };
      }
      if (ticket !== loads.current) return;
      opening.current = undefined;
      const now = current.current;
      // Answers given while reading (or while a save wrote): the same person keeps them; another person waits
      // behind the unsaved prompt. The row a save wrote (`since` given) is what they are compared with from now on.
      const written = since !== undefined && now.person && now.saving ? afterOwnWrite(now.person, team) : {};
      const kept: ScanState = since !== undefined ? { ...now, ...written, saving: false } : now;
      if (kept.dirty && kept.person && edits.current !== editsBefore) {
        if (kept.person.sheetRow === sheetRow) {
          if (now.saving) put({ ...kept, saving: false, ...notice });
        } else {
          const target = team ? personAtRow(team.reading, sheetRow) : undefined;
          const saved = since !== undefined ? { saved: notice.saved } : {};
          put({ ...kept, ...saved, pending: { row: sheetRow, ...(target ? { name: target.name } : {}) } });
        }
        return;
      }
      // A refresh never replaces answers typed while it was reading.
      if (refresh && (now.dirty || now.person?.sheetRow !== sheetRow)) return;
      put(next);
    },
    [reload, put],
  );

  /** Shows the row selected; `fresh`: the form just read it itself (its own move), so a row it shows is not read again. */
  const goTo = useCallback(
    (row: number, fresh = false) => {
      if (opening.current === row) return;
      const now = current.current;
      if (now.person?.sheetRow === row || now.emptyRow === row) {
        if (now.pending) put({ ...now, pending: undefined });
        // Back on the same row with nothing typed: re-read it, the grid may have been edited meanwhile.
        else if (!now.dirty && !now.saving && now.person && !fresh) {
          const { saved, last, focusFirst } = now;
          void open(row, { saved, last, focusFirst }, true);
        }
        return;
      }
      if (now.person && now.dirty) {
        const target = personAtRow(now.person.team.reading, row);
        put({ ...now, pending: { row, ...(target ? { name: target.name } : {}) } });
        return;
      }
      void open(row);
    },
    [open, put],
  );

  const follow = useCallback(
    (selection: Selection, sheet: string) => {
      if (selection.sheet !== sheet) return;
      const moved = movedTo.current;
      movedTo.current = undefined;
      goTo(selection.row, moved === selection.row);
    },
    [goTo],
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
    const since = edits.current;
    if (!person || !(await write(person))) return false;
    await open(person.sheetRow, { saved: person.name }, false, since);
    return true;
  };

  /** Writes the person's draft; false when it was refused or failed, and the form then says why. */
  const write = async (person: ScanPerson): Promise<boolean> => {
    put({ ...current.current, saving: true, saved: undefined, last: undefined, saveError: undefined });
    try {
      const loaded = rowValues(person.team, person.sheetRow);
      const { layout, scale } = person.team;
      await bridge.writeRow(buildRowWrite(layout, person, person.original, person.draft, loaded, scale?.write));
      return true;
    } catch (saveError) {
      if (isWriteConflict(saveError)) await open(person.sheetRow, { saveError });
      else put({ ...current.current, saving: false, saveError });
      return false;
    }
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
    const since = edits.current;
    if (now.dirty && !(await write(person))) return false;
    const saved = now.dirty ? { saved: person.name } : {};
    const focusFirst = (now.focusFirst ?? 0) + 1;
    // One read for both: the saved row as the sheet holds it now, and who comes after it there.
    let moved: { sheet: string; row: number } | undefined;
    await open(
      (team) => {
        const here = team ? personAtRow(team.reading, person.sheetRow) : undefined;
        const next = team && here ? neighbour(team.reading, here, 1) : undefined;
        if (!team || !next) return { row: person.sheetRow, notice: team ? { ...saved, last: true } : saved };
        moved = { sheet: team.layout.sheet, row: team.reading.origin.row + next.gridRow };
        return { row: moved.row, notice: { ...saved, focusFirst } };
      },
      {},
      false,
      since,
    );
    if (!moved) return false;
    // A newer read or answers typed meanwhile may have kept the form from opening them.
    const opened = current.current.focusFirst === focusFirst;
    movedTo.current = moved.row;
    await bridge.selectRow(moved.sheet, moved.row);
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
    movedTo.current = row;
    await bridge.selectRow(layout.sheet, row);
    goTo(row);
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
