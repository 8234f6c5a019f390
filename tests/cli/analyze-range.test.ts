// --bereik A1:H20 (--range): only that block of the sheet is read, by the rules of a formula's range (docs/design.md#5-reading-a-matrix):
// the header is found below title rows inside the block; a bad or empty range is refused naming the value.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CellValue } from '../../shared/matrix/grid';
import { runCli } from './run-cli';

const DIR = mkdtempSync(join(tmpdir(), 'teamscan-range-'));
function file(name: string, rows: CellValue[][]): string {
  const path = join(DIR, name);
  writeFileSync(path, `${rows.map((row) => row.map((cell) => cell ?? '').join(';')).join('\n')}\n`);
  return path;
}

/** A sheet with a notes column left of the matrix, a title inside the block and a second table under it. */
const SHEET = file('sheet.csv', [
  ['Overzicht', '', '', '', '', ''],
  ['Bijgewerkt door HR', '', '', '', '', ''],
  ['Notitie', '', 'Team Onderwijs 2026', '', '', ''],
  ['zie intranet', '', 'Naam', 'Coach', 'Adviseur', 'Innovator'],
  ['', '', 'Anna', 3, 2, 1],
  ['', '', 'Bram', 2, 4, 0],
  ['', '', 'Cor', 1, 1, 3],
  ['', '', '', '', '', ''],
  ['Vorig jaar', '', 'Naam', 'Coach', 'Adviseur', 'Innovator'],
  ['', '', 'Anna', 1, 1, 1],
  ['', '', 'Dewi', 4, 4, 4],
]);

async function json(args: string[]) {
  const result = await runCli([...args, '--json']);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout);
}

describe('--bereik reads one block of a sheet', () => {
  test('the block C3:F7: its title row skipped, three people, nothing of the table below', async () => {
    const report = await json(['analyze', SHEET, '--bereik', 'C3:F7']);
    expect(report.people).toBe(3);
    const coach = report.areas.find((area: { id: string }) => area.id === 'coach');
    expect(coach).toMatchObject({ covered: 2, scanned: 3 });
    // The notes column left of the block is not reported as a skipped column.
    expect(report.warnings).toEqual([]);
  });

  test('the second table of the same sheet, by its own block; English alias --range', async () => {
    const report = await json(['--lang', 'en', 'analyze', SHEET, '--range', 'c9:f11']);
    expect(report.people).toBe(2);
    expect(report.areas.find((area: { id: string }) => area.id === 'innovator').covered).toBe(1);
  });

  test('a cell inside the block is named where it sits in the sheet', async () => {
    const bad = file('bad-cell.csv', [
      ['', '', ''],
      ['', 'Naam', 'Coach'],
      ['', 'Anna', 'zeer goed'],
    ]);
    const result = await runCli(['analyze', bad, '--bereik', 'B2:C3']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('C3');
    expect(result.stderr).toContain('"zeer goed"');
  });

  test('report and compare read the same block', async () => {
    const out = join(DIR, 'report.html');
    const report = await runCli(['report', SHEET, '--bereik', 'C3:F7', '--out', out]);
    expect(report.code).toBe(0);
    const compare = await runCli(['compare', SHEET, SHEET, '--bereik', 'C3:F7', '--json']);
    expect(compare.code).toBe(0);
    expect(JSON.parse(compare.stdout).joined).toEqual([]);
  });
});

describe('a bad --bereik is refused naming the value', () => {
  test.each([['A1-H20'], ['A1'], ['Teammatrix'], ['1:20']])('%s is no range', async (value) => {
    const result = await runCli(['analyze', SHEET, '--bereik', value]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`--bereik "${value}" is geen bereik`);
    expect(result.stderr).toContain('A1:H20');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  test('in English, naming --range', async () => {
    const result = await runCli(['--lang', 'en', 'analyze', SHEET, '--range', 'A:B']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--range "A:B" is not a range');
  });

  test('beyond any sheet', async () => {
    const result = await runCli(['analyze', SHEET, '--bereik', 'A0:B3']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--bereik "A0:B3" gaat buiten een werkblad');
  });

  test('outside the used area of the sheet says so, naming the used area', async () => {
    const result = await runCli(['analyze', SHEET, '--bereik', 'H20:K30']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--bereik "H20:K30" ligt buiten het gebruikte deel van sheet.csv (A1:F11)');
  });

  test('an empty block inside the used area says so', async () => {
    const result = await runCli(['--lang', 'en', 'analyze', SHEET, '--range', 'B1:B11']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--range "B1:B11" is empty in sheet.csv (used area: A1:F11)');
  });
});

test('--help names --bereik and its English alias, in both languages', async () => {
  const nl = await runCli(['analyze', '--help']);
  expect(nl.stdout).toContain('--bereik, --range <bereik>');
  expect(nl.stdout).toContain('lees alleen dit blok van het blad');
  const en = await runCli(['--lang', 'en', 'workbook', '--help']);
  expect(en.stdout).toContain('read only this block of the sheet');
});
