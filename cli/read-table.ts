// Reads a .csv or .xlsx file into a cell grid; the .xlsx library is loaded only when an .xlsx is read.

import { access, readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { CellValue, Grid } from '../shared/matrix/grid';

export class InputError extends Error {}

/** The most frequent of ; , and tab in the first line: Dutch exports use ; because , is the decimal mark. */
function detectDelimiter(text: string): string {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const counts = [';', ',', '\t'].map((delimiter) => ({ delimiter, count: firstLine.split(delimiter).length - 1 }));
  counts.sort((a, b) => b.count - a.count);
  return counts[0]!.count > 0 ? counts[0]!.delimiter : ',';
}

export function parseCsv(text: string): CellValue[][] {
  return parse(text, {
    delimiter: detectDelimiter(text.replace(/^\uFEFF/, '')),
    bom: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
  }) as string[][];
}

interface ExcelCellObject {
  formula?: string;
  sharedFormula?: string;
  result?: unknown;
  richText?: { text: string }[];
  text?: string;
  hyperlink?: string;
  error?: string;
}

/** An exceljs cell value as the plain value a spreadsheet shows. */
export function plainCellValue(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value;
  const object = value as ExcelCellObject;
  if (object.richText) return object.richText.map((run) => run.text).join('');
  if (object.formula !== undefined || object.sharedFormula !== undefined) return plainCellValue(object.result);
  if (object.error !== undefined) return object.error;
  if (object.text !== undefined) return object.text;
  return String(value);
}

async function readXlsx(path: string, sheetName: string | undefined, preferred: string): Promise<Grid> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(path);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new InputError(`${basename(path)}: geen leesbaar .xlsx-bestand / not a readable .xlsx file (${reason})`);
  }
  const sheet = sheetName
    ? workbook.getWorksheet(sheetName)
    : (workbook.getWorksheet(preferred) ?? workbook.worksheets[0]);
  if (!sheet) {
    const names = workbook.worksheets.map((candidate) => candidate.name).join(', ');
    throw new InputError(`${basename(path)}: geen werkblad ${sheetName ?? ''} (werkbladen: ${names})`);
  }
  const values: CellValue[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: CellValue[] = [];
    for (let c = 1; c <= sheet.columnCount; c++) cells.push(plainCellValue(row.getCell(c).value));
    values.push(cells);
  }
  return { values, origin: { sheet: sheet.name, row: 1, column: 1 } };
}

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
  if (extension === '.xlsx') return readXlsx(path, sheetName, preferred);
  if (extension === '.csv' || extension === '.txt') {
    return { values: parseCsv(await readFile(path, 'utf8')), origin: { row: 1, column: 1 } };
  }
  throw new InputError(`${basename(path)}: alleen .csv en .xlsx worden gelezen`);
}
