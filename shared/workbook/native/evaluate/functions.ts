// The spreadsheet functions the native formulas use, with the behaviour Excel documents for each.

import { criterion } from './criteria';
import type { Digits } from './parse';
import {
  ArrayValue,
  compareValues,
  FormulaError,
  isError,
  NA,
  type Scalar,
  scalarOf,
  toBoolean,
  toNumber,
  toText,
  VALUE_ERROR,
  type Value,
} from './values';

/** What a formula is evaluated in: its sheet, its digit runs, and their numbers (a filled row's rows moved). */
export interface Context {
  readonly sheet: string;
  readonly digits: Digits;
  readonly numbers: readonly number[];
}

/**
 * An argument as compiled once per formula shape, evaluated in a context: a function receives its arguments
 * unevaluated, so IF and IFERROR evaluate only the branch they need.
 */
export type Thunk = (context: Context) => Value;
type SpreadsheetFunction = (args: readonly Thunk[], context: Context) => Value;

const scalar = (arg: Thunk | undefined, context: Context): Scalar => (arg ? scalarOf(arg(context)) : null);

/** Values of arguments for SUM, MIN and the like: from ranges only numbers count, direct values are coerced. */
function numbersOf(args: readonly Thunk[], context: Context): number[] | FormulaError {
  const numbers: number[] = [];
  for (const arg of args) {
    const error = addNumbers(arg(context), numbers);
    if (error) return error;
  }
  return numbers;
}

/** Adds one argument's numbers to `numbers` as numbersOf counts them; returns the error that stops the count. */
function addNumbers(value: Value, numbers: number[]): FormulaError | undefined {
  if (value instanceof ArrayValue) {
    for (const cell of value.flat()) {
      if (isError(cell)) return cell;
      if (typeof cell === 'number') numbers.push(cell);
    }
    return undefined;
  }
  const number = toNumber(value);
  if (isError(number)) return number;
  numbers.push(number);
  return undefined;
}

function cellsOf(value: Value): readonly Scalar[] {
  return value instanceof ArrayValue ? value.flat() : [value];
}

/** The condition of IF, AND and OR, or the error it holds. */
function logicalOf(value: Value): boolean[] | FormulaError {
  const out: boolean[] = [];
  for (const cell of cellsOf(value)) {
    if (value instanceof ArrayValue && (cell === null || typeof cell === 'string')) continue;
    const bool = toBoolean(cell);
    if (isError(bool)) return bool;
    out.push(bool);
  }
  return out;
}

function andOr(args: readonly Thunk[], context: Context, all: boolean): Value {
  const values: boolean[] = [];
  for (const arg of args) {
    const logical = logicalOf(arg(context));
    if (isError(logical)) return logical;
    values.push(...logical);
  }
  if (values.length === 0) return VALUE_ERROR;
  return all ? values.every(Boolean) : values.some(Boolean);
}

function text(arg: Thunk | undefined, context: Context, use: (value: string) => Value): Value {
  const value = toText(scalar(arg, context));
  return isError(value) ? value : use(value);
}

/** A range's numbers in order, sorted once: LARGE and SMALL read the same range from every row. */
const SORTED = new WeakMap<ArrayValue, Map<boolean, readonly number[] | FormulaError>>();

function sortedNumbers(value: Value, descending: boolean): readonly number[] | FormulaError {
  const known = value instanceof ArrayValue ? SORTED.get(value)?.get(descending) : undefined;
  if (known) return known;
  const numbers: number[] = [];
  const sorted = addNumbers(value, numbers) ?? numbers.sort((a, b) => (descending ? b - a : a - b));
  if (value instanceof ArrayValue) {
    const orders = SORTED.get(value) ?? new Map<boolean, readonly number[] | FormulaError>();
    orders.set(descending, sorted);
    SORTED.set(value, orders);
  }
  return sorted;
}

function kth(array: Thunk | undefined, k: Thunk | undefined, context: Context, descending: boolean): Value {
  if (!array) return new FormulaError('#NUM!');
  const sorted = sortedNumbers(array(context), descending);
  if (isError(sorted)) return sorted;
  const index = toNumber(scalar(k, context));
  if (isError(index)) return index;
  const value = sorted[Math.ceil(index) - 1];
  return index < 1 || value === undefined ? new FormulaError('#NUM!') : value;
}

