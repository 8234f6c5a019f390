// Runs a write under the document lock, so concurrent members' saves are serialised (docs/design.md#9-reliability-and-privacy).

import type { Services } from './gas';
import { SheetsError } from './texts';

/** How long a save waits for another member's write before giving up. */
export const LOCK_TIMEOUT_MS = 20000;

export function withDocumentLock<T>(gas: Services, write: () => T): T {
  const lock = gas.lock.getDocumentLock();
  if (!lock?.tryLock(LOCK_TIMEOUT_MS)) throw new SheetsError('busy');
  try {
    const result = write();
    // Let the writes land before the next waiter reads the sheet.
    gas.spreadsheet.flush();
    return result;
  } finally {
    lock.releaseLock();
  }
}
