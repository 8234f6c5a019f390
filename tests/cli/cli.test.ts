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
    expect(runCli(['analyze', other]).stderr).toBe(
      'team.ods: alleen .csv en .xlsx worden gelezen (en .txt als .csv).\n',
    );
    expect(runCli(['--lang', 'en', 'analyze', other]).stderr).toBe(
      'team.ods: only .csv and .xlsx are read (and .txt as .csv).\n',
    );
  });
});

describe('file-system errors name the option and the path, exit 2, no stack', () => {
  const { chmodSync, mkdirSync, readdirSync } = require('node:fs') as typeof import('node:fs');
  const place = mkdtempSync(join(tmpdir(), 'teamscan-fs-'));
  chmodSync(place, 0o755);
  const team = join(place, 'team.csv');
  writeFileSync(team, 'Naam;Coach\nAnna;2\n');

  function refused(args: string[], expected: string) {
    const result = runCli(args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`${expected}\n`);
  }

  test('a missing input file, and one in a missing folder', () => {
    refused(['analyze', join(place, 'nope.csv')], `${join(place, 'nope.csv')}: bestand niet gevonden.`);
    refused(
      ['--lang', 'en', 'analyze', join(place, 'gone', 'team.csv')],
      `${join(place, 'gone', 'team.csv')}: the folder ${join(place, 'gone')} does not exist.`,
    );
  });

  test('a folder given for a file: the analyzed file, --profiel, --from and --namen', () => {
    const folder = join(place, 'map.csv');
    mkdirSync(folder);
    refused(['analyze', folder], `${folder}: dit is een map; geef een bestand.`);
    refused(['analyze', team, '--profiel', folder], `--profiel ${folder}: dit is een map; geef een bestand.`);
    const out = join(place, 'uit.xlsx');
    refused(['workbook', '--from', folder, '--out', out], `--from ${folder}: dit is een map; geef een bestand.`);
    const names = join(place, 'namen.txt');
    mkdirSync(names);
    refused(
      ['--lang', 'en', 'workbook', '--namen', names, '--out', out],
      `--namen ${names}: this is a folder; give a file.`,
    );
  });

  test('--profiel and --from files that do not exist', () => {
    const missing = join(place, 'eigen.csv');
    refused(['analyze', team, '--profiel', missing], `--profiel ${missing}: bestand niet gevonden.`);
    const out = join(place, 'uit.xlsx');
    refused(['workbook', '--from', missing, '--out', out], `--from ${missing}: bestand niet gevonden.`);
  });

  test('--out in a missing folder', () => {
    const out = join(place, 'nieuw', 'team.xlsx');
    refused(['workbook', '--out', out], `--out ${out}: de map ${join(place, 'nieuw')} bestaat niet.`);
  });

  test('--out naming a folder: refused, and the temporary file is removed when the rename fails', () => {
    const out = join(place, 'bestaand.xlsx');
    mkdirSync(out);
    refused(['workbook', '--out', out], `--out ${out}: dit is een map; geef een bestand.`);
    expect(readdirSync(place).filter((file) => file.endsWith('.tmp'))).toEqual([]);
    expect(readdirSync(out)).toEqual([]);
  });

  /** Root may read anything, so permissions are tested as the unprivileged user "nobody" when run as root. */
  function runAsOther(args: string[]) {
    const { spawnSync } = require('node:child_process') as typeof import('node:child_process');
    const asNobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const result = spawnSync(process.execPath, [join(ROOT, 'bin', 'teamscan.js'), ...args], {
      cwd: place,
      encoding: 'utf8',
      env: { ...process.env, TEAMSCAN_LANG: '' },
      ...asNobody,
    });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  }

  test('no permission to read an input file, or to write --out', () => {
    const secret = join(place, 'geheim.csv');
    writeFileSync(secret, 'Naam;Coach\nAnna;2\n');
    chmodSync(secret, 0o000);
    const reading = runAsOther(['analyze', secret]);
    expect([reading.code, reading.stderr]).toEqual([2, `${secret}: geen toestemming om dit bestand te lezen.\n`]);

    const closed = join(place, 'dicht');
    mkdirSync(closed);
    chmodSync(closed, 0o555);
    const out = join(closed, 'team.xlsx');
    const writing = runAsOther(['--lang', 'en', 'workbook', '--out', out]);
    expect([writing.code, writing.stderr]).toEqual([
      2,
      `--out ${out}: no permission to write here (folder ${closed}).\n`,
    ]);
  });
});

describe('usage errors', () => {
  test('an unknown option exits 2, in Dutch or English', () => {
    const result = runCli(['analyze', MESSY_CSV, '--drempl', '3']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^fout: onbekende optie '--drempl'\n\(Bedoelde je --drempel\?\)\n/);
    const english = runCli(['--lang', 'en', 'analyze', MESSY_CSV, '--onbekend']);
    expect(english.code).toBe(2);
    expect(english.stderr).toMatch(/^error: unknown option '--onbekend'\n/);
  });

  test('a bad --lang value and a missing option value exit 2 with a Dutch message', () => {
    const language = runCli(['--lang', 'fr', 'profile', 'npuls']);
    expect(language.code).toBe(2);
    expect(language.stderr).toMatch(/^fout: de optie '--lang <taal>' kent de waarde 'fr' niet\. Kies uit nl, en\.\n/);
    const value = runCli(['workbook', '--out']);
    expect(value.code).toBe(2);
    expect(value.stderr).toMatch(/^fout: de optie '--out <bestand>' mist een waarde\n/);
  });

  test('a missing argument and an unknown command exit 2; --help exits 0', () => {
    const missing = runCli(['analyze']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^fout: het argument 'bestand' ontbreekt\n/);
    expect(runCli(['analyseer', MESSY_CSV]).code).toBe(2);
    const help = runCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('analyze');
  });
});

test('an unreadable .xlsx is refused in the reader’s language only', () => {
  const broken = join(work, 'kapot.xlsx');
  writeFileSync(broken, 'geen zip');
  const dutch = runCli(['analyze', broken]);
  expect(dutch.code).toBe(2);
  expect(dutch.stderr).toMatch(/^kapot\.xlsx: geen leesbaar \.xlsx-bestand/);
  expect(dutch.stderr).not.toContain('not a readable');
  const english = runCli(['--lang', 'en', 'analyze', broken]);
  expect(english.stderr).toMatch(/^kapot\.xlsx: not a readable \.xlsx file/);
  expect(english.stderr).not.toContain('geen leesbaar');
});
