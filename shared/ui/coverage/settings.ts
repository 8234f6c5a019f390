// The norms the Dekking sheet holds: threshold and target in B2 and B3, and a norms table if the sheet has one.

import type { AnalysisOptions } from '../../analysis/types';
import { DEFAULT_TARGET, DEFAULT_THRESHOLD } from '../../levels/levels';
import type { GridOrigin } from '../../matrix/address';
import { type CellValue, cellText, type Grid, isBlank } from '../../matrix/grid';
import { matchKey } from '../../text/normalize';
import type { PlanRange } from '../../workbook/plan';

export interface DashboardNorms {
  readonly threshold: CellValue;
  readonly target: CellValue;
  /** The norms table (Gebied, Drempel, Doel; docs/design.md#4a-norms-per-area) where it sits on the sheet, for the analysis. */
  readonly norms?: Grid;
}

const AREA = new Set(['gebied', 'area']);
const NORM = new Set(['drempel', 'threshold', 'doel', 'target']);

/** The first header row with Gebied followed directly by Drempel or Doel, and its column. */
function normsHeader(values: readonly (readonly CellValue[])[]): { row: number; column: number } | undefined {
  for (let row = 0; row < values.length; row++) {
    const line = values[row] ?? [];
    for (let column = 0; column < line.length; column++) {
      if (AREA.has(matchKey(cellText(line[column]))) && NORM.has(matchKey(cellText(line[column + 1])))) {
        return { row, column };
      }
    }
  }
  return undefined;
}

/**
 * Reads the Dekking sheet as its formulas do, so the panel equals the sheet's tables: B2 and B3, and the norms
 * table (its header row and the rows below it up to the first empty Gebied cell, three columns wide). The
 * formulas get that table as drempel and doel and nothing else, so an empty cell in it is the functions'
 * default (2), not B2 or B3: the panel reads it so too. (Its cells normally show B2 and B3.)
 */
export function dashboardNorms(sheet: string, grid: Grid): DashboardNorms {
  const { values } = grid;
  const settings = { threshold: values[1]?.[1], target: values[2]?.[1] };
  const header = normsHeader(values);
  if (!header) return settings;
  let end = header.row + 1;
  while (end < values.length && !isBlank(values[end]?.[header.column])) end++;
  const defaults = [DEFAULT_THRESHOLD, DEFAULT_TARGET];
  const rows = values
    .slice(header.row, end)
    .map((line, r) =>
      [0, 1, 2].map((c) =>
        r > 0 && c > 0 && isBlank(line[header.column + c]) ? defaults[c - 1]! : (line[header.column + c] ?? null),
      ),
    );
  // The bridge reads a sheet from A1; the origin lets an error name the very cell of the table.
  const origin: GridOrigin = { sheet, row: header.row + 1, column: header.column + 1 };
  return { ...settings, norms: { values: rows, origin } };
}

/** The norms table's rectangle on the Dekking sheet (0-based, three columns), for a formula that passes it. */
export function normsRange(norms: Grid): PlanRange {
  const origin = norms.origin ?? { row: 1, column: 1 };
  return { row: origin.row - 1, column: origin.column - 1, rows: norms.values.length, columns: 3 };
}

/** The analysis options of what the Dekking sheet holds: threshold, target and its norms table when it has one. */
export function dashboardOptions(settings: Pick<AnalysisOptions, 'threshold' | 'target' | 'norms'>): AnalysisOptions {
  const { threshold, target, norms } = settings;
  return { threshold, target, ...(norms ? { norms } : {}) };
}
