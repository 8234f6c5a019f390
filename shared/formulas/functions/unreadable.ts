// Unreadable cells in a formula's matrix (docs/design.md#6-the-formulas): a table names them in a closing note row; a single answer
// fails with the first one that lies in its own scope.

import type { Language } from '../../i18n/language';
import { fillTemplate, TeamscanError } from '../../i18n/message';
import type { MatrixReading, ReadProblem } from '../../matrix/reading';
import { FORMULA_TEXTS } from '../texts';
import type { FormulaTable } from '../types';

/** Cells a note row names one by one; the rest are counted ("en 4 meer"). */
export const NOTE_CELLS_LISTED = 3;

function problemsOf(readings: readonly MatrixReading[]): ReadProblem[] {
  return readings.flatMap((reading) => reading.problems ?? []);
}

/** `Teammatrix!E3 "hoog"`: the cell and the value as the read error names them. */
function cellAndValue(problem: ReadProblem): string {
  const { cell, value } = problem.message.params;
  return `${cell} ${value}`;
}

/** The note's text: the first three cells with their values, then how many more. */
export function noteText(problems: readonly ReadProblem[], lang: Language): string {
  const t = FORMULA_TEXTS;
  const named = problems.slice(0, NOTE_CELLS_LISTED).map(cellAndValue).join(', ');
  const rest = problems.length - NOTE_CELLS_LISTED;
  const more = rest > 0 ? fillTemplate(t.notCountedMore[lang], { count: rest }) : '';
  return fillTemplate(t.notCounted[lang], { cells: named }) + more;
}

/**
 * The table with, when cells of its matrices were left out, one more row naming them in its first cell (the
 * row as wide as the table, so a spilled result stays rectangular).
 */
export function withNote(table: FormulaTable, readings: readonly MatrixReading[], lang: Language): FormulaTable {
  const problems = problemsOf(readings);
  if (problems.length === 0) return table;
  const width = Math.max(1, ...table.map((row) => row.length));
  const note = [noteText(problems, lang), ...new Array<string>(width - 1).fill('')];
  return [...table, note];
}

/** What a single answer depends on: the area's level and wish columns, optionally one person's row only. */
export interface Scope {
  readonly area: number;
  /** 0-based grid row of the person (Person.gridRow); all rows when undefined. */
  readonly gridRow?: number;
  /** Whether the area's development-wish column counts too (KANDIDATEN orders by it). */
  readonly wishes?: boolean;
}

/** Fails with the read error of the first unreadable cell inside the scope; cells elsewhere do not matter. */
export function failInScope(reading: MatrixReading, scope: Scope): void {
  const origin = reading.origin;
  for (const problem of reading.problems ?? []) {
    const column = reading.columns.find((candidate) => candidate.column === problem.column - origin.column);
    const target = column?.target;
    const inArea =
      target !== undefined &&
      'area' in target &&
      target.area === scope.area &&
      (target.kind !== 'wish' || scope.wishes === true);
    const inRow = scope.gridRow === undefined || problem.row - origin.row === scope.gridRow;
    if (inArea && inRow) throw new TeamscanError(problem.message);
  }
}
