// The top rows of every sheet of an .xlsx, read cheaply (no merge or formula checks): enough to see which sheet's
// header a profile knows (docs/design.md#5-reading-a-matrix), for the hint after a sheet that matches none.

import { basename } from 'node:path';
import { cellAddress } from '../../shared/matrix/address';
import type { CellValue, Grid } from '../../shared/matrix/grid';
import { readInputFile } from './input-file';
import { readSheetCells } from './xlsx-sheet';
import { readDateStyles, readSharedStrings, readWorkbookParts } from './xlsx-workbook';
import { openXlsxArchive } from './xlsx-zip';

/** As many rows as the header search looks at (shared/matrix/locate.ts), and a row's width cap. */
const TOP_ROWS = 50;
const MAX_COLUMNS = 1_000;

export interface SheetTop {
  readonly name: string;
  readonly grid: Grid;
}

/** The first rows of each sheet but `except`, in workbook order; a sheet that cannot be read is passed over. */
export async function readSheetTops(path: string, except: string | undefined): Promise<SheetTop[]> {
  const file = basename(path);
  const archive = await openXlsxArchive(file, await readInputFile(path));
  const workbook = await readWorkbookParts(archive);
  const sharedStrings = await readSharedStrings(archive, workbook.sharedStringsPart);
  const dateStyles = await readDateStyles(archive, workbook.stylesPart);
  const tops: SheetTop[] = [];
  for (const sheet of workbook.sheets) {
    if (sheet.name === except) continue;
    const origin = { sheet: sheet.name, row: 1, column: 1 };
    try {
      const xml = await archive.text(sheet.part);
      if (xml === undefined) continue;
      const cells = readSheetCells(xml, {
        file,
        sharedStrings,
        dateStyles,
        date1904: workbook.date1904,
        address: (row, column) => cellAddress(origin, row, column),
      });
      const values: CellValue[][] = [];
      for (const [r, row] of cells.rows) {
        if (r >= TOP_ROWS) continue;
        const cellsOfRow: CellValue[] = [];
        row.columns.forEach((c, i) => {
          if (c < MAX_COLUMNS) cellsOfRow[c] = row.values[i] ?? null;
        });
        values[r] = Array.from(cellsOfRow, (cell) => cell ?? null);
      }
      tops.push({ name: sheet.name, grid: { values: Array.from(values, (row) => row ?? []), origin } });
    } catch {
      // Only a hint: a sheet that does not read is simply not offered.
    }
  }
  return tops;
}