export const FUNCTIONS: Readonly<Record<string, SpreadsheetFunction>> = {
  IF: ([condition, whenTrue, whenFalse], context) => {
    const test = toBoolean(scalar(condition, context));
    if (isError(test)) return test;
    const branch = test ? whenTrue : whenFalse;
    return branch ? branch(context) : test;
  },
  IFERROR: ([value, fallback], context) => {
    const result = value!(context);
    return isError(scalarOf(result)) ? (fallback ? fallback(context) : null) : result;
  },
  ISERROR: ([value], context) => isError(scalar(value, context)),
  ISNA: ([value], context) => {
    const cell = scalar(value, context);
    return isError(cell) && cell.code === '#N/A';
  },
  ISLOGICAL: ([value], context) => typeof scalar(value, context) === 'boolean',
  ISNUMBER: ([value], context) => typeof scalar(value, context) === 'number',
  NA: () => NA,
  AND: (args, context) => andOr(args, context, true),
  OR: (args, context) => andOr(args, context, false),
  // TRIM removes the space character only (code 32), inside runs to one.
  TRIM: ([value], context) => text(value, context, (t) => t.replace(/ {2,}/g, ' ').replace(/^ | $/g, '')),
  LEN: ([value], context) => text(value, context, (t) => t.length),
  FIND: ([find, within], context) =>
    text(find, context, (needle) =>
      text(within, context, (haystack) => {
        const at = haystack.indexOf(needle);
        return at < 0 ? VALUE_ERROR : at + 1;
      }),
    ),
  SUBSTITUTE: ([value, old, replacement], context) =>
    text(value, context, (t) =>
      text(old, context, (o) => text(replacement, context, (r) => (o === '' ? t : t.split(o).join(r)))),
    ),
  VALUE: ([value], context) => {
    const cell = scalar(value, context);
    if (typeof cell === 'string' && cell.trim() === '') return VALUE_ERROR;
    return toNumber(cell);
  },
  INT: ([value], context) => {
    const number = toNumber(scalar(value, context));
    return isError(number) ? number : Math.floor(number);
  },
  // COUNT: numbers (and numbers typed as text or TRUE/FALSE given directly) count; errors and other text do not;
  // from a range or array only numbers count.
  COUNT: (args, context) =>
    args.reduce((count, arg) => {
      const value = arg(context);
      if (value instanceof ArrayValue) return count + value.flat().filter((cell) => typeof cell === 'number').length;
      return isError(value) || value === null || isError(toNumber(value)) ? count : count + 1;
    }, 0),
  SUM: (args, context) => {
    const numbers = numbersOf(args, context);
    return isError(numbers) ? numbers : numbers.reduce((sum, n) => sum + n, 0);
  },
  MIN: (args, context) => {
    const numbers = numbersOf(args, context);
    if (isError(numbers)) return numbers;
    return numbers.length ? Math.min(...numbers) : 0;
  },
  MAX: (args, context) => {
    const numbers = numbersOf(args, context);
    if (isError(numbers)) return numbers;
    return numbers.length ? Math.max(...numbers) : 0;
  },
  // LARGE and SMALL: numbers of the range only (text and blanks skipped), an error in it propagates;
  // k outside 1..count is #NUM! (Excel's LARGE/SMALL reference).
  LARGE: ([array, k], context) => kth(array, k, context, true),
  SMALL: ([array, k], context) => kth(array, k, context, false),
  // MID counts from 1; a start below 1 or a negative length is #VALUE!.
  MID: ([value, start, length], context) =>
    text(value, context, (t) => {
      const from = toNumber(scalar(start, context));
      if (isError(from)) return from;
      const count = toNumber(scalar(length, context));
      if (isError(count)) return count;
      if (from < 1 || count < 0) return VALUE_ERROR;
      return t.substr(Math.trunc(from) - 1, Math.trunc(count));
    }),
  SUMPRODUCT: (args, context) => {
    const arrays = args.map((arg) => cellsOf(arg(context)));
    const length = arrays[0]?.length ?? 0;
    if (arrays.some((cells) => cells.length !== length)) return VALUE_ERROR;
    let sum = 0;
    for (let i = 0; i < length; i++) {
      let product = 1;
      for (const cells of arrays) {
        const cell = cells[i]!;
        if (isError(cell)) return cell;
        product *= typeof cell === 'number' ? cell : 0;
      }
      sum += product;
    }
    return sum;
  },
  COUNTIF: ([range, test], context) => {
    const matches = criterion(scalar(test, context));
    let count = 0;
    for (const cell of cellsOf(range!(context))) if (matches(cell)) count++;
    return count;
  },
  SUMIF: ([range, test, sumRange], context) => {
    const matches = criterion(scalar(test, context));
    const cells = cellsOf(range!(context));
    const addends = sumRange ? cellsOf(sumRange(context)) : cells;
    return cells.reduce<number>((sum, cell, i) => {
      const addend = addends[i];
      return matches(cell) && typeof addend === 'number' ? sum + addend : sum;
    }, 0);
  },
  INDEX: ([array, row, column], context) => {
    const value = array!(context);
    const r = toNumber(scalar(row, context));
    const c = column ? toNumber(scalar(column, context)) : 1;
    if (isError(r)) return r;
    if (isError(c)) return c;
    if (!(value instanceof ArrayValue)) return r <= 1 && c <= 1 ? value : new FormulaError('#REF!');
    // One row or one column: the single index counts along it.
    const cells = value.height === 1 && !column ? value.rows[0]!.map((cell) => [cell]) : value.rows;
    const cell = cells[Math.trunc(r) - 1]?.[Math.trunc(c) - 1];
    return cell === undefined ? new FormulaError('#REF!') : cell;
  },
  // VLOOKUP with range_lookup FALSE (0): the first row whose first column equals the value, without case; a miss is #N/A.
  VLOOKUP: ([lookup, array, column, type], context) => {
    const wanted = scalar(lookup, context);
    if (isError(wanted)) return wanted;
    if (type === undefined || toBoolean(scalar(type, context)) !== false)
      throw new RangeError('VLOOKUP is only evaluated exact');
    const value = array!(context);
    const c = toNumber(scalar(column, context));
    if (isError(c)) return c;
    if (!(value instanceof ArrayValue) || c < 1 || c > value.width) return new FormulaError('#REF!');
    if (wanted === null) return NA;
    const row = value.firstColumn().position(wanted);
    return row ? value.rows[row - 1]![Math.trunc(c) - 1]! : NA;
  },
  MATCH: ([lookup, array, type], context) => {
    const wanted = scalar(lookup, context);
    if (isError(wanted)) return wanted;
    // Only exact matching is written by Teamscan; a sorted look-up would need its own rules.
    if (type === undefined || toNumber(scalar(type, context)) !== 0)
      throw new RangeError('MATCH is only evaluated with type 0');
    if (wanted === null) return NA;
    const value = array!(context);
    if (value instanceof ArrayValue) return value.position(wanted) || NA;
    return typeof value === typeof wanted && compareValues(value, wanted) === 0 ? 1 : NA;
  },
};
