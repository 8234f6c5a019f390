// `teamscan workbook --from` a workbook with typed norms keeps them, each in its area's row of the new norms table
// (docs/design.md#4a-norms-per-area, docs/design.md#7-the-injected-workbook); the norms' default formulas of the source are not taken for typed norms.

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { runCli } from './run-cli';

const OUT = mkdtempSync(join(tmpdir(), 'teamscan-workbook-norms-'));
const TEAM = join(process.cwd(), 'tests', 'fixtures', 'insights-team.csv');

async function dekking(path: string): Promise<ExcelJS.Worksheet> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  return book.getWorksheet('Dekking')!;
}

/** A workbook made by `teamscan workbook`, where the team lead typed B17=4, B19=3 and C21=5 in the norms table. */
async function typeNorms(): Promise<string> {
  const first = join(OUT, 'first.xlsx');
  expect((await runCli(['workbook', '--from', TEAM, '--out', first])).code).toBe(0);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(first);
  const sheet = book.getWorksheet('Dekking')!;
  expect(sheet.getCell('A17').value).toBe('Bruggenbouwer');
  expect(sheet.getCell('B17').formula).toBe('IF($B$2="","",$B$2)');
  sheet.getCell('B17').value = 4;
  sheet.getCell('B19').value = 3;
  sheet.getCell('C21').value = 5;
  const typed = join(OUT, 'typed.xlsx');
  await book.xlsx.writeFile(typed);
  return typed;
}

let typed: string;
/** The source with typed norms, made once before the tests (which only read it), on a budget of its own. */
const workbookWithNorms = async () => typed;
beforeAll(async () => {
  typed = await typeNorms();
}, 120_000);

describe('workbook --from a workbook with typed norms', () => {
  test('keeps B17=4, B19=3, C21=5 in their areas’ rows and renews the other norms’ formulas', async () => {
    const source = await workbookWithNorms();
    const out = join(OUT, 'again.xlsx');
    const result = await runCli(['workbook', '--from', source, '--detail', 'kva', '--out', out]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Eigen normen uit de bron overgenomen voor: Bruggenbouwer, Coach, Innovator.');
    const sheet = await dekking(out);
    expect([sheet.getCell('B17').value, sheet.getCell('B19').value, sheet.getCell('C21').value]).toEqual([4, 3, 5]);
    expect(sheet.getCell('B18').formula).toBe('IF($B$2="","",$B$2)');
    expect(sheet.getCell('C17').formula).toBe('IF($B$3="","",$B$3)');
  });

  test('in English, and nothing is said for a source without a Dekking sheet', async () => {
    const source = await workbookWithNorms();
    const english = await runCli(['--lang', 'en', 'workbook', '--from', source, '--out', join(OUT, 'en.xlsx')]);
    expect(english.stdout).toContain('Own norms taken over from the source for: Bruggenbouwer, Coach, Innovator.');
    const plain = await runCli(['workbook', '--from', TEAM, '--out', join(OUT, 'plain.xlsx')]);
    expect(plain.stdout).not.toContain('normen');
  });
});
