// The spreadsheet functions the native formulas use, with the behaviour Excel documents for each.

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

/** A function receives its arguments unevaluated, so IF and IFERROR evaluate only the branch they need. */
export type Thunk = () => Value;
type SpreadsheetFunction = (args: readonly Thunk[]) => Value;

const scalar = (arg: Thunk | undefined): Scalar => (arg ? scalarOf(arg()) : null);

/** Values of arguments for SUM, MIN and the like: from ranges only numbers count, direct values are coerced. */
function numbersOf(args: readonly Thunk[]): number[] | FormulaError {
  const numbers: number[] = [];
  for (const arg of args) {
    const value = arg();
    if (value instanceof ArrayValue) {
      for (const cell of value.flat()) {
        if (isError(cell)) return cell;
        if (typeof cell === 'number') numbers.push(cell);
      }
      continue;
    }
    const number = toNumber(value);
    if (isError(number)) return number;
    numbers.push(number);
  }
  return numbers;
}

function cellsOf(value: Value): readonly Scalar[] {
  return value instanceof ArrayValue ? value.flat() : [value];
}

/** What a criterion's operator asks of the order of a cell against the operand. */
const ORDER_TESTS: Readonly<Record<string, (order: number) => boolean>> = {
  '=': (order) => order === 0,
  '<>': (order) => order !== 0,
  '<': (order) => order < 0,
  '>': (order) => order > 0,
  '<=': (order) => order <= 0,
  '>=': (order) => order >= 0,
};

/** Criteria as tests, made once per text: every person's row asks ">=0" of its levels. */
const CRITERIA = new Map<string, (cell: Scalar) => boolean>();

/** A COUNTIF/SUMIF criterion (">=0", -2, "gat") as a test of one cell; errors in the range never match. */
function criterion(value: Scalar): (cell: Scalar) => boolean {
  if (typeof value !== 'string') return makeCriterion(value);
  let test = CRITERIA.get(value);
  if (!test) {
    test = makeCriterion(value);
    if (CRITERIA.size < 1000) CRITERIA.set(value, test);
  }
  return test;
}

