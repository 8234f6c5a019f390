// The fake Range's cell helpers: value types, shown values of formulas, typed input, used cells and addresses.

import { createEvaluator } from '../../../shared/workbook/native/evaluate/evaluate';
import { FormulaError, type Scalar, scalarOf } from '../../../shared/workbook/native/evaluate/values';
import {
  cellOf,
  type FakeCell,
  type FakeContext,
  type FakeSheet,
  hasValue,
  OfficeError,
  SHEET_COLUMNS,
  SHEET_ROWS,
} from './model';

export interface Rect {
  row: number;
  column: number;
  rows: number;
  columns: number;
}

/** Excel.RangeValueType of a cell (Excel.RangeValueType: Empty, String, Double, Boolean, Error). */
export function valueType(cell: FakeCell | undefined): string {
  if (!hasValue(cell)) return 'Empty';
  const value = cell!.value;
  if (typeof value === 'number') return 'Double';
  if (typeof value === 'boolean') return 'Boolean';
  return /^#[A-Z/0!?]+[!?A]?$/.test(value) && !cell!.numberFormat ? 'Error' : 'String';
}

/**
 * A formula cell's value as Range.values reads it: a custom function's shows "#BUSY!" while it calculates
 * (learn.microsoft.com/office/dev/add-ins/excel/custom-functions-overview); a plain formula such as the norms
 * table's =IF($B$2="","",$B$2) Excel has calculated by the next sync in automatic calculation mode
 * (learn.microsoft.com/javascript/api/excel/excel.calculationmode): the fake computes it with the core's
 * evaluator of native formulas.
 */
export function shownValue(ctx: FakeContext, sheetName: string, cell: FakeCell | undefined): unknown {
  if (cell?.formula === undefined || cell.value !== cell.formula) return cell?.value ?? '';
  if (/TEAMSCAN\./i.test(cell.formula)) return '#BUSY!';
  const pending = new Set<FakeCell>();
  const read = (sheet: string, target: FakeCell | undefined): Scalar => {
    if (!hasValue(target)) return null;
    if (target!.formula === undefined || target!.value !== target!.formula) return target!.value as Scalar;
    if (pending.has(target!) || /TEAMSCAN\./i.test(target!.formula)) return new FormulaError('#VALUE!');
    pending.add(target!);
    try {
      const value = scalarOf(evaluate(target!.formula, sheet));
      return value === null ? 0 : value;
    } catch {
      // A function the evaluator does not know: the fake cannot say what Excel would show.
      return new FormulaError('#NAME?');
    } finally {
      pending.delete(target!);
    }
  };
  const evaluate = createEvaluator((sheet, row, column) => {
    const found = ctx.book.sheets.find((candidate) => candidate.name === sheet);
    return read(sheet, found ? cellOf(found, row, column) : undefined);
  });
  const value = read(sheetName, cell);
  return value instanceof FormulaError ? value.code : value;
}

/** The cells with a value inside a rectangle, as a rectangle of its own; undefined when there is none. */
export function usedWithin(sheet: FakeSheet, within: Rect): Rect | undefined {
  let top = Number.POSITIVE_INFINITY;
  let left = Number.POSITIVE_INFINITY;
  let bottom = -1;
  let right = -1;
  for (const [at, cell] of sheet.cells) {
    if (!hasValue(cell)) continue;
    const [r, c] = at.split(',').map(Number) as [number, number];
    if (r < within.row || r >= within.row + within.rows || c < within.column || c >= within.column + within.columns) {
      continue;
    }
    top = Math.min(top, r);
    left = Math.min(left, c);
    bottom = Math.max(bottom, r);
    right = Math.max(right, c);
  }
  if (bottom < 0) return undefined;
  return { row: top, column: left, rows: bottom - top + 1, columns: right - left + 1 };
}

/** A sheet name as Excel writes it in an address: quoted when it is not a plain word. */
export function sheetPrefix(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/**
 * A protected sheet takes no content change from the API: Excel refuses it as the user is refused ("the cell or
 * chart you're trying to change is on a protected sheet"); the Office.js code is AccessDenied ("You can't perform
 * the requested operation", Excel API error codes: learn.microsoft.com/office/dev/add-ins/reference/javascript-api-for-office-error-codes).
 */
export function refuseIfProtected(sheet: FakeSheet): void {
  if (sheet.protected) throw new OfficeError('AccessDenied');
}

/**
 * What Range.values makes of a value, as typing it would. The Range.values reference: "If the returned value
 * starts with a plus ("+"), minus ("-"), or equal sign ("="), Excel interprets this value as a formula"
 * (learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member); "-" or "+" before a
 * number is that number. A leading apostrophe is Excel's text prefix: the rest is kept as text and the apostrophe
 * is not part of the value ("Format numbers as text": support.microsoft.com). The fake keeps a text-formatted
 * cell's "=x" as text, as the UI does; the product does not rely on that alone.
 */
export function typedInput(value: unknown, textFormat: boolean): { text: unknown; formula?: string } {
  if (typeof value !== 'string') return { text: value };
  if (value.startsWith("'")) return { text: value.slice(1) };
  if (textFormat) return { text: value };
  if (value.startsWith('=')) return { text: value, formula: value };
  if (/^[+-]/.test(value) && value.length > 1 && Number.isNaN(Number(value))) {
    return { text: `=${value}`, formula: `=${value}` };
  }
  return { text: value };
}

export function fullSheet(): Rect {
  return { row: 0, column: 0, rows: SHEET_ROWS, columns: SHEET_COLUMNS };
}
