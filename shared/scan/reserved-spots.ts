// The extents Teamscan's spilled blocks reserve on a sheet (docs/design.md#7-the-injected-workbook): every call of a Teamscan table function
// keeps the cells its result may grow into, so the formula helper never puts a block in another one's way.

import { findDeclaration } from '../formulas/declarations';
import { GROWTH, type Size, type SizeBasis } from '../formulas/result-size';
import type { Selection, SheetSnapshot } from '../host/bridge';
import { spillBound, teamscanCallId } from '../workbook/footprint';
import type { PlanRange } from '../workbook/plan';

/** A Teamscan call on the sheet and the rectangle (0-based) its result may take as the team grows. */
export interface ReservedBlock {
  readonly id: string;
  readonly row: number;
  readonly column: number;
  readonly extent: PlanRange;
}

/**
 * Every call of a Teamscan function on the sheet as read with formulas (Dekking's DEKKING, HIATEN,
 * SLEUTELPERSONEN, LEERKOPPELS, earlier helper insertions), with its largest extent for this team: the result's
 * bound from the declarations (rows and columns), plus the rows a table may grow by.
 */
export function reservedBlocks(snapshot: SheetSnapshot, basis: SizeBasis): ReservedBlock[] {
  const blocks: ReservedBlock[] = [];
  snapshot.formulas?.forEach((line, row) => {
    line.forEach((formula, column) => {
      const id = formula ? teamscanCallId(formula) : undefined;
      if (!id) return;
      const bound = spillBound(id, row, column, [basis]);
      const grows = findDeclaration(id)?.result === 'table' ? GROWTH : 0;
      blocks.push({ id, row, column, extent: { ...bound, rows: bound.rows + grows } });
    });
  });
  return blocks;
}

function overlaps(a: PlanRange, b: PlanRange): boolean {
  return (
    a.row < b.row + b.rows &&
    b.row < a.row + a.rows &&
    a.column < b.column + b.columns &&
    b.column < a.column + a.columns
  );
}

/** The first reserved block (in reading order) that a new block of `size` from a 1-based cell would run into. */
export function blockInWay(blocks: readonly ReservedBlock[], at: Selection, size: Size): ReservedBlock | undefined {
  const wanted = { row: at.row - 1, column: at.column - 1, rows: size.rows, columns: size.columns };
  return blocks.find((block) => overlaps(block.extent, wanted));
}

/** The first row (1-based) at or below `row` from which a block of `size` in `column` keeps clear of every block. */
export function rowClearOf(blocks: readonly ReservedBlock[], row: number, column: number, size: Size): number {
  let at = row;
  for (let guard = 0; guard <= blocks.length; guard++) {
    const block = blockInWay(blocks, { sheet: '', row: at, column }, size);
    if (!block) return at;
    at = block.extent.row + block.extent.rows + 2;
  }
  return at;
}
