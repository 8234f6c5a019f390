// The results of a filled column's formula by the values of the one or two cells that move with it, shared by every column of the same formula.

import type { Digits, FormulaNode, RefNode } from './parse';
import { isError, type Scalar, type Value } from './values';

/** The moving cells of a filled column (their 0-based rows in its first formula) and the results by their values. */
export interface Memo {
  readonly cells: readonly RefNode[];
  readonly rows: readonly number[];
  /** By the one cell's value itself (numbers, texts and TRUE/FALSE never collide), or by a key of both values. */
  readonly results: Map<Scalar | string, Value>;
}

/** At most this many distinct inputs are remembered per formula (a column of names has no repeats). */
export const MEMO_LIMIT = 4096;

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

/** A moving reference's cell: its sheet, column and row in the column's first formula. */
const cellKey = (ref: RefNode, numbers: readonly number[]) =>
  `${ref.sheet ?? ''}!${ref.column}:${numbers[ref.firstRow]}`;

/**
 * The cells among the moving references, when they are one or two single cells and no range: a cell referred
 * to more than once (a level cell's formula reads its matrix cell a dozen times) counts once.
 */
function movingCells(
  tree: FormulaNode,
  moving: ReadonlySet<number>,
  numbers: readonly number[],
): RefNode[] | undefined {
  const cells = new Map<string, RefNode>();
  for (const ref of referencesOf(tree)) {
    if (!moving.has(ref.firstRow) && !moving.has(ref.lastRow)) continue;
    if (ref.firstRow !== ref.lastRow || ref.columns !== 1) return undefined;
    const key = cellKey(ref, numbers);
    if (!cells.has(key)) cells.set(key, ref);
  }
  return cells.size > 0 && cells.size <= 2 ? [...cells.values()] : undefined;
}

/**
 * The formula as text with each moving cell written as its place among the moving cells ("@0", "@1"): columns
 * whose formulas differ only in which cells move with them give the same text, and so the same results for the
 * same values. A level cell's formula is the same for each of a team's item columns.
 */
function identity(
  node: FormulaNode,
  digits: Digits,
  numbers: readonly number[],
  places: Map<string, number>,
  moving: ReadonlySet<number>,
): string {
  const inner = (child: FormulaNode) => identity(child, digits, numbers, places, moving);
  switch (node.type) {
    case 'number':
      return node.fraction === undefined ? digits[node.whole]! : `${digits[node.whole]}.${digits[node.fraction]}`;
    case 'string':
      return JSON.stringify(node.value);
    case 'boolean':
      return String(node.value);
    case 'ref':
      if (moving.has(node.firstRow)) return `@${places.get(cellKey(node, numbers))}`;
      return `'${node.sheet ?? ''}'!${node.column}+${node.columns}:${numbers[node.firstRow]}-${numbers[node.lastRow]}`;
    case 'unary':
      return `(${node.operator}${inner(node.operand)})`;
    case 'binary':
      return `(${inner(node.left)}${node.operator}${inner(node.right)})`;
    case 'call':
      return `${node.name}(${node.args.map(inner).join(',')})`;
  }
}

/**
 * The memo of a filled column on `sheet`, from its first formula's tree and numbers, or undefined when more than
 * two cells or a range move with it. Columns with the same formula share one map of results (`shared`).
 */
export function memoOf(
  tree: FormulaNode,
  digits: Digits,
  numbers: readonly number[],
  moving: readonly number[],
  sheet: string,
  shared: Map<string, Memo['results']>,
): Memo | undefined {
  const moves = new Set(moving);
  const cells = movingCells(tree, moves, numbers);
  if (!cells) return undefined;
  const places = new Map(cells.map((cell, place) => [cellKey(cell, numbers), place]));
  const key = `${sheet}\u0000${identity(tree, digits, numbers, places, moves)}`;
  let results = shared.get(key);
  if (!results) {
    results = new Map();
    shared.set(key, results);
  }
  return { cells, rows: cells.map((cell) => numbers[cell.firstRow]! - 1), results };
}

/** A cell value as part of a memo key: its type and its value. */
export function valueKey(value: Scalar): string {
  if (value === null) return 'z';
  if (isError(value)) return `e${value.code}`;
  return `${(typeof value)[0]}${value}`;
}
