// `teamscan collect` on the returns that go wrong: a matrix changed meanwhile (conflict), a file of another team
// or profile, a renamed file, two files for one person, a half-filled file, an unreadable answer; and
// `teamscan selfscan` refusing a folder that holds its files.

import { mkdtempSync } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readXlsx } from '../../cli/read/xlsx';
import { sheetData, workbookParts, zip } from '../fixtures/xlsx/build-xlsx';
import { runCli } from './run-cli';
import { answer, answerCells, NAMES, teamRows, writeTeamCsv, writeTeamXlsx } from './selfscan-team';

const work = mkdtempSync(join(tmpdir(), 'teamscan-collect-'));
let case_ = 0;

/** A fresh team (.csv, areas) with its personal workbooks in a folder of their own. */
async function setUp(): Promise<{ team: string; folder: string; file: (name: string) => string; dir: string }> {
  const dir = join(work, `case-${case_++}`);
  await mkdir(dir);
  const team = join(dir, 'team.csv');
  await writeTeamCsv(team, teamRows('gebieden'));
  const folder = join(dir, 'zelfscans');
  const made = await runCli(['selfscan', team, '--out', folder]);
  expect(made.code).toBe(0);
  return { team, folder, dir, file: (name) => join(folder, `Zelfscan ${name}.xlsx`) };
}

async function collect(args: readonly string[]) {
  const result = await runCli(['collect', ...args, '--json']);
  expect(result).toMatchObject({ code: 0, stderr: '' });
  return JSON.parse(result.stdout);
}

test('a cell changed in the matrix since the self-scan is a conflict: listed, not applied, unless --force', async () => {
  const { team, folder, file, dir } = await setUp();
  const [first, second] = await answerCells(file('Anna Jansen'));
  await answer(file('Anna Jansen'), { [first!.cell]: 3, [second!.cell]: '2 - Bekwaam' });
  // Meanwhile the team lead sets Anna's first area to 1 in the matrix.
  const rows = teamRows('gebieden');
  rows[1]![1] = 1;
  await writeTeamCsv(team, rows);
  const out = join(dir, 'out.xlsx');
  const json = await collect([folder, '--into', team, '--out', out]);
  expect(json.conflicts).toEqual([
    { name: 'Anna Jansen', column: first!.header, start: '0', before: '1', now: 3, applied: false },
  ]);
  expect(json.changes).toEqual([{ name: 'Anna Jansen', column: second!.header, before: '1', now: 2 }]);
  const written = await readXlsx(out, undefined, 'Teammatrix');
  expect(written.values[1]!.slice(0, 3)).toEqual(['Anna Jansen', '1', 2]);

  const text = await runCli(['collect', folder, '--into', team]);
  expect(text.stdout).toContain(`Anna Jansen — ${first!.header}: bij het maken 0, nu in de matrix 1, antwoord 3`);
  expect(text.stdout).toContain('geef --force');

  const forced = join(dir, 'forced.xlsx');
  const json2 = await collect([folder, '--into', team, '--out', forced, '--force']);
  expect(json2.conflicts[0].applied).toBe(true);
  expect((await readXlsx(forced, undefined, 'Teammatrix')).values[1]!.slice(0, 3)).toEqual(['Anna Jansen', 3, 2]);
});

test('a file from another team or another detail is refused, naming the file; --team-changed takes a changed team', async () => {
  const { team, folder, file, dir } = await setUp();
  const other = join(dir, 'ander-team.csv');
  const otherNames = NAMES.map((name, i) => (i === 0 ? name : `${name} X`));
  await writeTeamCsv(other, teamRows('gebieden', otherNames));
  const [first] = await answerCells(file('Anna Jansen'));
  await answer(file('Anna Jansen'), { [first!.cell]: 4 });
  const foreign = await collect([file('Anna Jansen'), '--into', other]);
  expect(foreign.refused).toEqual([expect.objectContaining({ kind: 'otherTeam', file: 'Zelfscan Anna Jansen.xlsx' })]);
  expect(foreign.changes).toEqual([]);
  const taken = await collect([file('Anna Jansen'), '--into', other, '--team-changed']);
  expect(taken.changes).toHaveLength(1);

  const detailed = join(dir, 'kva.csv');
  await writeTeamCsv(detailed, teamRows('kva'));
  const profile = await collect([folder, '--into', detailed]);
  expect(profile.refused).toHaveLength(12);
  expect(profile.refused[0]).toMatchObject({ kind: 'otherProfile', profile: 'npuls', detail: 'gebieden' });
  expect(profile.returned).toEqual([]);
  void team;
});

