// Reads one sheet of an .xlsx file into a cell grid; exceljs is loaded only when an .xlsx is read.

import { basename } from 'node:path';
import type { CellValue, Grid } from '../../shared/matrix/grid';
import { InputError } from '../input-error';

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

export async function readXlsx(path: string, sheetName: string | undefined, preferred: string): Promise<Grid> {
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
