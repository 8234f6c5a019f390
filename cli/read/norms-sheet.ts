// Reads the Dekking sheet of a source .xlsx (`workbook --from`) as a snapshot of its first columns, formulas marked,
// so the norms a user typed there can go into the new workbook (docs/design.md#4a-norms-per-area, docs/design.md#7-the-injected-workbook).

import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { SheetSnapshot } from '../../shared/host/bridge';
import type { CellValue } from '../../shared/matrix/grid';
import { SHEET_DASHBOARD } from '../../shared/workbook/plan';
import { readSheetCells } from './xlsx-sheet';
import { readDateStyles, readSharedStrings, readWorkbookParts } from './xlsx-workbook';
import { openXlsxArchive, UNPACKED_LIMIT } from './xlsx-zip';

/** The norms table's columns (Gebied, Drempel, Doel): all that is kept of the sheet. */
const COLUMNS = 3;
/** The rows kept: the norms table sits near the top of Dekking (row 15 for npuls); a stray far cell costs nothing. */
const ROWS = 1000;

/**
 * The source's Dekking sheet (columns A–C), or undefined when the source is no .xlsx or has no such sheet. A cell
 * holding a formula is marked (its text is not needed: a formula is never taken for a typed norm here).
 */
export async function readNormsSheet(path: string): Promise<SheetSnapshot | undefined> {
  if (extname(path).toLowerCase() !== '.xlsx') return undefined;
  const file = basename(path);
  const archive = await openXlsxArchive(file, await readFile(path), UNPACKED_LIMIT);
  const workbook = await readWorkbookParts(archive);
  const sheet = workbook.sheets.find((candidate) => candidate.name === SHEET_DASHBOARD);
  const xml = sheet ? await archive.text(sheet.part) : undefined;
  if (!sheet || xml === undefined) return undefined;
  const cells = readSheetCells(xml, {
    file,
    sharedStrings: await readSharedStrings(archive, workbook.sharedStringsPart),
    dateStyles: await readDateStyles(archive, workbook.stylesPart),
    date1904: workbook.date1904,
    address: (row, column) => `${SHEET_DASHBOARD}!R${row + 1}C${column + 1}`,
  });
  const rows = Math.min(ROWS, Math.max(0, ...[...cells.rows.keys()].map((row) => row + 1)));
  const values: CellValue[][] = Array.from({ length: rows }, () => Array<CellValue>(COLUMNS).fill(null));
  const formulas: (string | null)[][] = Array.from({ length: rows }, () => Array<string | null>(COLUMNS).fill(null));
  for (const [row, line] of cells.rows) {
    if (row >= rows) continue;
    line.columns.forEach((column, at) => {
      if (column < COLUMNS) values[row]![column] = line.values[at] ?? null;
    });
  }
  for (const { row, column } of cells.formulaCells) if (row < rows && column < COLUMNS) formulas[row]![column] = '=';
  return { sheet: SHEET_DASHBOARD, exists: true, grid: { values }, formulas };
}
