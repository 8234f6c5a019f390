// The messy-team fixture, and the same sheet as .xlsx (numbers as numbers, booleans as booleans, as Excel stores them).

import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { parseCsv } from '../../cli/read/csv';
import { ROOT } from './run-cli';

export const MESSY_CSV = join(ROOT, 'tests', 'fixtures', 'messy-team.csv');

/** Writes messy-team.xlsx (a first sheet "Notities" to skip, the matrix on "Team") and returns its path. */
export async function messyXlsx(): Promise<string> {
  const file = join(mkdtempSync(join(tmpdir(), 'teamscan-messy-')), 'messy-team.xlsx');
  const rows = parseCsv(readFileSync(MESSY_CSV, 'utf8'));
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Notities').addRow(['niet deze']);
  const sheet = workbook.addWorksheet('Team');
  for (const row of rows) {
    sheet.addRow(
      row.map((cell) => {
        const text = String(cell ?? '');
        if (/^\d+(,\d+)?$/.test(text)) return Number(text.replace(',', '.'));
        if (text === 'ja') return true;
        return text === '' ? null : text;
      }),
    );
  }
  await workbook.xlsx.writeFile(file);
  return file;
}
