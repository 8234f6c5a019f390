// `teamscan workbook --from` with the reading options (docs/design.md#5-reading-a-matrix, docs/design.md#11-commands): an existing workbook as
// it is becomes a no-install workbook whose own reading and formulas give what `analyze` gives, its levels in 0–4.

import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { CellValue } from '../../shared/matrix/grid';
import { idNameCsv } from '../support/existing-layouts';
import { runCli } from './run-cli';
import { semicolonCsv as csv, scratchFolder } from './scratch';

const { dir: DIR, file } = scratchFolder('teamscan-from-reading-');
const PROFILE = file('skills.csv', 'SQL;Data\nPython;Data\nExcel;Office\n');

async function json(args: string[]) {
  const result = await runCli([...args, '--json']);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout);
}

/** A written sheet as plain values, formulas by their cached result. */
async function sheetValues(path: string, name: string): Promise<CellValue[][]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  const rows: CellValue[][] = [];
  book.getWorksheet(name)!.eachRow((row, r) => {
    rows[r - 1] = [];
    row.eachCell((cell, c) => {
      const value = cell.type === ExcelJS.ValueType.Formula ? (cell.model as { result?: unknown }).result : cell.value;
      rows[r - 1]![c - 1] = value as CellValue;
    });
  });
  return Array.from(rows, (row) => Array.from(row ?? [], (cell) => cell ?? null));
}

