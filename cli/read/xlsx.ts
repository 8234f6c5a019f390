// Reads one sheet of an .xlsx file into a cell grid, in time and memory that follow its filled cells (docs/design.md#9-reliability-and-privacy).

import { basename } from 'node:path';
import { cellAddress, rangeAddress } from '../../shared/matrix/address';
import type { Grid } from '../../shared/matrix/grid';
import { fileKind } from './file-kind';
import { readInputFile } from './input-file';
import { wrongKind } from './read-texts';
import { buildGrid } from './xlsx-grid';
import { readSheetCells } from './xlsx-sheet';
import { archiveTooLarge, missingSheet, NOT_XLSX_REASONS, notAnXlsx, XlsxReadError } from './xlsx-texts';
import { readDateStyles, readSharedStrings, readWorkbookParts, type SheetPart } from './xlsx-workbook';
import { openXlsxArchive, UNPACKED_LIMIT } from './xlsx-zip';

export { XlsxReadError } from './xlsx-texts';

/** Excel treats sheet names without regard to case; an exact match goes first. */
function sheetNamed(sheets: readonly SheetPart[], name: string): SheetPart | undefined {
  const lower = name.toLowerCase();
  return sheets.find((sheet) => sheet.name === name) ?? sheets.find((sheet) => sheet.name.toLowerCase() === lower);
}

/**
 * The archive, or what the file is instead (docs/design.md#9-reliability-and-privacy): an old .xls, an encrypted workbook (both OLE files),
 * a web page or a text file saved as .xlsx, each named with what to do; other bytes that are no zip archive too.
 */
async function openArchive(file: string, data: Buffer, limit: number) {
  const kind = fileKind(data);
  if (kind === 'xlsx') return openXlsxArchive(file, data, limit);
  if (kind !== 'binary') throw new XlsxReadError(wrongKind(file, kind).texts);
  try {
    return await openXlsxArchive(file, data, limit);
  } catch {
    throw new XlsxReadError(wrongKind(file, 'binary').texts);
  }
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
  return (await readXlsxTable(path, sheetName, preferred, options)).grid;
}

/** readXlsx, with the scale the workbook records (Teamscan_Schaal, cli/scale-record.ts) when it has one. */
export async function readXlsxTable(
  path: string,
  sheetName: string | undefined,
  preferred: string,
  options: XlsxReadOptions = {},
): Promise<{ grid: Grid; scaleRecord?: string }> {
  const file = basename(path);
  const limit = options.unpackedLimit ?? UNPACKED_LIMIT;
  // A file larger than the limit is refused unread: a real team matrix is far smaller, packed or not. Only a
  // regular file is read. File-system failures (a folder, no permission) propagate as they are: the CLI names
  // the option and path.
  const data = await readInputFile(path, { limit, tooLarge: archiveTooLarge });
  const archive = await openArchive(file, data, limit);
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
  if (xml === undefined) throw notAnXlsx(file, NOT_XLSX_REASONS.missingPart(sheet.part));
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
  const grid: Grid = { values, origin };
  return workbook.scaleRecord === undefined ? { grid } : { grid, scaleRecord: workbook.scaleRecord };
}
