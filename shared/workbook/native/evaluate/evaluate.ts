// Evaluates native formula text over a workbook's cells, with Excel's rules (plan-results.ts runs it over a plan).

import { FilledFormula, filledText } from '../fill-down';
import { MEMO_LIMIT, type Memo, memoOf, valueKey } from './filled-memo';
import { type Context, FUNCTIONS, type Thunk } from './functions';
import { type Digits, type FormulaNode, formulaShape, parseShape, type RefNode } from './parse';
import {
  ArrayValue,
  compareValues,
  elementwise,
  FormulaError,
  isError,
  type Scalar,
  toNumber,
  toText,
  type Value,
} from './values';

function arithmetic(operator: string, a: Scalar, b: Scalar): Scalar {
  const x = toNumber(a);
  if (isError(x)) return x;
  const y = toNumber(b);
  if (isError(y)) return y;
  if (operator === '+') return x + y;
  if (operator === '-') return x - y;
  if (operator === '*') return x * y;
  if (operator === '/') return y === 0 ? new FormulaError('#DIV/0!') : x / y;
  const power = x ** y;
  return Number.isFinite(power) ? power : new FormulaError('#NUM!');
}

const COMPARISONS: ReadonlySet<string> = new Set(['=', '<>', '<', '>', '<=', '>=']);

function operate(operator: string, a: Scalar, b: Scalar): Scalar {
  if (operator === '&') {
    const x = toText(a);
    if (isError(x)) return x;
    const y = toText(b);
    return isError(y) ? y : x + y;
  }
  if (COMPARISONS.has(operator)) {
    const order = compareValues(a, b);
    if (isError(order)) return order;
    if (operator === '=') return order === 0;
    if (operator === '<>') return order !== 0;
    if (operator === '<') return order < 0;
    if (operator === '>') return order > 0;
    return operator === '<=' ? order <= 0 : order >= 0;
  }
  return arithmetic(operator, a, b);
}

/** A shape parsed once and compiled once: every formula of that shape runs the same closures. */
interface Compiled {
  readonly tree: FormulaNode;
  readonly run: Thunk;
}

interface FilledShape {
  readonly sheet: string;
  readonly run: Thunk;
  readonly digits: Digits;
  /** The digits as numbers in the column's first formula. */
  readonly numbers: readonly number[];
  /** Which digits are relative rows, moved down with the formula. */
  readonly moving: readonly number[];
  /**
   * When the only references that move are one or two single cells: those cells, and the results by their values.
   * Everything else the formula reads is the same cell for every row and final once read, so equal values give
   * an equal result; a level read per matrix cell is then evaluated once per distinct text, not per cell.
   */
  readonly memo?: Memo;
}

/** The context of a filled formula `by` rows below its column's first: its relative rows moved down. */
function movedContext({ sheet, digits, numbers, moving }: FilledShape, by: number): Context {
  const moved = numbers.slice();
  for (const i of moving) moved[i] = numbers[i]! + by;
  return { sheet, digits, numbers: moved };
}

/** Reads one cell's value for a formula: a constant, or the result of the formula it holds. */
export type CellReader = (sheet: string, row: number, column: number) => Scalar;

/**
 * An evaluator of native formula text over cells read by `cellValue`; `ranges` caches the rectangles it built
 * (pass a map only when every value read is final).
 */
