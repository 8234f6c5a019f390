// Returned personal workbooks: the files to read (a folder or a list), and each one's record and answers.

import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { CellValue } from '../../shared/matrix/grid';
import { readXlsx, XlsxReadError } from '../read/xlsx';
import { RECORD_SHEET, type RecordReading, readRecord } from './record';

export interface ReturnedFile {
  readonly path: string;
  /** The file's name, as messages show it. */
  readonly file: string;
  readonly modified: Date;
  readonly record: RecordReading;
  /** The answer cells by address ("D9"), as the file holds them now. */
  readonly cells: ReadonlyMap<string, CellValue>;
}

const CELL = /^([A-Z]+)([0-9]+)$/;

function cellIndex(address: string): { row: number; column: number } | undefined {
  const match = CELL.exec(address);
  if (!match) return undefined;
  const column = [...match[1]!].reduce((sum, letter) => sum * 26 + letter.charCodeAt(0) - 64, 0);
  return { row: Number(match[2]) - 1, column: column - 1 };
}

/** Reads one returned file: its hidden record, then its answer cells (the scan sheet is the first sheet). */
export async function readReturnedFile(path: string): Promise<ReturnedFile> {
  const file = basename(path);
  const modified = (await stat(path)).mtime;
  let record: RecordReading;
  try {
    record = readRecord((await readXlsx(path, RECORD_SHEET, RECORD_SHEET)).values);
  } catch (error) {
    // A workbook without the record sheet is no personal workbook of ours; a damaged file fails as it is.
    if (!(error instanceof XlsxReadError && error.texts.en.includes(`no sheet ${RECORD_SHEET}`))) throw error;
    record = { ok: false, reason: 'missing' };
  }
  const cells = new Map<string, CellValue>();
  if (record.ok) {
    const grid = await readXlsx(path, undefined, '\u0000');
    for (const question of record.record.questions) {
      const at = cellIndex(question.cell);
      cells.set(question.cell, at ? (grid.values[at.row]?.[at.column] ?? null) : null);
    }
  }
  return { path, file, modified, record, cells };
}
