// The `teamscan` command on fixture files: profile, analyze on .csv and .xlsx, roll-ups and errors.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { parseCsv } from '../../cli/read/csv';
import { NPULS } from '../../shared/profiles/data/npuls';
import { ROOT, runCli } from './run-cli';

const MESSY_CSV = join(ROOT, 'tests', 'fixtures', 'messy-team.csv');
const work = mkdtempSync(join(tmpdir(), 'teamscan-cli-'));
const MESSY_XLSX = join(work, 'messy-team.xlsx');

/** The same messy sheet as .xlsx, with numbers as numbers and booleans as booleans, as Excel would store them. */
beforeAll(async () => {
  const { readFileSync } = await import('node:fs');
  const rows = parseCsv(readFileSync(MESSY_CSV, 'utf8'));
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Notities').addRow(['niet deze']);
  const sheet = workbook.addWorksheet('Team');
  for (const row of rows) {
    sheet.addRow(
      row.map((cell) => {
        const text = String(cell ?? '');
        if (/^\d+(,\d+)?$/.test(text)) return Number(text.replace(',', '.'));
        if (text === 'ja') return true;
        return text === '' ? null : text;
      }),
    );
  }
  await workbook.xlsx.writeFile(MESSY_XLSX);
});

function json(args: string[]) {
  const result = runCli(args);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout);
}

describe('teamscan profile', () => {
  test('npuls --json lists the 127 items with their fixed ids and texts', () => {
    const profile = json(['profile', 'npuls', '--json']);
    const items = profile.areas.flatMap((area: { items: { id: string; text: string }[] }) => area.items);
    expect(items).toHaveLength(127);
    expect(items.map((item: { id: string }) => item.id)).toEqual(
      NPULS.areas.flatMap((area) => area.items.map((i) => i.id)),
    );
    expect(items.find((item: { id: string }) => item.id === 'ADV-V3').text).toBe(
      NPULS.areas[2]!.items.find((i) => i.id === 'ADV-V3')!.text,
    );
    expect(profile.licence).toBe('CC BY-SA 4.0');
  });

  test('the readable form shows attribution and every item', () => {
    const result = runCli(['profile', 'han']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Licentie: CC BY-NC 4.0');
    expect(result.stdout.match(/^ {2}[A-Z]{3}-\d+/gm)).toHaveLength(36);
  });

  test('an unknown profile exits 2 with the known ones', () => {
    const result = runCli(['profile', 'onbekend']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('npuls, han, versnellingsplan, kennisnet');
  });
});

describe('teamscan analyze on a messy existing workbook', () => {
  test('.csv and .xlsx give the same answers', () => {
    const fromCsv = json(['analyze', MESSY_CSV, '--json']);
    const fromXlsx = json(['analyze', MESSY_XLSX, '--sheet', 'Team', '--json']);
    expect(fromXlsx.areas).toEqual(fromCsv.areas);
    expect(fromXlsx.everyone).toEqual(fromCsv.everyone);
    expect([fromXlsx.people, fromXlsx.scanned]).toEqual([fromCsv.people, fromCsv.scanned]);
  });

  test('reads long names, Verbinder, "Coach (begeleiden)", words and numbers, n.v.t., wishes; skips the rest', () => {
    const report = json(['analyze', MESSY_CSV, '--json']);
    expect(report).toMatchObject({ profile: 'npuls', threshold: 2, target: 2, people: 5, scanned: 4 });
    const area = (id: string) => report.areas.find((candidate: { id: string }) => candidate.id === id);
    expect(area('bruggenbouwer')).toMatchObject({ covered: 2, advanced: 1, expert: 1, scanned: 3, status: 'gedekt' });
    expect(area('adviseur')).toMatchObject({ covered: 2, scanned: 2, status: 'gedekt' });
    expect(area('coach')).toMatchObject({ covered: 1, scanned: 3, status: 'kwetsbaar' });
    expect(area('coach').candidates[0]).toBe('Bram Jansen');
    expect(area('didacticus')).toMatchObject({ covered: 2, scanned: 2 });
    expect(report.everyone[0]).toMatchObject({
      id: 'basis',
      met: 3,
      scanned: 4,
      below: ['Dewi Pratama'],
      status: 'gat',
    });
    expect(report.warnings).toEqual([
      'Kolom B3 ("Afdeling") hoort niet bij het profiel en is overgeslagen.',
      'Kolom C3 ("FTE") hoort niet bij het profiel en is overgeslagen.',
      'Kolom K3 ("Opmerking") hoort niet bij het profiel en is overgeslagen.',
    ]);
  });

  test('--drempel and --doel change the answers', () => {
    const report = json(['analyze', MESSY_CSV, '--drempel', '3', '--doel', '1', '--json']);
    expect(report.areas.find((a: { id: string }) => a.id === 'coach')).toMatchObject({ covered: 0, status: 'gat' });
    expect(report.areas.find((a: { id: string }) => a.id === 'adviseur')).toMatchObject({
      covered: 1,
      status: 'gedekt',
    });
  });

  test('several files give each file and their total', () => {
    const report = json(['analyze', MESSY_CSV, MESSY_XLSX, '--sheet', 'Team', '--json']);
    expect(report.files.map((file: { file: string }) => file.file)).toEqual(['messy-team.csv', 'messy-team.xlsx']);
    expect(report.total.people).toBe(10);
    const coach = report.total.areas.find((a: { id: string }) => a.id === 'coach');
    expect(coach.covered).toBe(2 * report.files[0].areas.find((a: { id: string }) => a.id === 'coach').covered);
  });

  test('without --json prints a readable table, in English with --lang en', () => {
    const dutch = runCli(['analyze', MESSY_CSV]);
    expect(dutch.stdout).toMatch(/Gebied\s+Gedekt\s+Gevorderd\+\s+Expert\s+Gescand\s+Status/);
    expect(dutch.stdout).toContain('Basis: gat — onder de drempel: Dewi Pratama');
    const english = runCli(['--lang', 'en', 'analyze', MESSY_CSV]);
    expect(english.stdout).toMatch(/Area\s+Covered/);
    expect(english.stdout).toContain('vulnerable');
  });
});

describe('teamscan analyze errors', () => {
  test('a bad cell exits 2 naming the file, cell and value', () => {
    const file = join(work, 'bad.csv');
    writeFileSync(file, 'Naam;Coach;Adviseur\nAnna;2;3\nBram;hoog;1\n');
    const result = runCli(['analyze', file, '--json']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('bad.csv: Cel B3: "hoog" is geen niveau');
  });

  test('two columns for one competency exit 2 naming both', () => {
    const file = join(work, 'double.csv');
    writeFileSync(file, 'Naam,Adviseur,ADV\nAnna,2,3\n');
    const result = runCli(['analyze', file]);
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
    const result = runCli(['--lang', 'en', 'analyze', file]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Cell Teammatrix!B2: "super" is not a level');
  });

  test('a missing file or unsupported type exits 2', () => {
    const missing = runCli(['analyze', join(work, 'nope.csv')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nope.csv: bestand niet gevonden');
    const other = join(work, 'team.ods');
    writeFileSync(other, '');
    expect(runCli(['analyze', other]).stderr).toContain('alleen .csv en .xlsx');
  });
});
