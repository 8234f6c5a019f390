// Reads a .csv or .xlsx file into a cell grid, by its extension, with notes on how it was read.

import { constants } from 'node:fs';
import { access, readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { type Message, message } from '../shared/i18n/message';
import type { Grid } from '../shared/matrix/grid';
import { LocalizedInputError } from './input-error';
import { parseCsv } from './read/csv';
import { decodeText } from './read/decode';
import { FILE_SYSTEM_TEXTS } from './texts';

export { InputError } from './input-error';

export interface TableFile {
  readonly grid: Grid;
  /** What the reader had to decide, for the warnings (e.g. an encoding that was not UTF-8). */
  readonly notes: readonly Message[];
}

/** Fails with the file system's own error (ENOENT, EISDIR, EACCES; cli/file-system-error.ts words them). */
async function checkReadable(path: string): Promise<void> {
  const info = await stat(path);
  if (info.isDirectory()) {
    throw Object.assign(new Error(`EISDIR: illegal operation on a directory, read '${path}'`), {
      code: 'EISDIR',
      syscall: 'read',
      path,
    });
  }
  await access(path, constants.R_OK);
}

/**
 * Reads a table file; `sheetName` (--sheet) applies to .xlsx only. Without it an .xlsx is read from the sheet
 * named `preferred` if it has one, else from its first sheet.
 */
export async function readTable(path: string, sheetName?: string, preferred = 'Teammatrix'): Promise<TableFile> {
  const extension = extname(path).toLowerCase();
  // A missing file or a folder is said as such before its extension is judged (a folder "ronde" has none).
  await checkReadable(path);
  if (extension !== '.xlsx' && extension !== '.csv' && extension !== '.txt') {
    const file = basename(path);
    const { nl, en } = FILE_SYSTEM_TEXTS;
    throw new LocalizedInputError({ nl: nl.unsupportedType(file), en: en.unsupportedType(file) });
  }
  if (extension === '.xlsx') {
    const { readXlsx } = await import('./read/xlsx');
    return { grid: await readXlsx(path, sheetName, preferred), notes: [] };
  }
  const { text, encoding } = decodeText(await readFile(path));
  // NUL is valid UTF-8 but never in a text table: a UTF-16 file without its BOM would be read as garbage.
  if (encoding !== 'UTF-16LE' && encoding !== 'UTF-16BE' && text.includes('\u0000')) {
    const file = basename(path);
    const { nl, en } = FILE_SYSTEM_TEXTS;
    throw new LocalizedInputError({ nl: nl.nulBytes(file), en: en.nulBytes(file) });
  }
  const grid: Grid = { values: parseCsv(text), origin: { row: 1, column: 1 }, textRecords: true };
  return { grid, notes: encoding === 'UTF-8' ? [] : [message('readAsEncoding', { file: basename(path), encoding })] };
}

/** The grid of a table file, without the notes. */
export async function readTableFile(path: string, sheetName?: string, preferred = 'Teammatrix'): Promise<Grid> {
  return (await readTable(path, sheetName, preferred)).grid;
}