test('a renamed file is matched by its record; two files for one person are both refused', async () => {
  const { team, folder, file } = await setUp();
  const [first] = await answerCells(file('Bram de Vries'));
  await answer(file('Bram de Vries'), { [first!.cell]: 4 });
  await rename(file('Bram de Vries'), join(folder, 'mijn scan (definitief).xlsx'));
  const json = await collect([folder, '--into', team]);
  expect(json.returned).toContainEqual({ name: 'Bram de Vries', file: 'mijn scan (definitief).xlsx' });
  expect(json.changes).toEqual([{ name: 'Bram de Vries', column: first!.header, before: '1', now: 4 }]);

  await copyFile(join(folder, 'mijn scan (definitief).xlsx'), join(folder, 'kopie.xlsx'));
  const twice = await collect([folder, '--into', team]);
  expect(twice.refused).toEqual([
    expect.objectContaining({
      kind: 'duplicate',
      name: 'Bram de Vries',
      files: ['kopie.xlsx', 'mijn scan (definitief).xlsx'],
    }),
  ]);
  expect(twice.changes).toEqual([]);
  expect(twice.notReturned).toEqual(['Bram de Vries']);
});

test('a half-filled file: empty answers never clear a level; an unreadable answer is named, not guessed', async () => {
  const { team, folder, file } = await setUp();
  const cells = await answerCells(file('Chantal Bakker'));
  await answer(file('Chantal Bakker'), {
    [cells[0]!.cell]: null,
    [cells[1]!.cell]: null,
    [cells[2]!.cell]: 'heel goed',
    [cells[3]!.cell]: 'Gevorderd',
  });
  const json = await collect([file('Chantal Bakker'), '--into', team]);
  expect(json.returned).toEqual([{ name: 'Chantal Bakker', file: 'Zelfscan Chantal Bakker.xlsx' }]);
  expect(json.notReturned).toHaveLength(11);
  expect(json.changes).toEqual([{ name: 'Chantal Bakker', column: cells[3]!.header, before: '0', now: 3 }]);
  expect(json.unreadable).toEqual([{ file: 'Zelfscan Chantal Bakker.xlsx', cell: cells[2]!.cell, value: 'heel goed' }]);
  const text = await runCli(['collect', folder, '--into', team]);
  expect(text.stdout).toContain(`Zelfscan Chantal Bakker.xlsx, cel ${cells[2]!.cell}: "heel goed" is geen niveau`);
  expect(text.stdout).toContain('Teruggekomen: 12 van 12');
});

test('a damaged file, a workbook without the record, or with an altered record, is refused by name; the rest is taken', async () => {
  const { team, folder, file, dir } = await setUp();
  const plain = join(dir, 'los.xlsx');
  const ExcelJS = (await import('exceljs')).default;
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Zelfscan').getCell('B2').value = 'Anna Jansen';
  await workbook.xlsx.writeFile(plain);
  const altered = new ExcelJS.Workbook();
  await altered.xlsx.readFile(file('Dirk van Dijk'));
  altered.getWorksheet('Teamscan-zelfscan')!.getCell('E11').value = 2;
  await altered.xlsx.writeFile(file('Dirk van Dijk'));
  const damaged = join(dir, 'kapot.xlsx');
  await writeFile(damaged, 'geen zip');
  const [first] = await answerCells(file('Eva Smit'));
  await answer(file('Eva Smit'), { [first!.cell]: 0 });
  const json = await collect([damaged, plain, file('Dirk van Dijk'), file('Eva Smit'), '--into', team]);
  expect(json.refused.map((refusal: { kind: string; file: string }) => [refusal.kind, refusal.file])).toEqual([
    ['unreadableFile', 'kapot.xlsx'],
    ['noRecord', 'los.xlsx'],
    ['altered', 'Zelfscan Dirk van Dijk.xlsx'],
  ]);
  expect(json.refused[0].message).toMatch(/^kapot\.xlsx: /);
  expect(json.changes).toEqual([{ name: 'Eva Smit', column: first!.header, before: '4', now: 0 }]);
  void folder;
});

