// Renders a Teamscan function call as formula text in a host's own syntax (Excel or Google Sheets).

import { findDeclaration } from '../formulas/declarations';
import type { Language } from '../i18n/language';
import { columnLetters } from '../matrix/address';
import type { CustomFormula, FormulaArgument, PlanRange } from './plan';
import { SHEET_MATRIX, SHEET_PROFILE } from './plan';

export type FormulaHost = 'excel' | 'sheets';

export interface FormulaTarget {
  readonly host: FormulaHost;
  readonly lang: Language;
  /** The matrix reference, e.g. "Teammatrix[#All]" or "Teammatrix!A1:Z". */
  readonly matrix: string;
  /** The custom profile table reference, when the profile comes from the workbook. */
  readonly profileTable?: string;
}

export const EXCEL_NAMESPACE = 'TEAMSCAN';

/** The function's name as typed in the host: TEAMSCAN.DEKKING in Excel, DEKKING in Sheets. */
export function functionName(id: string, host: FormulaHost, lang: Language): string {
  const formula = findDeclaration(id);
  if (!formula) throw new RangeError(`Unknown formula ${id}`);
  return host === 'excel' ? `${EXCEL_NAMESPACE}.${formula.name[lang]}` : formula.name[lang];
}

export function absoluteCell(row: number, column: number, sheet?: string): string {
  return `${sheet ? `${sheet}!` : ''}$${columnLetters(column + 1)}$${row + 1}`;
}

/** A range in A1 form: open-ended downwards for Sheets so new people are included. */
export function rangeReference(sheet: string, range: PlanRange, openEnded: boolean): string {
  const first = `${columnLetters(range.column + 1)}${range.row + 1}`;
  const lastColumn = columnLetters(range.column + range.columns);
  return `${sheet}!${first}:${lastColumn}${openEnded ? '' : range.row + range.rows}`;
}

/** The default matrix reference per host for a plan's matrix range. */
export function matrixReference(host: FormulaHost, range: PlanRange): string {
  return host === 'excel' ? `${SHEET_MATRIX}[#All]` : rangeReference(SHEET_MATRIX, range, true);
}

export function profileTableReference(range: PlanRange): string {
  return rangeReference(SHEET_PROFILE, range, false);
}

function renderArgument(argument: FormulaArgument, target: FormulaTarget): string {
  switch (argument.kind) {
    case 'matrix':
      return target.matrix;
    case 'profileTable':
      if (!target.profileTable) throw new Error('formula refers to a profile table the workbook does not have');
      return target.profileTable;
    case 'cell':
      return absoluteCell(argument.row, argument.column, argument.sheet);
    case 'range': {
      const { row, column, rows, columns } = argument.range;
      const last = absoluteCell(row + rows - 1, column + columns - 1);
      return `${absoluteCell(row, column, argument.sheet)}:${last}`;
    }
    case 'literal':
      return typeof argument.value === 'number' ? String(argument.value) : `"${argument.value.replace(/"/g, '""')}"`;
  }
}

/** "=TEAMSCAN.DEKKING(Teammatrix[#All],$B$2,$B$3,"npuls")" for Excel, "=DEKKING(…)" for Sheets. */
export function renderCustomFormula(formula: CustomFormula, target: FormulaTarget): string {
  const args = formula.args.map((argument) => renderArgument(argument, target));
  return `=${functionName(formula.id, target.host, target.lang)}(${args.join(',')})`;
}
