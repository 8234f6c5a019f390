// Turns a sheet's filled cells into the core's grid: merged ranges hold their value in the first cell only,
// and the grid is bounded by the last filled cell, within limits that keep a stray far cell from costing memory.

import { INVALID } from '../../shared/levels/levels';
import { readLevel } from '../../shared/levels/parse';
import type { CellValue } from '../../shared/matrix/grid';
import type { CellRange, SheetCells, SheetRow } from './xlsx-sheet';
import {
  cellTooFar,
  formulaWithoutValue,
  mergedTextCell,
  overlappingMerges,
  rangeTooLarge,
  tooManyMerges,
} from './xlsx-texts';

/** 50 times the largest team we design for (2,000 people, docs/design.md#10-performance-targets); Excel itself allows 1,048,576. */
export const MAX_ROWS = 100_000;
/** Grid slots (rows up to their last filled cell): 40 times a 2,000 × 127 matrix, about 80 MB of references. */
export const MAX_CELLS = 10_000_000;

/** Rows looked at while applying merged ranges: far beyond real sheets (100 tall merges × 100,000 rows). */
export const MAX_MERGE_STEPS = 10_000_000;

const EMPTY_ROW: readonly CellValue[] = Object.freeze([]);

export interface GridNames {
  readonly sheet: string;
  readonly cell: (row: number, column: number) => string;
  readonly range: (range: CellRange) => string;
}

function sortRow(row: SheetRow): SheetRow {
  const { columns } = row;
  let sorted = true;
  for (let i = 1; i < columns.length && sorted; i++) sorted = columns[i - 1]! < columns[i]!;
  if (sorted) return row;
  const order = columns.map((_, i) => i).sort((a, b) => columns[a]! - columns[b]!);
  return { columns: order.map((i) => columns[i]!), values: order.map((i) => row.values[i]) };
}

/** The first index in an ascending list whose value is at least `value`. */
function lowerBound(list: readonly number[], value: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (list[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

function isFilled(value: CellValue): boolean {
  return value !== null && value !== undefined && value !== '';
}

/**
 * Empties the covered cells of every merged range ("the content for the merged range is always stored in the top
 * left cell", ECMA-376 part 1, mergeCells); visits only filled cells, never the range's whole area.
 */
function applyMerges(
  rows: Map<number, SheetRow>,
  rowNumbers: readonly number[],
  merges: readonly CellRange[],
  names: GridNames,
): void {
  let filled = 0;
  for (const row of rows.values()) filled += row.columns.length;
  let visits = 0;
  let steps = 0;
  for (const merge of merges) {
    for (let i = lowerBound(rowNumbers, merge.top); i < rowNumbers.length && rowNumbers[i]! <= merge.bottom; i++) {
      if (++steps > MAX_MERGE_STEPS) throw tooManyMerges(names.sheet, merges.length);
      const rowNumber = rowNumbers[i]!;
      const row = rows.get(rowNumber)!;
      for (let j = lowerBound(row.columns, merge.left); j < row.columns.length && row.columns[j]! <= merge.right; j++) {
        // Valid merges do not overlap, so each filled cell is visited at most once.
        if (++visits > filled) throw overlappingMerges(names.range(merge));
        if (rowNumber !== merge.top || row.columns[j] !== merge.left) row.values[j] = null;
      }
    }
  }
  for (const merge of merges) refuseMergedText(rows, rowNumbers, merge, names);
}

/**
 * A text that is not a level (a name, say) merged over rows that each hold values of their own belongs to one
 * of them only: refused, naming the range, rather than read as a row without a name or a duplicate person.
 */
function refuseMergedText(
  rows: Map<number, SheetRow>,
  rowNumbers: readonly number[],
  merge: CellRange,
  names: GridNames,
): void {
  if (merge.bottom === merge.top) return;
  const first = rows.get(merge.top);
  const at = first ? first.columns.indexOf(merge.left) : -1;
  const value = at >= 0 ? first!.values[at] : undefined;
  if (typeof value !== 'string' || value.trim() === '' || readLevel(value) !== INVALID) return;
  for (let i = lowerBound(rowNumbers, merge.top + 1); i < rowNumbers.length && rowNumbers[i]! <= merge.bottom; i++) {
    const row = rows.get(rowNumbers[i]!)!;
    const elsewhere = row.values.some(
      (cell, j) => isFilled(cell) && (row.columns[j]! < merge.left || row.columns[j]! > merge.right),
    );
    if (elsewhere) throw mergedTextCell(names.range(merge), value, merge.bottom - merge.top + 1);
  }
}

/** The dense grid the core reads, rows up to their last filled cell; absent rows share one empty row. */
export function buildGrid(cells: SheetCells, names: GridNames): (readonly CellValue[])[] {
  if (cells.uncomputed.length > 0) {
    const [first] = [...cells.uncomputed].sort((a, b) => a.row - b.row || a.column - b.column);
    throw formulaWithoutValue(names.cell(first!.row, first!.column), first!.formula, cells.uncomputed.length - 1);
  }
  const rowNumbers = [...cells.rows.keys()].sort((a, b) => a - b);
  const lastRow = rowNumbers.length > 0 ? rowNumbers[rowNumbers.length - 1]! : -1;
  if (lastRow >= MAX_ROWS) throw cellTooFar(names.cell(lastRow, cells.rows.get(lastRow)!.columns[0]!), MAX_ROWS);
  const rows = new Map<number, SheetRow>();
  let slots = lastRow + 1;
  let widest = { row: 0, column: 0 };
  for (const number of rowNumbers) {
    const row = sortRow(cells.rows.get(number)!);
    rows.set(number, row);
    const last = row.columns[row.columns.length - 1]!;
    slots += last + 1;
    if (last > widest.column) widest = { row: number, column: last };
  }
  if (slots > MAX_CELLS) throw rangeTooLarge(names.sheet, names.cell(widest.row, widest.column), MAX_CELLS);
  applyMerges(rows, rowNumbers, cells.merges, names);

  const values: (readonly CellValue[])[] = new Array(lastRow + 1);
  for (let r = 0; r <= lastRow; r++) values[r] = EMPTY_ROW;
  for (const [number, row] of rows) {
    const dense = new Array<CellValue>(row.columns[row.columns.length - 1]! + 1).fill(null);
    for (let i = 0; i < row.columns.length; i++) dense[row.columns[i]!] = row.values[i];
    values[number] = dense;
  }
  return values;
}
