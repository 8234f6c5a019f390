// What an injection plan will create, in numbers the panel can show before Invoegen.

import { SHEET_MATRIX, type WorkbookPlan } from '../workbook/plan';

export interface SheetSummary {
  readonly name: string;
  /** `replace`: (re)written; `merge`: only columns and names added, every value kept. */
  readonly mode: 'replace' | 'merge';
  readonly exists: boolean;
}

export interface PlanSummary {
  readonly sheets: readonly SheetSummary[];
  /** Competency and other columns the Teammatrix gets. */
  readonly newColumns: number;
  readonly newColumnHeaders: readonly string[];
  readonly newNames: number;
}

/** Summarises a plan; `existing` names the sheets the workbook already has. */
export function summarizePlan(plan: WorkbookPlan, existing: ReadonlySet<string>): PlanSummary {
  const matrix = plan.sheets.find((sheet) => sheet.name === SHEET_MATRIX);
  const headers = (matrix?.blocks ?? [])
    .filter((block) => block.row === 0)
    .flatMap((block) => block.values[0] ?? [])
    .filter((cell): cell is string => typeof cell === 'string');
  const names = (matrix?.blocks ?? [])
    .filter((block) => block.row > 0)
    .reduce((count, block) => count + block.values.length, 0);
  return {
    sheets: plan.sheets.map((sheet) => ({ name: sheet.name, mode: sheet.mode, exists: existing.has(sheet.name) })),
    newColumns: headers.length,
    newColumnHeaders: headers,
    newNames: names,
  };
}

/** Names pasted as a list: one per line (or separated by tabs or semicolons), trimmed, no blanks. */
export function parseNames(text: string): string[] {
  return text
    .split(/[\r\n\t;]+/)
    .map((name) => name.trim())
    .filter(Boolean);
}
