// Where the formula helper may write (DESIGN §9): an empty cell outside the Teammatrix with room for the result,
// else the first free spot on the Dekking sheet, proposed to the user first.

import { findFormula, runFormula } from '../formulas/registry';
import type { Selection, SheetSnapshot } from '../host/bridge';
import { type Grid, isBlank } from '../matrix/grid';
import type { Team } from './team';

export interface Size {
  readonly rows: number;
  readonly columns: number;
}

/** Rows a table result may grow by when people are added or scanned, kept free below it. */
const GROWTH = 2;

/**
 * The cells the formula's result takes: computed on the matrix as read (a scalar is one cell; a table as big
 * as it is now, plus room to grow). `literals` are the non-matrix arguments in parameter order.
 */
export function resultSize(team: Team, id: string, literals: readonly unknown[]): Size {
  const formula = findFormula(id);
  if (!formula || formula.result === 'scalar') return { rows: 1, columns: 1 };
  const matrix = team.grid.values;
  const args = formula.params.map((param, index) => (param.kind === 'matrix' ? matrix : literals[index]));
  try {
    const result = runFormula(formula.id, args);
    const rows = Array.isArray(result) ? result : [[result]];
    const columns = rows.reduce((max, line) => Math.max(max, Array.isArray(line) ? line.length : 1), 1);
    return { rows: rows.length + GROWTH, columns };
  } catch {
    // The formula shows its error in one cell; leave room for a table of the team anyway.
    return { rows: team.reading.people.length + GROWTH + 1, columns: 3 };
  }
}

export type SpotCheck = 'free' | 'matrix' | 'occupied';

/** Whether the block from a 1-based cell holds nothing and lies outside the Teammatrix. */
export function checkSpot(team: Team, at: Selection, sheet: Grid, size: Size): SpotCheck {
  if (at.sheet === team.layout.sheet) return 'matrix';
  for (let r = 0; r < size.rows; r++) {
    for (let c = 0; c < size.columns; c++) {
      if (!isBlank(sheet.values[at.row - 1 + r]?.[at.column - 1 + c])) return 'occupied';
    }
  }
  return 'free';
}

/** The first free spot on a sheet: column A, one empty row below everything it holds. */
export function firstFreeSpot(snapshot: SheetSnapshot): Selection {
  const used = snapshot.grid.values.reduce<number>(
    (last, line, index) => (line.some((cell) => !isBlank(cell)) ? index + 1 : last),
    0,
  );
  return { sheet: snapshot.sheet, row: used + 2, column: 1 };
}
