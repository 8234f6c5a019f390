// `teamscan report --persoon`: the second view from the workbook's sheet Tweede blik or --tweede FILE[#SHEET], the plan from
// its sheet Ontwikkelplan; the team and anonymous reports never read a second view.

import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { splitFileSheet } from '../../cli/commands/report-conversation';
import { runCli } from './run-cli';

const work = mkdtempSync(join(tmpdir(), 'teamscan-conversation-'));
const HEADER = ['Naam', 'Basis', 'Adviseur', 'Coach', 'Ontwikkelwens Coach'];
const MATRIX = [HEADER, ['Anna', 2, 1, 3, 'ja'], ['Bram', 3, 2, 0, null], ['Chris', 1, 4, 2, null]];
const SECOND = [
  [...HEADER, 'Tweede blik door'],
  ['Anna', 2, 3, 0, null, 'Dewi'],
  ['Bram', null, null, null, null, null],
];
const PLAN = [
  ['Naam', 'Gebied', 'Competentie', 'Nu', 'Doel', 'Actie', 'Met wie', 'Wanneer', 'Status'],
  ['Anna', 'Adviseur', '', '', 2, 'Meelopen bij adviesgesprekken', 'Chris', 'Q2', 'open'],
];

async function workbook(name: string, sheets: Record<string, unknown[][]>): Promise<string> {
  const book = new ExcelJS.Workbook();
  for (const [sheet, rows] of Object.entries(sheets)) book.addWorksheet(sheet).addRows(rows);
  const file = join(work, name);
  await book.xlsx.writeFile(file);
  return file;
}

async function report(args: string[], out: string) {
  const result = await runCli(['report', ...args, '--out', join(work, out)]);
  return { ...result, html: result.code === 0 ? readFileSync(join(work, out), 'utf8') : '' };
}

test('the workbook’s own sheets: the second view beside the self-scan and the plan, in the personal report', async () => {
  const file = await workbook('team.xlsx', { Teammatrix: MATRIX, 'Tweede blik': SECOND, Ontwikkelplan: PLAN });
  const { code, stderr, html } = await report([file, '--persoon', 'Anna'], 'anna.html');
  expect([code, stderr]).toEqual([0, '']);
  expect(html).toContain('Om te bespreken');
  expect(html).toContain('Adviseur: zelf 1, tweede blik 3');
  expect(html).toContain('Tweede blik door Dewi');
  expect(html).toContain('Meelopen bij adviesgesprekken');
});

test('the team and anonymous reports of the same workbook never show the second view; --tweede with them is refused', async () => {
  const file = await workbook('team2.xlsx', { Teammatrix: MATRIX, 'Tweede blik': SECOND, Ontwikkelplan: PLAN });
  const team = await report([file], 'team.html');
  expect(team.code).toBe(0);
  expect(team.html).not.toContain('Dewi');
  expect(team.html).not.toMatch(/tweede blik/i);
  const refused = await report([file, '--tweede', file], 'team-refused.html');
  expect(refused.code).toBe(2);
  expect(refused.stderr).toContain('--tweede hoort bij --persoon');
  const english = await runCli([
    '--lang',
    'en',
    'report',
    file,
    '--anoniem',
    '--tweede',
    file,
    '--out',
    join(work, 'x.html'),
  ]);
  expect(english.stderr).toContain('--tweede goes with --persoon');
});

test('--tweede FILE#SHEET: the second view from another workbook’s named sheet', async () => {
  const file = await workbook('team3.xlsx', { Teammatrix: MATRIX });
  const other = await workbook('blik.xlsx', { Voorblad: [['niets']], 'Blik van Dewi': SECOND });
  const { code, stderr, html } = await report(
    [file, '--persoon', 'Anna', '--tweede', `${other}#Blik van Dewi`],
    'a.html',
  );
  expect([code, stderr]).toEqual([0, '']);
  expect(html).toContain('Coach: zelf 3, tweede blik 0');
});

test('a bad Doel in the plan is refused naming the file, the cell and the value', async () => {
  const bad = [PLAN[0]!, ['Anna', 'Adviseur', '', '', 'hoog', '', '', '', '']];
  const file = await workbook('bad.xlsx', { Teammatrix: MATRIX, Ontwikkelplan: bad });
  const { code, stderr } = await report([file, '--persoon', 'Anna'], 'bad.html');
  expect(code).toBe(2);
  expect(stderr).toContain('bad.xlsx');
  expect(stderr).toContain('Ontwikkelplan!E2');
  expect(stderr).toContain('"hoog"');
});

test('FILE#SHEET is split only after a table file name', () => {
  expect(splitFileSheet('blik.xlsx#Blad 2')).toEqual({ file: 'blik.xlsx', sheet: 'Blad 2' });
  expect(splitFileSheet('map#1/blik.xlsx')).toEqual({ file: 'map#1/blik.xlsx' });
  expect(splitFileSheet('blik.csv')).toEqual({ file: 'blik.csv' });
});

test('compare: the goals of the newer round’s plan reached since the earlier round, in text and JSON', async () => {
  const earlier = await workbook('ronde-1.xlsx', { Teammatrix: MATRIX });
  const later = MATRIX.map((row, r) => (r === 1 ? ['Anna', 2, 2, 3, 'ja'] : row));
  const now = await workbook('ronde-2.xlsx', { Teammatrix: later, Ontwikkelplan: PLAN });
  const text = await runCli(['compare', earlier, now]);
  expect([text.code, text.stderr]).toEqual([0, '']);
  expect(text.stdout).toContain('Doelen uit het Ontwikkelplan bereikt sinds de eerdere ronde: 1 van 1.');
  const json = await runCli(['compare', earlier, now, '--json']);
  expect(JSON.parse(json.stdout).goals).toEqual({ reached: 1, total: 1 });
  // Without a plan the JSON is as before.
  const plain = await runCli(['compare', earlier, earlier, '--json']);
  expect(JSON.parse(plain.stdout).goals).toBeUndefined();
});
