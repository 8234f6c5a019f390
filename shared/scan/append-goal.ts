// Appends a goal to Ontwikkelplan through the host's row write, reading the sheet afresh before each attempt.

import { SHEET_DEV_PLAN } from '../analysis/conversation/texts';
import type { HostBridge, RowWrite, SheetSnapshot } from '../host/bridge';
import { isWriteConflict } from '../host/row-write';

/** Tries a few times: another panel may append a goal between the read and the write (a conflict, nothing written). */
export const APPEND_ATTEMPTS = 3;

/**
 * Appends a goal: `write` makes the row write from the plan sheet as read now (goalWrite: by header, on the row
 * below every used one, compare-and-set on empty cells). A goal another panel added there meanwhile is a
 * conflict, never written over: the sheet is read again and the goal goes below it. Other refusals throw.
 */
export async function appendGoal(bridge: HostBridge, write: (plan: SheetSnapshot) => RowWrite): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    const plan = await bridge.readSheet(SHEET_DEV_PLAN);
    try {
      await bridge.writeRow(write(plan));
      return;
    } catch (error) {
      if (!isWriteConflict(error) || attempt >= APPEND_ATTEMPTS) throw error;
    }
  }
}
