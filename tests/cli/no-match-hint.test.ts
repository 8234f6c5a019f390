// The first refusal of a file that matches no profile (docs/design.md#5-reading-a-matrix) says how to write one, with the file's own headers
// as the example, or names the built-in profile or the other sheet of the same workbook that does match.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { CellValue } from '../../shared/matrix/grid';
import { runCli } from './run-cli';

const DIR = mkdtempSync(join(tmpdir(), 'teamscan-no-match-'));
function csvFile(name: string, rows: CellValue[][]): string {
  const path = join(DIR, name);
  writeFileSync(path, `${rows.map((row) => row.map((cell) => cell ?? '').join(';')).join('\n')}\n`);
  return path;
}

/** An .xlsx with the given sheets, in order, as a spreadsheet program writes them. */
async function xlsxFile(name: string, sheets: Record<string, CellValue[][]>): Promise<string> {
  const book = new ExcelJS.Workbook();
  for (const [sheetName, rows] of Object.entries(sheets)) {
    const sheet = book.addWorksheet(sheetName);
    for (const row of rows) sheet.addRow(row);
  }
  const path = join(DIR, name);
  await book.xlsx.writeFile(path);
  return path;
}

const OWN_SKILLS: CellValue[][] = [
  ['Employee ID', 'Login', 'SQL', 'Python', 'Excel', 'Presenting'],
  [16, 'ajansen', 3, 1, 0, 2],
  [27, 'bdevries', 0, 2, 4, 1],
];
const NPULS_TEAM: CellValue[][] = [
  ['Naam', 'Coach', 'Adviseur', 'Innovator'],
  ['Anna', 3, 2, 1],
  ['Bram', 2, 4, 0],
];

describe('a file of its own skills', () => {
  const path = csvFile('own.csv', OWN_SKILLS);

  test('the message gives one line with an example profile of its own headers (not the ids or names)', async () => {
    const result = await runCli(['analyze', path]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      'Bijv.: zet "SQL", "Python", "Excel" onder elkaar in profiel.csv (één kop per regel, het gebied er eventueel naast) en geef --profiel profiel.csv.',
    );
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  test('in English', async () => {
    const result = await runCli(['--lang', 'en', 'analyze', path]);
    expect(result.stderr).toContain('E.g.: put "SQL", "Python", "Excel" one below the other in profile.csv');
  });
});

test('headers of another built-in profile name it instead', async () => {
  const path = csvFile('kennisnet.csv', [
    ['Naam', 'Digitale geletterdheid', 'Leersituatie', 'Professionalisering'],
    ['Anna', 2, 3, 1],
  ]);
  const result = await runCli(['analyze', path]);
  expect(result.code).toBe(2);
  expect(result.stderr).toContain('Deze koppen passen wel bij het ingebouwde profiel kennisnet: --profiel kennisnet.');
  expect(result.stderr).not.toContain('Bijv.:');
});

describe('a workbook whose matrix is on another sheet', () => {
  test('names that sheet with --sheet and FILE#SHEET, which then read it', async () => {
    const path = await xlsxFile('team.xlsx', {
      Uitleg: [['Vul per persoon een regel in'], ['Niveaus 0 tot 4'], ['Vragen: HR']],
      Skills: OWN_SKILLS,
      Team: NPULS_TEAM,
    });
    const result = await runCli(['analyze', path]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      'Werkblad "Team" van dit bestand past wel bij profiel npuls: lees dat blad met --sheet "Team" (of team.xlsx#Team).',
    );
    for (const args of [[`${path}#Team`], [path, '--sheet', 'Team']]) {
      const read = await runCli(['analyze', ...args, '--json']);
      expect(read.code).toBe(0);
      expect(JSON.parse(read.stdout).people).toBe(2);
    }
  });

  test('an empty first sheet points to the matrix too, in English', async () => {
    const path = await xlsxFile('empty-first.xlsx', { Blad1: [], Team: NPULS_TEAM });
    const result = await runCli(['--lang', 'en', 'analyze', path]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Sheet "Team" of this file does match profile npuls');
  });

  test('report and workbook --from read FILE#SHEET as well', async () => {
    const path = await xlsxFile('team-2.xlsx', { Uitleg: [['Zie HR']], Team: NPULS_TEAM });
    const report = await runCli(['report', `${path}#Team`, '--out', join(DIR, 'team.html')]);
    expect(report.code).toBe(0);
    const workbook = await runCli(['workbook', '--from', `${path}#Team`, '--out', join(DIR, 'from-team.xlsx')]);
    expect(workbook.code).toBe(0);
    expect(workbook.stdout).toContain('2 personen');
  });
});
