// `teamscan analyze` refusals: a bad cell, a doubled column, a missing or unsupported or unreadable file; exit 2.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { runCli } from './run-cli';

const work = mkdtempSync(join(tmpdir(), 'teamscan-cli-'));

describe('teamscan analyze errors', () => {
  test('a bad cell exits 2 naming the file, cell and value', async () => {
    const file = join(work, 'bad.csv');
    writeFileSync(file, 'Naam;Coach;Adviseur\nAnna;2;3\nBram;hoog;1\n');
    const result = await runCli(['analyze', file, '--json']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('bad.csv: Cel B3: "hoog" is geen niveau');
  });

  test('two columns for one competency exit 2 naming both', async () => {
    const file = join(work, 'double.csv');
    writeFileSync(file, 'Naam,Adviseur,ADV\nAnna,2,3\n');
    const result = await runCli(['analyze', file]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('B1');
    expect(result.stderr).toContain('C1');
  });

  test('a bad cell in an .xlsx names its sheet', async () => {
    const file = join(work, 'bad.xlsx');
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Teammatrix');
    sheet.addRows([
      ['Naam', 'Coach'],
      ['Anna', 'super'],
    ]);
    await workbook.xlsx.writeFile(file);
    const result = await runCli(['--lang', 'en', 'analyze', file]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Cell Teammatrix!B2: "super" is not a level');
  });

  test('a missing file or unsupported type exits 2', async () => {
    const missing = await runCli(['analyze', join(work, 'nope.csv')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nope.csv: bestand niet gevonden');
    const other = join(work, 'team.ods');
    writeFileSync(other, '');
    expect((await runCli(['analyze', other])).stderr).toBe(
      'team.ods: alleen .csv en .xlsx worden gelezen (en .txt als .csv).\n',
    );
    expect((await runCli(['--lang', 'en', 'analyze', other])).stderr).toBe(
      'team.ods: only .csv and .xlsx are read (and .txt as .csv).\n',
    );
  });
});

test('an unreadable .xlsx is refused in the reader’s language only', async () => {
  const broken = join(work, 'kapot.xlsx');
  writeFileSync(broken, 'geen zip');
  const dutch = await runCli(['analyze', broken]);
  expect(dutch.code).toBe(2);
  expect(dutch.stderr).toMatch(/^kapot\.xlsx: is een tekstbestand \(zoals CSV\), geen \.xlsx-werkmap/);
  expect(dutch.stderr).not.toContain('text file');
  const english = await runCli(['--lang', 'en', 'analyze', broken]);
  expect(english.stderr).toMatch(/^kapot\.xlsx: is a text file \(such as CSV\), not an \.xlsx workbook/);
  expect(english.stderr).not.toContain('tekstbestand');
});
