// Adding a goal to the Ontwikkelplan sheet: one RowWrite on the row below its last used one, compare-and-set on empty cells.

import { planColumns } from '../analysis/conversation/dev-plan';
import { failPlan } from '../analysis/conversation/messages';
import { CONVERSATION_TEXTS, PLAN_COLUMNS, SHEET_DEV_PLAN } from '../analysis/conversation/texts';
import type { RowCellWrite, RowWrite, SheetSnapshot } from '../host/bridge';
import { quoteValue } from '../i18n/message';
import { cellText, isBlank } from '../matrix/grid';

/** A goal's cells in PLAN_COLUMNS order (goalRow's shape): text stays text, Doel and Nu are numbers. */
export type GoalValues = readonly (string | number | null)[];

/**
 * The write that appends a goal to the plan sheet as read: each value under its column's header as the sheet
 * has it (either language, any order), on the first row below every used one. Every cell must still be empty
 * when the host writes (a goal another panel added there meanwhile is a conflict, never written over), and the
 * name cell must still be empty. A column the sheet lacks while the goal has a value for it is refused: the
 * value would be lost.
 */
export function goalWrite(plan: SheetSnapshot, values: GoalValues): RowWrite {
  const rows = plan.grid.values;
  const header = rows[0] ?? [];
  const at = planColumns(header);
  const sheet = plan.sheet || SHEET_DEV_PLAN;
  if (at.name === undefined) failPlan('planNoHeader', { sheet });
  const cells: RowCellWrite[] = [];
  PLAN_COLUMNS.forEach((key, index) => {
    const value = values[index] ?? null;
    const column = at[key];
    if (column === undefined) {
      if (value === null || value === '') return;
      failPlan('planNoColumn', { sheet, column: quoteValue(CONVERSATION_TEXTS[key].nl) });
    }
    cells.push({ header: cellText(header[column]), expected: null, value: value === '' ? null : value });
  });
  let last = 0;
  rows.forEach((row, index) => {
    if (row.some((cell) => !isBlank(cell))) last = index;
  });
  return {
    sheet,
    headerRow: 1,
    row: last + 2,
    nameHeader: cellText(header[at.name]),
    expectedName: '',
    cells,
  };
}
