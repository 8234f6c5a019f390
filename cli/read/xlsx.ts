// Reads one sheet of an .xlsx file into a cell grid, in time and memory that follow its filled cells (DESIGN §9).

import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { cellAddress, rangeAddress } from '../../shared/matrix/address';
import type { Grid } from '../../shared/matrix/grid';
import { buildGrid } from './xlsx-grid';
import { readSheetCells } from './xlsx-sheet';
import { archiveTooLarge, missingSheet, notAnXlsx } from './xlsx-texts';
import { readDateStyles, readSharedStrings, readWorkbookParts, type SheetPart } from './xlsx-workbook';
import { openXlsxArchive, UNPACKED_LIMIT } from './xlsx-zip';

export { XlsxReadError } from './xlsx-texts';

/** Excel treats sheet names without regard to case; an exact match goes first. */
function sheetNamed(sheets: readonly SheetPart[], name: string): SheetPart | undefined {
  const lower = name.toLowerCase();
  return sheets.find((sheet) => sheet.name === name) ?? sheets.find((sheet) => sheet.name.toLowerCase() === lower);
}

export interface XlsxReadOptions {
  /** The most the archive may unpack to (bytes); tests lower it. */
  readonly unpackedLimit?: number;
}

/**
 * Reads the sheet `sheetName` (--sheet), else the sheet named `preferred`, else the first sheet. Refuses, naming
 * the file, cell or range: an archive that would unpack beyond the limit, a formula without a computed value, a
 * text merged over rows that hold values of their own, a filled cell far beyond any team matrix.
 */
export async function readXlsx(
  path: string,
  sheetName: string | undefined,
  preferred: string,
  options: XlsxReadOptions = {},
): Promise<Grid> {
  const file = basename(path);
  const limit = options.unpackedLimit ?? UNPACKED_LIMIT;
  // A file larger than the limit is refused unread: a real team matrix is far smaller, packed or not.
  if ((await stat(path)).size > limit) throw archiveTooLarge(file, limit);
  // File-system failures (a folder, no permission) propagate as they are: the CLI names the option and path.
  const archive = await openXlsxArchive(file, await readFile(path), limit);
  const workbook = await readWorkbookParts(archive);
  const sheet = sheetName
    ? sheetNamed(workbook.sheets, sheetName)
    : (sheetNamed(workbook.sheets, preferred) ?? workbook.sheets[0]);
  if (!sheet) {
    throw missingSheet(
      file,
      sheetName ?? preferred,
      workbook.sheets.map((candidate) => candidate.name),
    );
  }
  const xml = await archive.text(sheet.part);
  if (xml === undefined) throw notAnXlsx(file, `no ${sheet.part}`);
  const origin = { sheet: sheet.name, row: 1, column: 1 };
  const sharedStrings = await readSharedStrings(archive, workbook.sharedStringsPart);
  const dateStyles = await readDateStyles(archive, workbook.stylesPart);
  const cells = readSheetCells(xml, {
    file,
    sharedStrings,
    dateStyles,
    date1904: workbook.date1904,
    address: (row, column) => cellAddress(origin, row, column),
  });
  const values = buildGrid(cells, {
    sheet: sheet.name,
    cell: (row, column) => cellAddress(origin, row, column),
    range: (range) =>
      rangeAddress(
        { ...origin, row: origin.row + range.top, column: origin.column + range.left },
        range.bottom - range.top + 1,
        range.right - range.left + 1,
      ),
  });
  return { values, origin };
}