describe('a 1–5 matrix with skills as rows', () => {
  const source = file(
    'rows-15.csv',
    csv([
      ['Skill', 'Required', 'Anna', 'Bram', 'Chris', 'Dewi'],
      ['SQL', 3, 4, 2, 5, 1],
      ['Python', 4, 3, 3, 2, 1],
      ['Excel', 2, 5, 1, 1, 3],
    ]),
  );
  const out = join(DIR, 'rows-15.xlsx');
  const options = ['--profiel', PROFILE, '--transponeer', '--schaal', '1-5', '--drempel', '4'];

  test('turned and converted to 0–4, with a note; the threshold 4 on 1–5 is 3 in the workbook', async () => {
    const result = await runCli(['workbook', '--from', source, ...options, '--out', out]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('4 personen');
    expect(result.stdout).toContain('Niveaus omgezet naar 0–4 (schaal 1-5; 12 cellen)');
    expect(result.stdout).toContain('Namen uit kolom "Skill" staan in het nieuwe werkboek onder de kop Naam.');
    const matrix = await sheetValues(out, 'Teammatrix');
    expect(matrix.slice(0, 5).map((row) => row.slice(0, 4))).toEqual([
      ['Naam', 'SQL', 'Python', 'Excel'],
      ['Anna', 3, 2, 4],
      ['Bram', 1, 2, 0],
      ['Chris', 4, 1, 0],
      ['Dewi', 0, 0, 2],
    ]);
    const dashboard = await sheetValues(out, 'Dekking');
    expect(dashboard[1]!.slice(0, 2)).toEqual(['Drempel', 3]);
  });

  test("the workbook's own formulas and its reading give what analyze gives on the source", async () => {
    const source15 = await json(['analyze', source, ...options]);
    const written = await json(['analyze', out, '--profiel', out, '--drempel', '3']);
    const covered = (report: { areas: { id: string; covered: number; scanned: number }[] }) =>
      report.areas.map(({ id, covered: c, scanned }) => [id, c, scanned]);
    expect(covered(written)).toEqual(covered(source15));
    const dashboard = await sheetValues(out, 'Dekking');
    const data = dashboard.find((row) => row[0] === 'Data')!;
    expect(data[1]).toBe(source15.areas.find((area: { id: string }) => area.id === 'data').covered);
  });
});

describe('a 0/1 matrix with an ID column first and the names under "ID-name"', () => {
  const items = ['SQL', 'Python', 'Excel'];
  const source = file('id-name.csv', idNameCsv(items));

  test('the names are carried under Naam, not lost beside an empty name column', async () => {
    const out = join(DIR, 'id-name.xlsx');
    const result = await runCli(['workbook', '--from', source, '--profiel', PROFILE, '--out', out]);
    expect(result.code).toBe(0);
    // Without --schaal the 1s go in as level 1: the command warns as analyze does.
    expect(result.stdout).toContain('Alleen 0 en 1 (bijv. C');
    const written = await json(['analyze', out, '--profiel', out]);
    expect([written.people, written.scanned]).toEqual([44, 44]);
    const matrix = await sheetValues(out, 'Teammatrix');
    expect(matrix[0]!.slice(0, 2)).toEqual(['ID', 'Naam']);
    expect(matrix[1]!.slice(0, 2)).toEqual(['10', 'Person A0']);
  });

  test('--schaal ja-nee: held is 2, not held 0, and an area is covered by whoever holds any item, as analyze counts', async () => {
    const out = join(DIR, 'id-name-yes-no.xlsx');
    const result = await runCli([
      '--lang',
      'en',
      'workbook',
      '--from',
      source,
      '--profiel',
      PROFILE,
      '--schaal',
      'ja-nee',
      '--out',
      out,
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Levels converted to 0–4 (scale ja-nee; 132 cells)');
    expect(result.stdout).toContain(
      'the new workbook counts an area as covered by whoever holds any of its competencies, as teamscan analyze does',
    );
    const matrix = await sheetValues(out, 'Teammatrix');
    const levels = new Set(matrix.slice(1, 45).flatMap((row) => row.slice(2, 5)));
    expect([...levels].sort()).toEqual([0, 2]);
    // The Dekking sheet's cached Gedekt and Gescand per area are what analyze counts on the source.
    const source01 = await json(['analyze', source, '--profiel', PROFILE, '--schaal', 'ja-nee']);
    const dashboard = await sheetValues(out, 'Dekking');
    const shown = ['Data', 'Office'].map((role) => {
      const row = dashboard.find((cells) => cells[0] === role)!;
      return [role, row[1], row[4]];
    });
    const counted = (report: { areas: { covered: number; scanned: number }[] }) =>
      report.areas.map((area, a) => [['Data', 'Office'][a], area.covered, area.scanned]);
    expect(shown).toEqual(counted(source01));
    // Averaged, Data (SQL and Python) would be covered only by people holding both: fewer than analyze counts.
    const both = matrix.slice(1, 45).filter((row) => row[2] === 2 && row[3] === 2).length;
    expect(source01.areas[0].covered).toBeGreaterThan(both);
  });
});

describe('--naamkolom, --bereik and a Niveaus block', () => {
  test('--naamkolom Login: the logins are the names, the Name column stays as a column', async () => {
    const source = file(
      'login.csv',
      csv([
        ['Name', 'Login', 'SQL', 'Python', 'Excel'],
        ['Ada Jansen', 'ajansen', 2, 3, 0],
        ['Ben de Vries', 'bdevries', 1, 4, 2],
      ]),
    );
    const out = join(DIR, 'login.xlsx');
    const result = await runCli([
      'workbook',
      '--from',
      source,
      '--profiel',
      PROFILE,
      '--naamkolom',
      'Login',
      '--out',
      out,
    ]);
    expect(result.code).toBe(0);
    const matrix = await sheetValues(out, 'Teammatrix');
    expect(matrix[0]!.slice(0, 3)).toEqual(['Naam', 'Name', 'SQL']);
    expect(matrix[1]!.slice(0, 3)).toEqual(['ajansen', 'Ada Jansen', 2]);
    const written = await json(['analyze', out, '--profiel', out]);
    expect(written.people).toBe(2);
  });

  test('--bereik: the block of a larger sheet, its title row left out', async () => {
    const source = file(
      'block.csv',
      csv([
        ['Overzicht', '', '', ''],
        ['', 'Team 2026', '', ''],
        ['', 'Naam', 'Coach', 'Adviseur'],
        ['', 'Anna', 3, 2],
        ['', 'Bram', 1, 4],
        ['', '', '', ''],
        ['Archief', 'Naam', 'Coach', 'Adviseur'],
        ['', 'Cor', 0, 0],
      ]),
    );
    const out = join(DIR, 'block.xlsx');
    const result = await runCli(['workbook', '--from', source, '--bereik', 'B2:D5', '--out', out]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('2 personen');
    const matrix = await sheetValues(out, 'Teammatrix');
    expect(matrix.slice(0, 3).map((row) => row.slice(0, 3))).toEqual([
      ['Naam', 'Coach', 'Adviseur'],
      ['Anna', 3, 2],
      ['Bram', 1, 4],
    ]);
  });

  test("a custom profile's Niveaus block: its words become levels 0–4", async () => {
    const profile = file('levels.csv', 'SQL;Data\nPython;Data\nExcel;Office\n\nNiveaus\nlaag;1\nmidden;2\nhoog;3\n');
    const source = file(
      'words.csv',
      csv([
        ['Naam', 'SQL', 'Python', 'Excel'],
        ['Anna', 'hoog', 'laag', 'midden'],
        ['Bram', 'laag', 'midden', ''],
      ]),
    );
    const out = join(DIR, 'words.xlsx');
    const result = await runCli(['workbook', '--from', source, '--profiel', profile, '--out', out]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Niveaus omgezet naar 0–4 (schaal eigen; 5 cellen)');
    const matrix = await sheetValues(out, 'Teammatrix');
    expect(matrix.slice(1, 3).map((row) => row.slice(0, 4))).toEqual([
      ['Anna', 3, 1, 2],
      ['Bram', 1, 2],
    ]);
  });

  test('reading options without --from are refused naming them', async () => {
    const result = await runCli(['workbook', '--schaal', '1-5', '--bereik', 'A1:B2', '--out', join(DIR, 'x.xlsx')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--schaal, --bereik: zegt hoe het bestand van --from gelezen wordt');
  });
});
