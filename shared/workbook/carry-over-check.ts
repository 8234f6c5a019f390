// The stale check every applier runs on a replace sheet just before writing (docs/design.md#9-reliability-and-privacy): the plan was built from
// a read, and a colleague may have typed on the sheet since. Nothing the plan did not read may be lost.

import type { SheetSnapshot } from '../host/bridge';
import { fail } from '../i18n/message';
import { cellAddress } from '../matrix/address';
import { type CellValue, isBlank } from '../matrix/grid';
import { inAnyRange } from './footprint';
import type { CarriedCell, SheetPlan } from './plan';

const at = (row: number, column: number) => `${row},${column}`;

function holdsSame(carried: CarriedCell, value: CellValue, formula: string | null | undefined): boolean {
  if (carried.formula !== undefined) return formula === carried.formula;
  if (formula) return false;
  if (carried.epochMs !== undefined) return value instanceof Date && value.getTime() === carried.epochMs;
  return value === carried.value;
}

/**
 * The first cell (0-based) of the sheet as it is now that would be lost or overwritten although the plan did not
 * read it so: a non-empty cell outside what the read found to be Teamscan's and not carried as it is now, or a
 * carried cell that changed or was emptied. Undefined when the plan is still right (or carries no read).
 */
export function staleCell(sheet: SheetPlan, now: SheetSnapshot): { row: number; column: number } | undefined {
  const carry = sheet.carry;
  if (!carry) return undefined;
  const carried = new Map(carry.cells.map((cell) => [at(cell.row, cell.column), cell]));
  const texts = new Map(carry.teamscanTexts.map((cell) => [at(cell.row, cell.column), cell.text]));
  const found = new Set<string>();
  if (now.exists) {
    const rows = Math.max(now.grid.values.length, now.formulas?.length ?? 0);
    for (let r = 0; r < rows; r++) {
      const values = now.grid.values[r] ?? [];
      const formulas = now.formulas?.[r] ?? [];
      for (let c = 0; c < Math.max(values.length, formulas.length); c++) {
        const value = values[c];
        const formula = formulas[c];
        if (!formula && isBlank(value)) continue;
        const key = at(r, c);
        const mine = carried.get(key);
        if (mine) {
          if (!holdsSame(mine, value ?? null, formula)) return { row: r, column: c };
          found.add(key);
          continue;
        }
        if (!formula && typeof value === 'string' && texts.get(key) === value.trim()) continue;
        if (inAnyRange(carry.teamscanAreas, r, c)) continue;
        return { row: r, column: c };
      }
    }
  }
  const gone = carry.cells.find((cell) => !found.has(at(cell.row, cell.column)));
  return gone ? { row: gone.row, column: gone.column } : undefined;
}

/** Throws the core's sheetChanged error naming the cell when the sheet changed in a way the plan did not read. */
export function assertCarryCurrent(sheet: SheetPlan, now: SheetSnapshot): void {
  const cell = staleCell(sheet, now);
  if (cell)
    fail('sheetChanged', { sheet: sheet.name, cell: cellAddress({ row: 1, column: 1 }, cell.row, cell.column) });
}
