// What an injection plan will create, in numbers the panel can show before Invoegen.

import { personKey, withoutInvisible } from '../text/normalize';
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

/** A pasted name that is the same person as one earlier in the paste (case, spaces, invisible characters aside). */
export interface MergedName {
  readonly pasted: string;
  readonly into: string;
}

export interface PastedNames {
  /** One per person, first spelling kept (invisible characters removed, spaces tidied), in paste order. */
  readonly names: readonly string[];
  /** Later spellings of a name already in the paste. */
  readonly merged: readonly MergedName[];
  /** Pasted names the matrix already holds (not added again). */
  readonly known: readonly string[];
}

/** The pasted names de-duplicated within the paste and against the names the matrix already holds. */
export function pastedNames(text: string, existing: readonly string[] = []): PastedNames {
  const inMatrix = new Set(existing.map(personKey));
  const first = new Map<string, string>();
  const merged: MergedName[] = [];
  const known: string[] = [];
  for (const pasted of parseNames(text)) {
    const name = withoutInvisible(pasted).replace(/\s+/g, ' ').trim();
    if (!name) continue;
    const key = personKey(name);
    const earlier = first.get(key);
    if (earlier !== undefined) {
      merged.push({ pasted, into: earlier });
      continue;
    }
    first.set(key, name);
    if (inMatrix.has(key)) known.push(name);
  }
  return { names: [...first.values()].filter((name) => !inMatrix.has(personKey(name))), merged, known };
}
