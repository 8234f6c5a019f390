// `teamscan workbook`: options, --namen and --from pre-filling, and clear errors on bad input.

import { mkdtempSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { workbookCommand } from '../../cli/commands/workbook';
import { FileError } from '../../cli/file-error';
import { InputError } from '../../cli/read-table';
import { TeamscanError } from '../../shared/i18n/message';
import { SHEET_MATRIX } from '../../shared/workbook/plan';

// A directory of its own per test file: test files run in parallel.
const OUT = mkdtempSync(join(tmpdir(), 'teamscan-workbook-'));
const FIXTURE = join(process.cwd(), 'tests', 'fixtures', 'messy-team.csv');

beforeAll(() => mkdir(OUT, { recursive: true }));

async function matrixOf(file: string): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook.getWorksheet(SHEET_MATRIX)!;
}

test('--from keeps every value as the user wrote it, numbers as numbers', async () => {
  const out = join(OUT, 'from.xlsx');
  const message = await workbookCommand({ from: FIXTURE, out, lang: 'nl' });
  // The matrix ends at its empty row 6; Eva, below it without levels, is no person (docs/design.md#5-reading-a-matrix).
  expect(message).toContain('4 personen');
  expect(message).toContain(
    'De matrix eindigt bij de lege regel 6: regel(s) 9 eronder hebben geen niveaus en zijn niet gelezen.',
  );
  const sheet = await matrixOf(out);
  expect(sheet.getCell('A2').value).toBe('Anna de Vries');
  expect(sheet.getCell('D2').value).toBe('3 - Gevorderd');
  expect(sheet.getCell('E2').value).toBe('Bekwaam');
  expect(sheet.getCell('F2').value).toBe(2);
  expect(sheet.getCell('G2').value).toBe('x');
  expect(sheet.getCell('H2').value).toBe('n.v.t.');
  expect(sheet.getCell('H3').value).toBe(2.5);
  // FTE is not a level column: its text stays text.
  expect(sheet.getCell('C2').value).toBe('0,8');
});

test('--namen adds the names below each other, skipping a header', async () => {
  const names = join(OUT, 'namen.txt');
  await writeFile(names, 'Naam\nAnna\n\nBram\n=Chris\n');
  const out = join(OUT, 'names.xlsx');
  await workbookCommand({ namen: names, out, detail: 'kva', profiel: 'han', lang: 'en' });
  const sheet = await matrixOf(out);
  expect([2, 3, 4].map((row) => sheet.getCell(row, 1).value)).toEqual(['Anna', 'Bram', '=Chris']);
});

test('bad input fails with a message naming the option, file or cell', async () => {
  await expect(workbookCommand({ lang: 'nl' })).rejects.toThrow(InputError);
  await expect(workbookCommand({ out: join(OUT, 'x.csv'), lang: 'nl' })).rejects.toThrow(/\.xlsx/);
  await expect(workbookCommand({ out: join(OUT, 'x.xlsx'), detail: 'alles', lang: 'nl' })).rejects.toThrow(
    TeamscanError,
  );
  await expect(workbookCommand({ out: join(OUT, 'x.xlsx'), drempel: '7', lang: 'nl' })).rejects.toThrow(TeamscanError);
  const bad = join(OUT, 'bad.csv');
  await writeFile(bad, 'Naam;Adviseur\nAnna;misschien\n');
  const error = await workbookCommand({ from: bad, out: join(OUT, 'bad.xlsx'), lang: 'nl' }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(FileError);
  expect((error as Error).message).toMatch(/B2/);
  expect((error as Error).message).toMatch(/misschien/);
});
