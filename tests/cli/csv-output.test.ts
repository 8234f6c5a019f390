// The readable output of `teamscan analyze` at scale: capped name lists and numbers written as the reader writes them.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatNumber, NAMES_LISTED, nameList } from '../../cli/format';
import { runCli } from './run-cli';

const work = mkdtempSync(join(tmpdir(), 'teamscan-output-'));
const PEOPLE = 1080;
const TEAM = join(work, 'groot-team.csv');
const names = Array.from({ length: PEOPLE }, (_, i) => `Persoon ${i + 1}`);
// Everyone below the threshold on Basis and Bruggenbouwer; only the first three cover Coach; nobody scanned on
// the rest (not scanned: no candidates).
writeFileSync(
  TEAM,
  ['Naam;Basis;Coach;Bruggenbouwer', ...names.map((name, i) => `${name};1;${i < 3 ? 3 : 1};1`)].join('\n'),
);

const firstTen = names.slice(0, NAMES_LISTED).join(', ');

test('Dutch: name lists show the first ten, then "… en 1.070 anderen"; counts use the Dutch thousands separator', async () => {
  const result = await runCli(['analyze', TEAM, '--drempel', '2.5']);
  expect(result.code).toBe(0);
  const lines = result.stdout.split('\n');
  expect(lines[0]).toBe('Teamscan — profiel npuls, drempel 2,5, doel 2 personen');
  expect(lines[1]).toBe('1.080 personen, 1.080 gescand');
  expect(lines).toContain(`Basis: gat — onder de drempel: ${firstTen} … en 1.070 anderen`);
  expect(lines).toContain(`  Bruggenbouwer: ${firstTen} … en 1.070 anderen`);
  expect(result.stdout).toMatch(/^Basis\s+0\s+0\s+0\s+1\.080\s+gat$/m);
  expect(result.stdout.length).toBeLessThan(3000);
});

test('English: "… and 1,070 others", 1,080 and 2.5', async () => {
  const result = await runCli(['--lang', 'en', 'analyze', TEAM, '--drempel', '2.5']);
  expect(result.code).toBe(0);
  expect(result.stdout).toContain('threshold 2.5, target 2 people');
  expect(result.stdout).toContain('1,080 people, 1,080 scanned');
  expect(result.stdout).toContain(`Basis: gap — below the threshold: ${firstTen} … and 1,070 others`);
});

test('the JSON keeps every name', async () => {
  const report = JSON.parse((await runCli(['analyze', TEAM, '--json'])).stdout);
  expect(report.everyone[0].below).toHaveLength(PEOPLE);
});

test('lists of ten or fewer are shown whole; numbers in nl and en', async () => {
  expect(nameList(names.slice(0, 10), 'nl')).toBe(firstTen);
  expect(nameList(names.slice(0, 11), 'nl')).toBe(`${firstTen} … en 1 andere`);
  expect(nameList(names.slice(0, 11), 'en')).toBe(`${firstTen} … and 1 other`);
  expect(formatNumber(1234567.891, 'nl')).toBe('1.234.567,89');
  expect(formatNumber(2.25, 'en')).toBe('2.25');
  expect(formatNumber(3, 'nl')).toBe('3');
});

test('skipped columns: the first 10 named, then a count, in .csv and .xlsx alike', async () => {
  const extra = Array.from({ length: 14 }, (_, i) => `Extra ${i + 1}`);
  const rows = [
    ['Naam', 'Coach', ...extra],
    ['Anna', '2', ...extra.map(() => 'x')],
  ];
  const csv = join(work, 'breed.csv');
  writeFileSync(csv, rows.map((row) => row.join(';')).join('\n'));
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Teammatrix').addRows(rows);
  const xlsx = join(work, 'breed.xlsx');
  await workbook.xlsx.writeFile(xlsx);
  for (const [file, sheet] of [
    [csv, ''],
    [xlsx, 'Teammatrix!'],
  ] as const) {
    const warnings: string[] = JSON.parse((await runCli(['analyze', file, '--json'])).stdout).warnings;
    expect(warnings).toHaveLength(11);
    expect(warnings[0]).toBe(`Kolom ${sheet}C1 ("Extra 1") hoort niet bij het profiel en is overgeslagen.`);
    expect(warnings[9]).toBe(`Kolom ${sheet}L1 ("Extra 10") hoort niet bij het profiel en is overgeslagen.`);
    expect(warnings[10]).toBe('… en 4 andere kolommen (ook overgeslagen).');
  }
});
