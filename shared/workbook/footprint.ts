// Where Teamscan's own cells lie on a sheet: a plan's blocks with their formulas' spill bounds, and the calls of
// Teamscan functions found on an old sheet with theirs. Generic over the plan: no layout is assumed here.

import { findDeclaration } from '../formulas/declarations';
import { resultBound, type SizeBasis } from '../formulas/result-size';
import type { PlanRange, SheetPlan } from './plan';

/** Whether a cell (0-based) lies in a rectangle. */
export function inRange(range: PlanRange, row: number, column: number): boolean {
  return (
    row >= range.row && row < range.row + range.rows && column >= range.column && column < range.column + range.columns
  );
}

export function inAnyRange(ranges: readonly PlanRange[], row: number, column: number): boolean {
  return ranges.some((range) => inRange(range, row, column));
}

/** The cells a call of `id` at (row, column) may fill: its anchor and everything its result may spill into. */
export function spillBound(id: string, row: number, column: number, bases: readonly SizeBasis[]): PlanRange {
  const sizes = bases.map((basis) => resultBound(id, basis));
  return {
    row,
    column,
    rows: Math.max(1, ...sizes.map((size) => size.rows)),
    columns: Math.max(1, ...sizes.map((size) => size.columns)),
  };
}

/**
 * The Teamscan function a formula calls at its top ("=DEKKING(…)", "=TEAMSCAN.COVERAGE(…)", Excel's
 * "=_xldudf_TEAMSCAN_DEKKING(…)" where the add-in is not loaded), by its id; undefined for any other formula.
 */
export function teamscanCallId(formula: string): string | undefined {
  const call = /^=\s*(?:TEAMSCAN\.|_xldudf_TEAMSCAN_)?([A-Za-z][A-Za-z0-9_]*)\s*\(/i.exec(formula.trim());
  return call ? findDeclaration(call[1]!)?.id : undefined;
}

/** The rectangles a plan's blocks write (ragged rows padded, as appliers pad them) and their formulas' spills. */
export function planFootprint(sheet: SheetPlan, basis: SizeBasis): PlanRange[] {
  const ranges: PlanRange[] = [];
  for (const block of sheet.blocks) {
    const columns = Math.max(0, ...block.values.map((line) => line.length));
    if (block.values.length > 0 && columns > 0) {
      ranges.push({ row: block.row, column: block.column, rows: block.values.length, columns });
    }
    block.values.forEach((line, r) => {
      line.forEach((cell, c) => {
        if (cell === null || typeof cell !== 'object' || cell.formula.kind !== 'custom') return;
        ranges.push(spillBound(cell.formula.id, block.row + r, block.column + c, [basis]));
      });
    });
  }
  return ranges;
}

/** Per function id, how many calls of it the plan writes on the sheet. */
export function plannedCalls(sheet: SheetPlan): Map<string, number> {
  const counts = new Map<string, number>();
  for (const block of sheet.blocks) {
    for (const line of block.values) {
      for (const cell of line) {
        if (cell === null || typeof cell !== 'object') continue;
        const id = cell.formula.kind === 'custom' ? cell.formula.id : teamscanCallId(cell.formula.text);
        if (id) counts.set(id, (counts.get(id) ?? 0) + 1);
      }
    }
  }
  return counts;
}

/** The rightmost column (0-based, exclusive) of a set of rectangles; 0 when there are none. */
export function rightEdge(ranges: readonly PlanRange[]): number {
  return Math.max(0, ...ranges.map((range) => range.column + range.columns));
}
