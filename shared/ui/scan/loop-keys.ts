// The keyboard loop's keys typed while it saves and opens the next person: kept in order for that person.

import { type KeyboardEvent, useCallback, useRef } from 'react';
import type { Answer } from '../../scan/draft';

/** A key the loop keeps: an answer (0–4, n = n.v.t.) or Enter (save and go on). */
export type LoopKey = { readonly kind: 'answer'; readonly answer: Answer } | { readonly kind: 'next' };

/** The loop key a key press means, if any; other keys are not the loop's. */
export function loopKey(key: string): LoopKey | undefined {
  if (/^[0-4]$/.test(key)) return { kind: 'answer', answer: Number(key) };
  if (key === 'n' || key === 'N') return { kind: 'answer', answer: 'nvt' };
  if (key === 'Enter') return { kind: 'next' };
  return undefined;
}

/** What replaying kept keys on a person's form does: answers from the first item on, and where it stops. */
export interface LoopReplay {
  /** The answers for the form's items in order, from its first item. */
  readonly answers: readonly Answer[];
  /** True when an Enter came after them: save and go on again, with `rest` kept for the person after. */
  readonly next: boolean;
  readonly rest: readonly LoopKey[];
}

/** Splits kept keys at the first Enter: the answers before it are this person's, the keys after it the next's. */
export function replayOf(keys: readonly LoopKey[], fields: number): LoopReplay {
  const stop = keys.findIndex((key) => key.kind === 'next');
  const mine = stop < 0 ? keys : keys.slice(0, stop);
  // Past the last item the focus is on Opslaan, where an answer key does nothing: so here too.
  const answers = mine.flatMap((key) => (key.kind === 'answer' ? [key.answer] : [])).slice(0, fields);
  return { answers, next: stop >= 0, rest: stop < 0 ? [] : keys.slice(stop + 1) };
}

/**
 * Between Enter and the next person's form the focus is still on the person just saved (Opslaan or their last
 * item): keys typed then went nowhere or into the wrong person. While moving, the loop keeps them instead.
 */
export function useLoopKeys() {
  const kept = useRef<LoopKey[] | undefined>(undefined);
  const start = useCallback((keys: readonly LoopKey[] = []) => {
    kept.current = [...keys];
  }, []);
  /** A key typed while moving: kept (and stopped); true when it was taken. */
  const take = useCallback((event: KeyboardEvent): boolean => {
    if (!kept.current || event.altKey || event.ctrlKey || event.metaKey) return false;
    const key = loopKey(event.key);
    if (!key || (key.kind === 'next' && event.shiftKey)) return false;
    event.preventDefault();
    event.stopPropagation();
    kept.current.push(key);
    return true;
  }, []);
  /** Ends moving and hands over the keys kept meanwhile. */
  const finish = useCallback((): LoopKey[] => {
    const keys = kept.current ?? [];
    kept.current = undefined;
    return keys;
  }, []);
  return { start, take, finish, moving: () => kept.current !== undefined };
}
