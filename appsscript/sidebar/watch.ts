// Live reads in the sidebar: polls the sheets' fingerprint and tells the panel when the matrix or Dekking changed.

import type { BindingPlace, StoredBinding } from '../../shared/host/bridge';
import { columnLetters } from '../../shared/matrix/address';
import type { WireBinding, WireBindingSave } from '../api';
import { type PageActivity, SelectionPoller, type Timers } from './polling';

/**
 * A change on a sheet reaches no sidebar: google.script.run only calls the server from the page
 * (developers.google.com/apps-script/guides/html/communication), and the onEdit/onChange triggers run on the
 * server, not in the page (developers.google.com/apps-script/guides/triggers). So the sidebar asks: every
 * CHANGE_POLL_MS while things change, slowing to CHANGE_POLL_MAX_MS when they do not, nothing while hidden.
 */
export const CHANGE_POLL_MS = 3000;
export const CHANGE_POLL_MAX_MS = 30000;

/** Polls `fingerprint` and calls `changed` whenever it differs from the one before (not on the first). */
export function watchSheets(
  fingerprint: () => Promise<number>,
  changed: () => void,
  timers: Timers,
  activity: PageActivity,
): () => void {
  let last: number | undefined;
  let busy = false;
  const poller = new SelectionPoller(
    async () => {
      if (busy) return false;
      busy = true;
      try {
        const now = await fingerprint();
        const moved = last !== undefined && now !== last;
        last = now;
        if (moved) changed();
        return moved;
      } catch {
        // A failed poll is tried again on the next tick.
        return false;
      } finally {
        busy = false;
      }
    },
    timers,
    activity,
    CHANGE_POLL_MS,
    CHANGE_POLL_MAX_MS,
  );
  poller.start();
  return () => poller.stop();
}

/** The header row as the server names it ("A3:F3"). */
export function bindingSave(place: BindingPlace, record: string): WireBindingSave {
  const last = columnLetters(place.column + place.columns - 1);
  return { sheet: place.sheet, cells: `${columnLetters(place.column)}${place.row}:${last}${place.row}`, record };
}

function columnNumber(letters: string): number {
  let column = 0;
  for (const letter of letters) column = column * 26 + letter.charCodeAt(0) - 64;
  return column;
}

/** The server's answer as the panel's StoredBinding: `lost` when the named range's sheet is gone. */
export function storedBinding([record, sheet, cells]: WireBinding): StoredBinding | undefined {
  if (record === null) return undefined;
  const match = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?\d+)?$/.exec(cells ?? '');
  if (sheet === null || !match) return { sheet: '', row: 1, column: 1, columns: 1, record, lost: true };
  const column = columnNumber(match[1]!);
  const columns = columnNumber(match[3] ?? match[1]!) - column + 1;
  return { sheet, row: Number(match[2]), column, columns, record };
}