function makeCriterion(value: Scalar): (cell: Scalar) => boolean {
  const source = typeof value === 'string' ? value : (toText(value) as string);
  const match = /^(<=|>=|<>|<|>|=)?(.*)$/s.exec(typeof value === 'number' ? `=${source}` : source)!;
  const operator = match[1] ?? '=';
  const operand = match[2]!;
  const number = operand.trim() !== '' && !Number.isNaN(Number(operand)) ? Number(operand) : undefined;
  const holds = ORDER_TESTS[operator]!;
  return (cell) => {
    if (isError(cell)) return false;
    if (number !== undefined) {
      if (typeof cell === 'number') return holds(cell - number);
      return operator === '<>';
    }
    if (cell === null) return operand === '' ? operator === '=' : operator === '<>';
    if (typeof cell !== 'string') return operator === '<>';
    return holds(compareValues(cell, operand) as number);
  };
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

function andOr(args: readonly Thunk[], all: boolean): Value {
  const values: boolean[] = [];
  for (const arg of args) {
    const logical = logicalOf(arg());
    if (isError(logical)) return logical;
    values.push(...logical);
  }
  if (values.length === 0) return VALUE_ERROR;
  return all ? values.every(Boolean) : values.some(Boolean);
}

function text(arg: Thunk | undefined, use: (value: string) => Value): Value {
  const value = toText(scalar(arg));
  return isError(value) ? value : use(value);
}

/** A range's numbers in order, sorted once: LARGE and SMALL read the same range from every row. */
const SORTED = new WeakMap<ArrayValue, Map<boolean, readonly number[] | FormulaError>>();

function sortedNumbers(value: Value, descending: boolean): readonly number[] | FormulaError {
  const known = value instanceof ArrayValue ? SORTED.get(value)?.get(descending) : undefined;
  if (known) return known;
  const numbers = numbersOf([() => value]);
  const sorted = isError(numbers) ? numbers : numbers.sort((a, b) => (descending ? b - a : a - b));
  if (value instanceof ArrayValue) {
    const orders = SORTED.get(value) ?? new Map<boolean, readonly number[] | FormulaError>();
    orders.set(descending, sorted);
    SORTED.set(value, orders);
  }
  return sorted;
}

function kth(array: Thunk | undefined, k: Thunk | undefined, descending: boolean): Value {
  if (!array) return new FormulaError('#NUM!');
  const sorted = sortedNumbers(array(), descending);
  if (isError(sorted)) return sorted;
  const index = toNumber(scalar(k));
  if (isError(index)) return index;
  const value = sorted[Math.ceil(index) - 1];
  return index < 1 || value === undefined ? new FormulaError('#NUM!') : value;
}

export const FUNCTIONS: Readonly<Record<string, SpreadsheetFunction>> = {
  IF: ([condition, whenTrue, whenFalse]) => {
    const test = toBoolean(scalar(condition));
    if (isError(test)) return test;
    const branch = test ? whenTrue : whenFalse;
    return branch ? branch() : test;
  },
  IFERROR: ([value, fallback]) => {
    const result = value!();
    return isError(scalarOf(result)) ? (fallback ? fallback() : null) : result;
  },
  ISERROR: ([value]) => isError(scalar(value)),
  ISNA: ([value]) => {
    const cell = scalar(value);
    return isError(cell) && cell.code === '#N/A';
  },
  ISLOGICAL: ([value]) => typeof scalar(value) === 'boolean',
  ISNUMBER: ([value]) => typeof scalar(value) === 'number',
  NA: () => NA,
  AND: (args) => andOr(args, true),
  OR: (args) => andOr(args, false),
  // TRIM removes the space character only (code 32), inside runs to one.
  TRIM: ([value]) => text(value, (t) => t.replace(/ {2,}/g, ' ').replace(/^ | $/g, '')),
  LEN: ([value]) => text(value, (t) => t.length),
  FIND: ([find, within]) =>
    text(find, (needle) =>
      text(within, (haystack) => {
        const at = haystack.indexOf(needle);
        return at < 0 ? VALUE_ERROR : at + 1;
      }),
    ),
  SUBSTITUTE: ([value, old, replacement]) =>
    text(value, (t) => text(old, (o) => text(replacement, (r) => (o === '' ? t : t.split(o).join(r))))),
  VALUE: ([value]) => {
    const cell = scalar(value);
    if (typeof cell === 'string' && cell.trim() === '') return VALUE_ERROR;
    return toNumber(cell);
  },
  INT: ([value]) => {
    const number = toNumber(scalar(value));
    return isError(number) ? number : Math.floor(number);
  },
  // COUNT: numbers (and numbers typed as text or TRUE/FALSE given directly) count; errors and other text do not;
  // from a range or array only numbers count.
  COUNT: (args) =>
    args.reduce((count, arg) => {
      const value = arg();
      if (value instanceof ArrayValue) return count + value.flat().filter((cell) => typeof cell === 'number').length;
      return isError(value) || value === null || isError(toNumber(value)) ? count : count + 1;
    }, 0),
  SUM: (args) => {
    const numbers = numbersOf(args);
    return isError(numbers) ? numbers : numbers.reduce((sum, n) => sum + n, 0);
  },
  MIN: (args) => {
    const numbers = numbersOf(args);
    if (isError(numbers)) return numbers;
    return numbers.length ? Math.min(...numbers) : 0;
  },
  MAX: (args) => {
    const numbers = numbersOf(args);
    if (isError(numbers)) return numbers;
    return numbers.length ? Math.max(...numbers) : 0;
  },
  // LARGE and SMALL: numbers of the range only (text and blanks skipped), an error in it propagates;
  // k outside 1..count is #NUM! (Excel's LARGE/SMALL reference).
  LARGE: ([array, k]) => kth(array, k, true),
  SMALL: ([array, k]) => kth(array, k, false),
  // MID counts from 1; a start below 1 or a negative length is #VALUE!.
  MID: ([value, start, length]) =>
    text(value, (t) => {
      const from = toNumber(scalar(start));
      if (isError(from)) return from;
      const count = toNumber(scalar(length));
      if (isError(count)) return count;
      if (from < 1 || count < 0) return VALUE_ERROR;
      return t.substr(Math.trunc(from) - 1, Math.trunc(count));
    }),
  SUMPRODUCT: (args) => {
    const arrays = args.map((arg) => cellsOf(arg()));
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
  COUNTIF: ([range, test]) => {
    const matches = criterion(scalar(test));
    let count = 0;
    for (const cell of cellsOf(range!())) if (matches(cell)) count++;
    return count;
  },
  SUMIF: ([range, test, sumRange]) => {
    const matches = criterion(scalar(test));
    const cells = cellsOf(range!());
    const addends = sumRange ? cellsOf(sumRange()) : cells;
    return cells.reduce<number>((sum, cell, i) => {
      const addend = addends[i];
      return matches(cell) && typeof addend === 'number' ? sum + addend : sum;
    }, 0);
  },
  INDEX: ([array, row, column]) => {
    const value = array!();
    const r = toNumber(scalar(row));
    const c = column ? toNumber(scalar(column)) : 1;
    if (isError(r)) return r;
    if (isError(c)) return c;
    if (!(value instanceof ArrayValue)) return r <= 1 && c <= 1 ? value : new FormulaError('#REF!');
    // One row or one column: the single index counts along it.
    const cells = value.height === 1 && !column ? value.rows[0]!.map((cell) => [cell]) : value.rows;
    const cell = cells[Math.trunc(r) - 1]?.[Math.trunc(c) - 1];
    return cell === undefined ? new FormulaError('#REF!') : cell;
  },
  // VLOOKUP with range_lookup FALSE (0): the first row whose first column equals the value, without case; a miss is #N/A.
  VLOOKUP: ([lookup, array, column, type]) => {
    const wanted = scalar(lookup);
    if (isError(wanted)) return wanted;
    if (type === undefined || toBoolean(scalar(type)) !== false)
      throw new RangeError('VLOOKUP is only evaluated exact');
    const value = array!();
    const c = toNumber(scalar(column));
    if (isError(c)) return c;
    if (!(value instanceof ArrayValue) || c < 1 || c > value.width) return new FormulaError('#REF!');
    if (wanted === null) return NA;
    const row = value.firstColumn().position(wanted);
    return row ? value.rows[row - 1]![Math.trunc(c) - 1]! : NA;
  },
  MATCH: ([lookup, array, type]) => {
    const wanted = scalar(lookup);
    if (isError(wanted)) return wanted;
    // Only exact matching is written by Teamscan; a sorted look-up would need its own rules.
    if (type === undefined || toNumber(scalar(type)) !== 0) throw new RangeError('MATCH is only evaluated with type 0');
    if (wanted === null) return NA;
    const value = array!();
    if (value instanceof ArrayValue) return value.position(wanted) || NA;
    return typeof value === typeof wanted && compareValues(value, wanted) === 0 ? 1 : NA;
  },
};
