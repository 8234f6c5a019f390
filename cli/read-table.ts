// Reads a .csv or .xlsx file into a cell grid, by its extension, with notes on how it was read.

import { basename, extname } from 'node:path';
import { type Message, message } from '../shared/i18n/message';
import type { Grid } from '../shared/matrix/grid';
import { LocalizedInputError } from './input-error';
import { type CsvRecords, parseCsvRecords } from './read/csv';
import { fileKind } from './read/file-kind';
import { checkIsFile, readInputFile } from './read/input-file';
import { wrongKind } from './read/read-texts';
import { readTextFile } from './read/text-file';
import { FILE_SYSTEM_TEXTS } from './texts';

export { InputError } from './input-error';

export interface TableFile {
  readonly grid: Grid;
  /** What the reader had to decide, for the warnings (e.g. an encoding that was not UTF-8). */
  readonly notes: readonly Message[];
  /** A .csv's record lines and delimiter, for refusals that name a line (check-names.ts). */
  readonly csv?: Pick<CsvRecords, 'lines' | 'delimiter'>;
  /** An .xlsx's recorded scale (the name Teamscan_Schaal, cli/scale-record.ts), as written in the file. */
  readonly scaleRecord?: string;
}

/** Names what a file called .xls is when the kind is known (an .xls, an encrypted workbook, HTML). */
async function refuseXlsKind(path: string): Promise<void> {
  const kind = fileKind(await readInputFile(path));
  if (kind === 'xls' || kind === 'encrypted' || kind === 'html') throw wrongKind(basename(path), kind);
}

/**
 * Reads a table file; `sheetName` (--sheet) applies to .xlsx only. Without it an .xlsx is read from the sheet
 * named `preferred` if it has one, else from its first sheet.
 */
export async function readTable(path: string, sheetName?: string, preferred = 'Teammatrix'): Promise<TableFile> {
  const extension = extname(path).toLowerCase();
  // A missing file, a folder or a FIFO is said as such before its extension is judged (a folder "ronde" has none).
  await checkIsFile(path);
  // An old .xls, or a web page saved as .xls, is named with what to do (docs/design.md#9-reliability-and-privacy).
  if (extension === '.xls') await refuseXlsKind(path);
  if (extension !== '.xlsx' && extension !== '.csv' && extension !== '.txt') {
    const file = basename(path);
    const { nl, en } = FILE_SYSTEM_TEXTS;
    throw new LocalizedInputError({ nl: nl.unsupportedType(file), en: en.unsupportedType(file) });
  }
  if (extension === '.xlsx') {
    const { readXlsxTable } = await import('./read/xlsx');
    return { ...(await readXlsxTable(path, sheetName, preferred)), notes: [] };
  }
  const { text, encoding } = await readTextFile(path);
  const { records, lines, delimiter } = parseCsvRecords(text, basename(path));
  const grid: Grid = { values: records, origin: { row: 1, column: 1 }, textRecords: true };
  const notes = encoding === 'UTF-8' ? [] : [message('readAsEncoding', { file: basename(path), encoding })];
  return { grid, notes, csv: { lines, delimiter } };
}

/** The grid of a table file, without the notes. */
export async function readTableFile(path: string, sheetName?: string, preferred = 'Teammatrix'): Promise<Grid> {
  return (await readTable(path, sheetName, preferred)).grid;
}
