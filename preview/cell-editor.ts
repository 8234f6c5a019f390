// The grid's cell editor: its draft, and keys typed while it opens reach it in order instead of being lost.

import { type KeyboardEvent as ReactKeyboardEvent, useCallback, useEffect, useRef, useState } from 'react';

export interface CellDraft {
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
  readonly text: string;
  /** The text is selected, as after a double-click, Enter or F2: the first key typed replaces it. */
  readonly replace: boolean;
}

type AnyKeyboardEvent = KeyboardEvent | ReactKeyboardEvent;

/**
 * Puts the caret in a cell editor once it is on the page: the text selected when a key replaces it, else the
 * caret at the end. A task later than React's autoFocus: a press on a grid cell first moves the focus to the
 * grid, and the panel's focus manager may still act on it.
 */
function focusCellEditor(input: HTMLInputElement | null, replace: () => boolean) {
  if (!input) return;
  setTimeout(() => {
    if (!input.isConnected || document.activeElement === input) return;
    input.focus();
    // Asked when the focus arrives: keys typed meanwhile may already have replaced the text.
    if (replace()) input.select();
    else input.setSelectionRange(input.value.length, input.value.length);
  }, 0);
}

/**
 * The draft lives in a ref beside the state so that keys arriving before React re-renders (a fast typist, a
 * test's keyboard) each see the previous key's text, and a blur after Enter does not save twice.
 */
export function useCellEditor(save: (draft: CellDraft) => void, afterClose: () => void) {
  const [draft, setDraftState] = useState<CellDraft | undefined>();
  const current = useRef<CellDraft | undefined>(undefined);
  const setDraft = useCallback((next: CellDraft | undefined) => {
    current.current = next;
    setDraftState(next);
  }, []);
  const type = useCallback(
    (text: string) => {
      if (current.current) setDraft({ ...current.current, text, replace: false });
    },
    [setDraft],
  );
  const close = useCallback(
    (keep: boolean) => {
      const closing = current.current;
      if (!closing) return;
      setDraft(undefined);
      if (keep) save(closing);
      afterClose();
    },
    [save, afterClose, setDraft],
  );
  /** A key that reached the grid or the page while the editor was still opening. True when it was the editor's. */
  const early = useCallback(
    (event: AnyKeyboardEvent): boolean => {
      const open = current.current;
      if (!open || event.altKey || event.ctrlKey || event.metaKey) return false;
      if (event.key === 'Enter' || event.key === 'Escape') {
        event.preventDefault();
        close(event.key === 'Enter');
        return true;
      }
      if (event.key === 'Backspace') {
        event.preventDefault();
        type(open.replace ? '' : open.text.slice(0, -1));
        return true;
      }
      if (event.key.length !== 1) return false;
      event.preventDefault();
      type(open.replace ? event.key : open.text + event.key);
      return true;
    },
    [close, type],
  );
  // A double-click on a cell can leave the focus on the page itself for a moment; keys typed then are the editor's.
  // Listened to from the start: an effect run when the editor opens could come after those keys.
  const earlyKey = useRef(early);
  earlyKey.current = early;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.target === document.body || event.target === document.documentElement) earlyKey.current(event);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
  const inputRef = useCallback(
    (input: HTMLInputElement | null) => focusCellEditor(input, () => current.current?.replace ?? false),
    [],
  );
  return { draft, open: setDraft, type, close, early, inputRef };
}
