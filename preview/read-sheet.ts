// A preview sheet as a host reads it: computed values from A1 (spilled results count as used) and, when asked,
// each cell's formula as typed (a spilled value and a constant have none, as in Excel and Sheets).

import type { SheetSnapshot } from '../shared/host/bridge';
import { computeSheet } from './evaluate';
import { findSheet, isFormula, type PreviewWorkbook, usedSize } from './workbook';

export function readPreviewSheet(workbook: PreviewWorkbook, sheet: string, withFormulas = false): SheetSnapshot {
  const found = findSheet(workbook, sheet);
  if (!found) return { sheet, grid: { values: [] }, exists: false };
  const used = usedSize(found);
  const computed = computeSheet(workbook, sheet).values;
  const rows = Math.max(used.rows, computed.length);
  const columns = Math.max(used.columns, ...computed.map((line) => line.length));
  const values = Array.from({ length: rows }, (_, r) =>
    Array.from({ length: columns }, (_, c) => computed[r]?.[c] ?? null),
  );
  if (!withFormulas) return { sheet, grid: { values }, exists: true };
  const formulas = Array.from({ length: rows }, (_, r) =>
    Array.from({ length: columns }, (_, c) => {
      const cell = found.cells[r]?.[c];
      return isFormula(cell) ? cell.formula : null;
    }),
  );
  return { sheet, grid: { values }, exists: true, formulas };
}
