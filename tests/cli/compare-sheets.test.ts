// `compare` reads a sheet per file (--sheet-eerder, --sheet-nu, FILE#SHEET; --sheet for both), so a "Scan …"
// snapshot compares with the Teammatrix of the same workbook; `report` and `compare` show the reader's warnings.

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { runCli } from './run-cli';

const place = mkdtempSync(join(tmpdir(), 'teamscan-compare-sheets-'));
const workbook = join(place, 'team.xlsx');
const SNAPSHOT = 'Scan 2025-06';

beforeAll(async () => {
  const book = new ExcelJS.Workbook();
  const rows = (coach: number) => [
    ['Naam', 'Coach', 'Adviseur'],
    ['Anna', coach, 2],
    ['Bram', 2, 2],
  ];
  book.addWorksheet('Teammatrix').addRows(rows(3));
  book.addWorksheet(SNAPSHOT).addRows(rows(1));
  await book.xlsx.writeFile(workbook);
});

const json = async (args: string[]) => {
  const result = await runCli([...args, '--json']);
  expect([result.code, result.stderr]).toEqual([0, '']);
  return JSON.parse(result.stdout) as { people: { name: string; changes: unknown[] }[] };
};
const ANNA_GREW = [{ name: 'Anna', changes: [{ area: 'coach', before: 1, now: 3 }] }];

test('docs/design.md#11-commands: a snapshot sheet against the Teammatrix of the same workbook: FILE#SHEET and --sheet-eerder', async () => {
  expect((await json(['compare', `${workbook}#${SNAPSHOT}`, workbook])).people).toEqual(ANNA_GREW);
  expect((await json(['compare', workbook, workbook, '--sheet-eerder', SNAPSHOT])).people).toEqual(ANNA_GREW);
  expect((await json(['compare', workbook, `${workbook}#Teammatrix`, '--sheet-eerder', SNAPSHOT])).people).toEqual(
    ANNA_GREW,
  );
  // --sheet-nu names the current round's sheet; --sheet still applies to both files.
  const back = await json(['compare', workbook, workbook, '--sheet', SNAPSHOT, '--sheet-nu', 'Teammatrix']);
  expect(back.people).toEqual(ANNA_GREW);
  expect((await json(['compare', workbook, workbook, '--sheet', SNAPSHOT])).people).toEqual([]);
});

test('docs/design.md#11-commands: the readable comparison names the sheets when they differ', async () => {
  const result = await runCli(['compare', `${workbook}#${SNAPSHOT}`, workbook, '--sheet-nu', 'Teammatrix']);
  expect(result.code).toBe(0);
  expect(result.stdout.split('\n')[0]).toBe(`Teamscan — van team.xlsx#${SNAPSHOT} naar team.xlsx#Teammatrix`);
});

test('docs/design.md#11-commands: a sheet given twice for one file must agree; help names the options (nl, en)', async () => {
  const result = await runCli(['compare', `${workbook}#${SNAPSHOT}`, workbook, '--sheet-eerder', 'Teammatrix']);
  expect([result.code, result.stderr]).toEqual([
    2,
    `${workbook}#${SNAPSHOT}: werkblad "${SNAPSHOT}" na # en --sheet-eerder "Teammatrix" spreken elkaar tegen; geef het werkblad één keer.\n`,
  ]);
  expect((await runCli(['compare', '--help'])).stdout).toMatch(/--sheet-eerder <naam>\s+werkblad van de eerdere ronde/);
  expect((await runCli(['--lang', 'en', 'compare', '--help'])).stdout).toMatch(
    /--sheet-nu <naam>\s+sheet of the current round/,
  );
});

test('docs/design.md#11-commands: a file whose own name holds "#" is read as that file', async () => {
  const hashed = join(place, 'team#2.csv');
  writeFileSync(hashed, 'Naam;Coach\nAnna;2\n');
  expect((await json(['compare', hashed, hashed])).people).toEqual([]);
});

describe("docs/design.md#9-reliability-and-privacy: report and compare print the reader's warnings on stderr, as analyze does", () => {
  const team = join(place, 'team.csv');
  writeFileSync(team, 'Naam;Coach;Adviseur\nAnna;2;3\n;3;1\nBram;1;2\n');
  const warning = 'team.csv: Regel 3 heeft waarden maar geen naam en is overgeslagen.\n';

  test('compare', async () => {
    const result = await runCli(['compare', team, team]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(`${warning}${warning}`);
    expect((await runCli(['compare', team, team, '--json'])).stderr).toBe(`${warning}${warning}`);
  });

  test('report', async () => {
    const out = join(place, 'rapport.html');
    const result = await runCli(['report', team, '--out', out]);
    expect([result.code, result.stderr]).toEqual([0, warning]);
    expect(readFileSync(out, 'utf8')).toContain('Anna');
  });
});
