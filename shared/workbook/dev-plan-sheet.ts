// Plans the Ontwikkelplan sheet: its header once, pickers on Doel and Status; the goals typed there are never written over.

import { planColumns } from '../analysis/conversation/dev-plan';
import { CONVERSATION_TEXTS, PLAN_COLUMNS, SHEET_DEV_PLAN } from '../analysis/conversation/texts';
import type { Language } from '../i18n/language';
import { type Grid, isBlank } from '../matrix/grid';
import { SPARE_ROWS } from './matrix-sheet';
import type { ListValidation, PlanRange, SheetPlan } from './plan';

const WIDTHS: Readonly<Record<(typeof PLAN_COLUMNS)[number], number>> = {
  name: 24,
  area: 22,
  competency: 14,
  now: 7,
  goal: 7,
  action: 40,
  withWhom: 20,
  when: 14,
  status: 12,
};

/** The status words offered in the sheet's picker, in the sheet's language. */
export function statusChoices(lang: Language): string[] {
  const t = CONVERSATION_TEXTS;
  return [t.statusOpen[lang], t.statusBusy[lang], t.statusReached[lang]];
}

/**
 * The plan's sheet. A new (or empty) sheet gets the header; a sheet holding anything keeps every cell: only the
 * pickers and the layout are (re)applied, over the rows it holds plus spare rows.
 */
export function devPlanSheet(lang: Language, existing?: Grid): SheetPlan {
  const rows = existing?.values ?? [];
  const used = rows.some((row) => row.some((cell) => !isBlank(cell)));
  const bodyRows = Math.max(rows.length, 1) - 1 + SPARE_ROWS;
  // A sheet in use keeps its own column order: the pickers follow its headers, and skip a column it lacks.
  const at = used ? planColumns(rows[0] ?? []) : undefined;
  const columnOf = (key: (typeof PLAN_COLUMNS)[number]) => (at ? at[key] : PLAN_COLUMNS.indexOf(key));
  const body = (column: number): PlanRange => ({ row: 1, column, rows: bodyRows, columns: 1 });
  const header = PLAN_COLUMNS.map((key) => CONVERSATION_TEXTS[key][lang]);
  const goal = columnOf('goal');
  const status = columnOf('status');
  const action = columnOf('action');
  const validations: ListValidation[] = [
    ...(goal === undefined
      ? []
      : [{ range: body(goal), values: [0, 1, 2, 3, 4], strict: false, prompt: CONVERSATION_TEXTS.goalPrompt[lang] }]),
    ...(status === undefined
      ? []
      : [
          { range: body(status), values: statusChoices(lang), strict: false, prompt: CONVERSATION_TEXTS.nowNote[lang] },
        ]),
  ];
  const width = Math.max(header.length, (rows[0] ?? []).length);
  return {
    name: SHEET_DEV_PLAN,
    mode: 'merge',
    blocks: used ? [] : [{ row: 0, column: 0, values: [header] }],
    styles: [
      { range: { row: 0, column: 0, rows: 1, columns: width }, style: 'header' },
      ...(action === undefined ? [] : [{ range: body(action), style: 'wrap' as const }]),
    ],
    columnWidths: used ? [] : PLAN_COLUMNS.map((key, column) => ({ column, width: WIDTHS[key] })),
    frozen: { rows: 1, columns: 1 },
    validations,
    colourScales: [],
    highlights: [],
    charts: [],
    protect: false,
  };
}
