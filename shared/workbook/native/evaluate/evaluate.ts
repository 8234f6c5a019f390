// Evaluates native formula text over a workbook's cells, with Excel's rules (plan-results.ts runs it over a plan).

import { FilledFormula, filledText } from '../fill-down';
import { FUNCTIONS, type Thunk } from './functions';
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

interface FilledShape {
  readonly tree: FormulaNode;
  readonly digits: Digits;
  /** Which digits are relative rows, moved down with the formula. */
  readonly moving: readonly number[];
  /**
   * When the only references that move are one or two single cells: those cells, and the results by their values.
   * Everything else the formula reads is the same cell for every row and final once read, so equal values give
   * an equal result; a level read per matrix cell is then evaluated once per distinct text, not per cell.
   */
  readonly memo?: Memo;
}

/** The moving cells of a filled column (their 0-based rows in its first formula) and the results by their values. */
interface Memo {
  readonly cells: readonly RefNode[];
  readonly rows: readonly number[];
  /** By the one cell's value itself (numbers, texts and TRUE/FALSE never collide), or by a key of both values. */
  readonly results: Map<Scalar | string, Value>;
}

/** The digits of a filled formula `by` rows below its column's first. */
function movedDigits({ digits, moving }: FilledShape, by: number): Digits {
  const moved = [...digits];
  for (const i of moving) moved[i] = String(Number(digits[i]) + by);
  return moved;
}

/** At most this many distinct inputs are remembered per filled column (a column of names has no repeats). */
const MEMO_LIMIT = 4096;

function referencesOf(node: FormulaNode, into: RefNode[] = []): RefNode[] {
  if (node.type === 'ref') into.push(node);
  else if (node.type === 'call') for (const arg of node.args) referencesOf(arg, into);
  else if (node.type === 'unary') referencesOf(node.operand, into);
  else if (node.type === 'binary') {
    referencesOf(node.left, into);
    referencesOf(node.right, into);
  }
  return into;
}

/** The single cells among the moving references, when there are one or two and no moving range. */
function movingCells(tree: FormulaNode, moving: readonly number[]): RefNode[] | undefined {
  const moves = new Set(moving);
  const cells = new Map<string, RefNode>();
  for (const ref of referencesOf(tree)) {
    if (!moves.has(ref.firstRow) && !moves.has(ref.lastRow)) continue;
    if (ref.firstRow !== ref.lastRow || ref.columns !== 1) return undefined;
    cells.set(`${ref.sheet ?? ''}!${ref.column}:${ref.firstRow}`, ref);
  }
  return cells.size > 0 && cells.size <= 2 ? [...cells.values()] : undefined;
}

/** A cell value as part of a memo key: its type and its value. */
function valueKey(value: Scalar): string {
  if (value === null) return 'z';
  if (isError(value)) return `e${value.code}`;
  return `${(typeof value)[0]}${value}`;
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
  const shapes = new Map<string, FormulaNode>();
  const filled = new WeakMap<FilledFormula['source'], FilledShape>();
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

  function reference(node: RefNode, sheet: string, digits: Digits): Value {
    const target = node.sheet ?? sheet;
    const first = Number(digits[node.firstRow]) - 1;
    const last = Number(digits[node.lastRow]) - 1;
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

  function evaluate(node: FormulaNode, sheet: string, digits: Digits): Value {
    switch (node.type) {
      case 'number': {
        const whole = digits[node.whole];
        return Number(node.fraction === undefined ? whole : `${whole}.${digits[node.fraction]}`);
      }
      case 'string':
      case 'boolean':
        return node.value;
      case 'ref':
        return reference(node, sheet, digits);
      case 'unary': {
        const operand = evaluate(node.operand, sheet, digits);
        return elementwise(operand, 0, (a) => arithmetic(node.operator, 0, a));
      }
      case 'binary': {
        const left = evaluate(node.left, sheet, digits);
        return elementwise(left, evaluate(node.right, sheet, digits), (a, b) => operate(node.operator, a, b));
      }
      case 'call': {
        const run = FUNCTIONS[node.name];
        if (!run) throw new RangeError(`The function ${node.name} is not evaluated`);
        return run(
          node.args.map(
            (arg): Thunk =>
              () =>
                evaluate(arg, sheet, digits),
          ),
        );
      }
    }
  }

  function treeOf(shape: string): FormulaNode {
    let tree = shapes.get(shape);
    if (!tree) {
      tree = parseShape(shape);
      shapes.set(shape, tree);
    }
    return tree;
  }

  /** A column filled down has one shape: its digits are the first row's, the relative rows moved down. */
  function filledShape(source: FilledFormula['source']): FilledShape {
    let known = filled.get(source);
    if (!known) {
      const first = formulaShape(filledText(source, 0));
      const below = formulaShape(filledText(source, 1)).digits;
      const moving = first.digits.flatMap((digit, i) => (below[i] === digit ? [] : [i]));
      const tree = treeOf(first.shape);
      const cells = movingCells(tree, moving);
      const memo = cells && {
        cells,
        rows: cells.map((cell) => Number(first.digits[cell.firstRow]) - 1),
        results: new Map(),
      };
      known = { tree, digits: first.digits, moving, ...(memo ? { memo } : {}) };
      filled.set(source, known);
    }
    return known;
  }

  function evaluateFormula(formula: string | FilledFormula, sheet: string): Value {
    if (formula instanceof FilledFormula) {
      const shape = filledShape(formula.source);
      const { memo } = shape;
      if (!memo) return evaluate(shape.tree, sheet, movedDigits(shape, formula.by));
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
      const value = evaluate(shape.tree, sheet, movedDigits(shape, formula.by));
      if (memo.results.size < MEMO_LIMIT) memo.results.set(key, value);
      return value;
    }
    const { shape, digits } = formulaShape(formula);
    return evaluate(treeOf(shape), sheet, digits);
  }

  return evaluateFormula;
}
