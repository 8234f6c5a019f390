// Momentopname in the preview: a values-only, read-only copy of the matrix sheet in the same store write.

import type { SnapshotRequest } from '../shared/host/bridge';
import { checkSnapshotRequest, snapshotName } from '../shared/host/snapshot';
import { fail } from '../shared/i18n/message';
import type { CellValue } from '../shared/matrix/grid';
import { computeSheet } from './evaluate';
import { cloneWorkbook, findSheet, type PreviewWorkbook, type StoredCell, usedSize } from './workbook';

/** A computed value as a stored one: a date stays a date, text stays text (the preview stores formulas apart). */
function stored(value: CellValue): StoredCell {
  if (value instanceof Date) return { date: value.toISOString() };
  return value ?? null;
}

/**
 * The workbook with the snapshot added at the end, and its name. Formulas are replaced by their values, the
 * header's bold, the colour scales and the widths are kept; the sheet is marked read-only (the preview has no
 * protection: the grid and the bridge refuse edits to it).
 */
export function withSnapshot(
  workbook: PreviewWorkbook,
  request: SnapshotRequest,
): { workbook: PreviewWorkbook; name: string } {
  const { sheet: matrixName, date } = checkSnapshotRequest(request);
  const matrix = findSheet(workbook, matrixName);
  if (!matrix || usedSize(matrix).rows === 0) fail('snapshotNoMatrix', { sheet: matrixName });
  const name = snapshotName(
    date,
    workbook.sheets.map((sheet) => sheet.name),
  );
  const values = computeSheet(workbook, matrixName).values;
  const next = cloneWorkbook(workbook);
  const source = findSheet(next, matrixName)!;
  next.sheets.push({
    name,
    cells: values.map((row) => row.map(stored)),
    scales: source.scales.map((range) => ({ ...range })),
    bold: source.bold.map((range) => ({ ...range })),
    widths: { ...source.widths },
    readOnly: true,
  });
  return { workbook: next, name };
}
