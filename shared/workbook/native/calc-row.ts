// One row of the Rekenblad's per-person table as it is built: references within the sheet, and columns filled down.

import { columnLetters } from '../../matrix/address';
import type { PlanCell } from '../plan';
import { fillDown, type RowTemplate, rowTemplate } from './fill-down';

/** A native formula cell from its body (without "="). */
export const formula = (body: string): PlanCell => ({ formula: { kind: 'native', text: `=${body}` } });

/** Column letters of the 0-based column, for relative references inside the sheet. */
export const at = (column: number, row: number) => `${columnLetters(column + 1)}${row + 1}`;

/**
 * Columns whose formula is the same on every row, moved down, are written out once (docs/design.md#10-performance-targets):
 * the text of the first row asked for is cut at its relative rows and each row below refers to it, so no row
 * keeps a text of its own. Returns the cell of column `column` in table row `r` (1 = the first row), `body` (the
 * text for row `r` of that first call) made only once.
 */
export function columnFiller(): (r: number, column: number, body: () => string) => PlanCell {
  const firsts = new Map<number, { readonly source: RowTemplate; readonly r: number }>();
  return (r, column, body) => {
    let first = firsts.get(column);
    if (!first) {
      first = { source: rowTemplate(`=${body()}`), r };
      firsts.set(column, first);
    }
    return fillDown(first.source, r - first.r);
  };
}

/** The cells of one table row, placed by their sheet column. */
export class CalcRowCells {
  readonly cells: PlanCell[];
  constructor(
    readonly firstColumn: number,
    width: number,
  ) {
    this.cells = new Array<PlanCell>(width).fill(null);
  }
  put(column: number, value: PlanCell): void {
    this.cells[column - this.firstColumn] = value;
  }
}