test('selfscan refuses a folder holding its files unless --overwrite; --out of collect never replaces the team file', async () => {
  const { team, folder } = await setUp();
  const before = await readFile(join(folder, 'Zelfscan Anna Jansen.xlsx'));
  const again = await runCli(['selfscan', team, '--out', folder]);
  expect(again.code).toBe(2);
  expect(again.stderr).toContain('Zelfscan Anna Jansen.xlsx');
  expect(again.stderr).toContain('--overwrite');
  expect(await readFile(join(folder, 'Zelfscan Anna Jansen.xlsx'))).toEqual(before);
  const replaced = await runCli(['selfscan', team, '--out', folder, '--overwrite']);
  expect(replaced.code).toBe(0);
  expect((await readdir(folder)).filter((name) => name.startsWith('.'))).toEqual([]);

  const xlsxTeam = join(folder, '..', 'team.xlsx');
  await writeTeamXlsx(xlsxTeam, teamRows('gebieden'));
  const onInput = await runCli(['collect', folder, '--into', xlsxTeam, '--out', xlsxTeam, '--overwrite']);
  expect(onInput.code).toBe(2);
  expect(onInput.stderr).toContain('invoerbestand');
});

test('the log of a team workbook is continued below its rows, with the source column', async () => {
  const { folder, file, dir } = await setUp();
  const ExcelJS = (await import('exceljs')).default;
  const team = join(dir, 'team.xlsx');
  await writeTeamXlsx(team, teamRows('gebieden'));
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(team);
  const log = workbook.addWorksheet('Teamscan-log', { state: 'hidden' });
  log.addRow(['Tijd', 'Naam', 'Kolom', 'Eerder', 'Nu']);
  log.addRow([new Date(Date.UTC(2026, 0, 5)), 'Eva Smit', 'Coach', 1, 2]);
  await workbook.xlsx.writeFile(team);
  const [first] = await answerCells(file('Joost Peters'));
  await answer(file('Joost Peters'), { [first!.cell]: 'Nog niet' });
  const out = join(dir, 'met-log.xlsx');
  const text = await runCli(['collect', folder, '--into', team, '--out', out]);
  expect(text).toMatchObject({ code: 0, stderr: '' });
  expect(text.stdout).toContain(`Joost Peters — ${first!.header}: 4 → 0`);
  expect(text.stdout).not.toContain('Let op');
  const rows = (await readXlsx(out, 'Teamscan-log', 'Teamscan-log')).values;
  expect(rows[0]).toEqual(['Tijd', 'Naam', 'Kolom', 'Eerder', 'Nu', 'Bron']);
  expect(rows[1]!.slice(1)).toEqual(['Eva Smit', 'Coach', 1, 2]);
  expect(rows.slice(2).map((row) => row.slice(1))).toEqual([['Joost Peters', first!.header, 4, 0, 'zelfscan']]);
});

test('in English: the files, their texts and the answer follow --lang en', async () => {
  const dir = join(work, 'english');
  await mkdir(dir);
  const team = join(dir, 'team.csv');
  await writeTeamCsv(team, teamRows('gebieden'));
  const folder = join(dir, 'self-scans');
  const made = await runCli(['--lang', 'en', 'selfscan', team, '--out', folder]);
  expect(made.stdout).toContain('12 personal workbooks written');
  const eva = join(folder, 'Self-scan Eva Smit.xlsx');
  const [first] = await answerCells(eva);
  const scan = await readXlsx(eva, undefined, 'Self-scan');
  expect(scan.values[9]!.slice(0, 1)).toEqual([first!.header]);
  expect(JSON.stringify(scan.values)).toContain('a development instrument, not an appraisal');
  await answer(eva, { [first!.cell]: 'n/a / cannot judge' });
  const collected = await runCli(['--lang', 'en', 'collect', folder, '--into', team]);
  expect(collected.stdout).toContain('Returned: 12 of 12');
  expect(collected.stdout).toContain(`Eva Smit — ${first!.header}: 4 → n.v.t.`);
  expect(collected.stdout).toContain('Nothing written yet');
});

test('a team workbook with a chart: collect says the new file will miss it', async () => {
  const { folder, dir } = await setUp();
  const team = join(dir, 'met-grafiek.xlsx');
  const rows = teamRows('gebieden');
  const parts = [
    ...workbookParts([{ name: 'Teammatrix', body: sheetData(rows) }]),
    {
      name: 'xl/charts/chart1.xml',
      data: Buffer.from('<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"/>'),
    },
  ];
  await writeFile(team, zip(parts));
  const result = await runCli(['collect', folder, '--into', team, '--out', join(dir, 'nieuw.xlsx')]);
  expect(result).toMatchObject({ code: 0, stderr: '' });
  expect(result.stdout).toContain('Let op: dit teambestand heeft grafieken');
});