export function createEvaluator(
  cellValue: CellReader,
  ranges?: Map<string, ArrayValue>,
): (formula: string | FilledFormula, sheet: string) => Value {
  const shapes = new Map<string, Compiled>();
  const filled = new WeakMap<FilledFormula['source'], FilledShape>();
  /** The results of filled columns by their formula with the moving cells left out (filled-memo.ts). */
  const memos = new Map<string, Memo['results']>();
  /**
   * The last few one-row ranges read (a person's parts, read three or four times by one formula): kept without a
   * key text, and not in `ranges`, where thousands of rows would each leave theirs.
   */
  const recentRows: { sheet: string; row: number; column: number; columns: number; value: ArrayValue }[] = [];
  function rowRange(sheet: string, row: number, column: number, columns: number): ArrayValue {
    for (const recent of recentRows) {
      if (recent.row === row && recent.column === column && recent.columns === columns && recent.sheet === sheet) {
        return recent.value;
      }
    }
    const line: Scalar[] = new Array(columns);
    for (let c = 0; c < columns; c++) line[c] = cellValue(sheet, row, column + c);
    const value = new ArrayValue([line]);
    // Only when every value read is final (`ranges` given) may a range be kept.
    if (ranges) {
      if (recentRows.length >= 8) recentRows.shift();
      recentRows.push({ sheet, row, column, columns, value });
    }
    return value;
  }

  function reference(node: RefNode, { sheet, numbers }: Context): Value {
    const target = node.sheet ?? sheet;
    const first = numbers[node.firstRow]! - 1;
    const last = numbers[node.lastRow]! - 1;
    const row = Math.min(first, last);
    const rows = Math.abs(last - first) + 1;
    if (rows === 1 && node.columns === 1) return cellValue(target, row, node.column);
    if (rows === 1) return rowRange(target, row, node.column, node.columns);
    const key = `${target}!${row},${node.column},${rows},${node.columns}`;
    let value = ranges?.get(key);
    if (!value && node.columns === 1) {
      // A column (the team's names, an item's levels) as one array of cells.
      const cells: Scalar[] = new Array(rows);
      for (let r = 0; r < rows; r++) cells[r] = cellValue(target, row + r, node.column);
      value = ArrayValue.column(cells);
      ranges?.set(key, value);
    }
    if (!value) {
      const cells: Scalar[][] = new Array(rows);
      for (let r = 0; r < rows; r++) {
        const line: Scalar[] = new Array(node.columns);
        for (let c = 0; c < node.columns; c++) line[c] = cellValue(target, row + r, node.column + c);
        cells[r] = line;
      }
      value = new ArrayValue(cells);
      ranges?.set(key, value);
    }
    return value;
  }

  /**
   * The tree as closures, made once per shape: evaluating a formula then makes no argument list and no closure
   * per call, which at a team of thousands is most of the work.
   */
  function compile(node: FormulaNode): Thunk {
    switch (node.type) {
      case 'number': {
        const { whole, fraction } = node;
        if (fraction === undefined) return (context) => context.numbers[whole]!;
        return (context) => Number(`${context.digits[whole]}.${context.digits[fraction]}`);
      }
      case 'string':
      case 'boolean': {
        const { value } = node;
        return () => value;
      }
      case 'ref':
        return (context) => reference(node, context);
      case 'unary': {
        const operand = compile(node.operand);
        const apply = (a: Scalar) => arithmetic(node.operator, 0, a);
        return (context) => elementwise(operand(context), 0, apply);
      }
      case 'binary': {
        const left = compile(node.left);
        const right = compile(node.right);
        const apply = (a: Scalar, b: Scalar) => operate(node.operator, a, b);
        return (context) => {
          const value = left(context);
          return elementwise(value, right(context), apply);
        };
      }
      case 'call': {
        const run = FUNCTIONS[node.name];
        // Thrown when evaluated, as before compiling: a branch IF does not take may hold it.
        if (!run)
          return () => {
            throw new RangeError(`The function ${node.name} is not evaluated`);
          };
        const args = node.args.map(compile);
        return (context) => run(args, context);
      }
    }
  }

  function compiled(shape: string): Compiled {
    let known = shapes.get(shape);
    if (!known) {
      const tree = parseShape(shape);
      known = { tree, run: compile(tree) };
      shapes.set(shape, known);
    }
    return known;
  }

  /** A column filled down has one shape: its digits are the first row's, the relative rows moved down. */
  function filledShape(source: FilledFormula['source'], sheet: string): FilledShape {
    let known = filled.get(source);
    if (!known || known.sheet !== sheet) {
      const first = formulaShape(filledText(source, 0));
      const below = formulaShape(filledText(source, 1)).digits;
      const moving = first.digits.flatMap((digit, i) => (below[i] === digit ? [] : [i]));
      const { tree, run } = compiled(first.shape);
      const numbers = first.digits.map(Number);
      const memo = memoOf(tree, first.digits, numbers, moving, sheet, memos);
      known = { sheet, run, digits: first.digits, numbers, moving, ...(memo ? { memo } : {}) };
      filled.set(source, known);
    }
    return known;
  }

  function evaluateFormula(formula: string | FilledFormula, sheet: string): Value {
    if (formula instanceof FilledFormula) {
      const shape = filledShape(formula.source, sheet);
      const { memo } = shape;
      if (!memo) return shape.run(movedContext(shape, formula.by));
      // Plain code, no closures: this runs for every level cell of the team.
      const first = memo.cells[0]!;
      const one = cellValue(first.sheet ?? sheet, memo.rows[0]! + formula.by, first.column);
      let key: Scalar | string = one;
      if (memo.cells.length > 1) {
        const second = memo.cells[1]!;
        const other = cellValue(second.sheet ?? sheet, memo.rows[1]! + formula.by, second.column);
        key = `${valueKey(one)}\u0000${valueKey(other)}`;
      }
      const remembered = memo.results.get(key);
      if (remembered !== undefined) return remembered;
      const value = shape.run(movedContext(shape, formula.by));
      if (memo.results.size < MEMO_LIMIT) memo.results.set(key, value);
      return value;
    }
    const { shape, digits } = formulaShape(formula);
    return compiled(shape).run({ sheet, digits, numbers: digits.map(Number) });
  }

  return evaluateFormula;
}
