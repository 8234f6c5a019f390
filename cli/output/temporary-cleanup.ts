// Removes the temporary files of writes in flight when the process ends by a signal or an exit it sees.

import { unlinkSync } from 'node:fs';

const inFlight = new Set<string>();
const SIGNALS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

function removeAll(): void {
  for (const path of inFlight) {
    try {
      unlinkSync(path);
    } catch {
      // Not created yet, or already moved into place: nothing to remove.
    }
  }
  inFlight.clear();
}

/** On a signal: the temporary files go, then the signal ends the process as it would have without us. */
function onSignal(signal: NodeJS.Signals): void {
  removeAll();
  uninstall();
  process.kill(process.pid, signal);
}

function install(): void {
  for (const signal of SIGNALS) process.on(signal, onSignal);
  process.on('exit', removeAll);
}

function uninstall(): void {
  for (const signal of SIGNALS) process.off(signal, onSignal);
  process.off('exit', removeAll);
}

/** A temporary file about to be created: removed if the process ends before `forgetTemporary`. */
export function trackTemporary(path: string): void {
  if (inFlight.size === 0) install();
  inFlight.add(path);
}

/** The write is over (moved into place or removed): the handlers go when no other write is in flight. */
export function forgetTemporary(path: string): void {
  inFlight.delete(path);
  if (inFlight.size === 0) uninstall();
}
