// Reads a .csv or .xlsx file into a cell grid, by its extension.

import { access, readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { Grid } from '../shared/matrix/grid';
import { InputError } from './input-error';
import { parseCsv } from './read/csv';

export { InputError } from './input-error';

/**
 * Reads a table file; `sheetName` (--sheet) applies to .xlsx only. Without it an .xlsx is read from the sheet
 * named `preferred` if it has one, else from its first sheet.
 */
export async function readTableFile(path: string, sheetName?: string, preferred = 'Teammatrix'): Promise<Grid> {
  const extension = extname(path).toLowerCase();
  try {
    await access(path);
  } catch {
    throw new InputError(`${basename(path)}: bestand niet gevonden / file not found (${path})`);
  }
  if (extension === '.xlsx') {
    const { readXlsx } = await import('./read/xlsx');
    return readXlsx(path, sheetName, preferred);
  }
  if (extension === '.csv' || extension === '.txt') {
    return { values: parseCsv(await readFile(path, 'utf8')), origin: { row: 1, column: 1 } };
  }
  throw new InputError(`${basename(path)}: alleen .csv en .xlsx worden gelezen`);
}
