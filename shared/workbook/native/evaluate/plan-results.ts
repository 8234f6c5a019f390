// Computes what every native formula of a workbook plan shows, so a written .xlsx can carry it as cached value.

import type { PlanCell, WorkbookPlan } from '../../plan';
import { FilledFormula } from '../fill-down';
import { CALC_SHEET } from '../texts';
import { createEvaluator } from './evaluate';
import { type ArrayValue, FormulaError, isError, type Scalar, scalarOf } from './values';

/** A formula's result as a file stores it: a number, text, TRUE/FALSE or an error code such as "#N/A". */
export type CachedValue = number | string | boolean | { readonly error: string };

/** The result of the formula in a plan cell (0-based), or undefined where the cell holds no native formula. */
export type PlanResults = (sheet: string, row: number, column: number) => CachedValue | undefined;

/** One sheet's cells by row and column (dense arrays: millions of look-ups at institution scale), and results. */
interface SheetCells {
  readonly cells: PlanCell[][];
  readonly results: (Scalar | undefined)[][];
  /** Per column, the rows holding a native formula. */
  readonly formulas: Map<number, number[]>;
}

function sheetCells(sheet: WorkbookPlan['sheets'][number]): SheetCells {
  const cells: PlanCell[][] = [];
  const results: (Scalar | undefined)[][] = [];
  const formulas = new Map<number, number[]>();
  for (const block of sheet.blocks) {
    block.values.forEach((values, r) => {
      const row = block.row + r;
      values.forEach((value, c) => {
        if (value === null) return;
        const column = block.column + c;
        let line = cells[row];
        if (!line) {
          line = [];
          cells[row] = line;
          results[row] = [];
        }
        line[column] = value;
      });
    });
  }
  cells.forEach((line, row) => {
    line.forEach((value, column) => {
      if (value === null || typeof value !== 'object' || value.formula.kind !== 'native') return;
      const rows = formulas.get(column) ?? [];
      rows.push(row);
      formulas.set(column, rows);
    });
  });
  return { cells, results, formulas };
}

/** A result slot's mark while its formula is evaluated: met again, the formula refers to itself. */
const PENDING = new FormulaError('#REF!');

const where = (sheet: string, row: number, column: number) => `${sheet}!R${row + 1}C${column + 1}`;

/** Evaluates every native formula of the plan, each once, in an order that keeps running totals shallow. */
export function planResults(plan: WorkbookPlan): PlanResults {
  const sheets = new Map(plan.sheets.map((sheet) => [sheet.name, sheetCells(sheet)]));
  // Every value is final once computed, so a range read by many formulas is built once.
  const ranges = new Map<string, ArrayValue>();

  function cellValue(sheet: string, row: number, column: number): Scalar {
    const known = sheets.get(sheet);
    const cell = known?.cells[row]?.[column];
    if (cell === undefined || cell === null) return null;
    if (typeof cell !== 'object') return cell;
    const results = known!.results[row]!;
    const result = results[column];
    if (result === PENDING) throw new RangeError(`Circular reference at ${where(sheet, row, column)}`);
    if (result !== undefined) return result;
    if (cell.formula.kind !== 'native') throw new RangeError(`No native formula in ${where(sheet, row, column)}`);
    results[column] = PENDING;
    const formula = cell.formula instanceof FilledFormula ? cell.formula : cell.formula.text;
    const value = scalarOf(evaluateFormula(formula, sheet));
    // A formula that refers to a blank cell shows 0.
    const shown = value === null ? 0 : value;
    results[column] = shown;
    return shown;
  }

  const evaluateFormula = createEvaluator(cellValue, ranges);

  // The helper sheet first, column by column, so every running total is met top-down.
  const order = [...plan.sheets].sort((a, b) => Number(b.name === CALC_SHEET) - Number(a.name === CALC_SHEET));
  for (const sheet of order) {
    const { formulas } = sheets.get(sheet.name)!;
    for (const column of [...formulas.keys()].sort((a, b) => a - b)) {
      for (const row of Int32Array.from(formulas.get(column)!).sort()) cellValue(sheet.name, row, column);
    }
  }
  // Every result is known now: the ranges built for them need not outlive the evaluation (thousands at scale).
  ranges.clear();

  return (sheet, row, column) => {
    const known = sheets.get(sheet);
    const cell = known?.cells[row]?.[column];
    if (cell === undefined || cell === null || typeof cell !== 'object' || cell.formula.kind !== 'native')
      return undefined;
    const value = known!.results[row]![column]!;
    return isError(value) ? { error: value.code } : (value as CachedValue);
  };
}
