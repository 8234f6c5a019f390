// `teamscan analyze` on files as HR exports them: encodings, title lines, rows wider than the header, hidden
// characters and look-alike names, in .csv (fixtures) and, where the case exists there, .xlsx (built here).

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { parseCsv } from '../../cli/read/csv';
import { decodeText } from '../../cli/read/decode';
import { ROOT, runCli } from './run-cli';

const fixture = (name: string) => join(ROOT, 'tests', 'fixtures', name);
const work = mkdtempSync(join(tmpdir(), 'teamscan-csv-'));

async function report(args: string[]) {
  const result = await runCli(['analyze', ...args, '--json']);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout);
}

const area = (json: { areas: { id: string }[] }, id: string) => json.areas.find((candidate) => candidate.id === id);

async function xlsx(name: string, rows: unknown[][]): Promise<string> {
  const file = join(work, name);
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Teammatrix').addRows(rows);
  await workbook.xlsx.writeFile(file);
  return file;
}

describe('encodings', () => {
  test('Windows-1252 (a Dutch Excel "CSV"): René, Zoë and D’Hondt stay as written, with a warning', async () => {
    const json = await report([fixture('windows-1252-team.csv')]);
    expect(json.everyone[0]).toMatchObject({ met: 1, scanned: 3, below: ['René Dijkstra', 'Ilse D\u2019Hondt'] });
    expect(area(json, 'coach')).toMatchObject({ covered: 2, advanced: 1, scanned: 3 });
    expect(area(json, 'adviseur')).toMatchObject({ covered: 2, expert: 1, scanned: 2 });
    expect(json.warnings).toEqual(['windows-1252-team.csv is geen UTF-8 en is gelezen als Windows-1252.']);
  });

  test('the warning is in English with --lang en, in the readable output too', async () => {
    const result = await runCli(['--lang', 'en', 'analyze', fixture('windows-1252-team.csv')]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('  - windows-1252-team.csv is not UTF-8 and was read as Windows-1252.');
    expect(result.stdout).toContain('Basis: gap — below the threshold: René Dijkstra, Ilse D\u2019Hondt');
  });

  test.each([
    ['utf16le-team.csv', 'UTF-16LE'],
    ['utf16be-team.csv', 'UTF-16BE'],
  ])('%s (UTF-16 with its BOM, tab-separated as Excel writes "Unicode text") reads as %s', async (file, encoding) => {
    const json = await report([fixture(file)]);
    expect(json.everyone[0]).toMatchObject({ met: 1, scanned: 2, below: ['René Dijkstra'] });
    expect(area(json, 'coach')).toMatchObject({ covered: 2, advanced: 1, scanned: 2 });
    expect(json.warnings).toEqual([`${file} is geen UTF-8 en is gelezen als ${encoding}.`]);
  });

  test('UTF-16 without a BOM is refused, not read as garbage', async () => {
    const file = join(work, 'utf16-no-bom.csv');
    writeFileSync(file, Buffer.from('Naam;Coach\r\nAnna;2\r\n', 'utf16le'));
    const result = await runCli(['analyze', file]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'utf16-no-bom.csv: bevat nul-bytes, dus geen tekst in UTF-8 of Windows-1252 (UTF-16 zonder BOM?). Sla het op als "CSV UTF-8" en probeer opnieuw.\n',
    );
  });

  test('UTF-8, with or without BOM, gives no warning', async () => {
    expect((await report([fixture('messy-team.csv')])).warnings.some((w: string) => w.includes('UTF-8'))).toBe(false);
    expect(decodeText(Buffer.from('\uFEFFNaam;René', 'utf8'))).toEqual({ text: 'Naam;René', encoding: 'UTF-8' });
  });

  test('bytes that are not UTF-8 are never decoded with replacement characters', async () => {
    const decoded = decodeText(readFileSync(fixture('windows-1252-team.csv')));
    expect(decoded.encoding).toBe('Windows-1252');
    expect(decoded.text).not.toContain('\uFFFD');
    expect(decoded.text).toContain('Zoë Smit;3;1;4');
    // Windows-1252, not Latin-1: 0x80 is €, 0x92 is ’ (not the control characters U+0080, U+0092).
    expect(decodeText(Buffer.from([0x80, 0x20, 0x92, 0xe9]))).toEqual({ text: '€ ’é', encoding: 'Windows-1252' });
  });
});

describe('the delimiter', () => {
  test('title lines without a delimiter above the header do not decide it', async () => {
    const json = await report([fixture('title-line-team.csv')]);
    expect(json.people).toBe(2);
    expect(area(json, 'coach')).toMatchObject({ covered: 1, scanned: 2, status: 'kwetsbaar' });
    expect(area(json, 'adviseur')).toMatchObject({ covered: 2, expert: 1 });
    expect(json.warnings).toEqual(['Kolom D4 ("FTE") hoort niet bij het profiel en is overgeslagen.']);
  });

  test('a title with a comma above a ; table still gives ;', async () => {
    expect(parseCsv('Team CTL, najaar\nNaam;Coach;Adviseur\nAnna;2,5;3\n')).toEqual([
      ['Team CTL, najaar'],
      ['Naam', 'Coach', 'Adviseur'],
      ['Anna', '2,5', '3'],
    ]);
  });

  test('commas inside quotes do not count', async () => {
    expect(parseCsv('"Jansen, Bram, CTL";"x, y"\nNaam;Coach\n')[1]).toEqual(['Naam', 'Coach']);
  });
});

describe('a row wider than its header', () => {
  test('.csv: an error naming the row and the extra cell, not shifted values', async () => {
    const result = await runCli(['analyze', fixture('wider-row-team.csv')]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      'wider-row-team.csv: Regel 3 heeft meer cellen dan de kopregel: D3 ("4") staat onder geen kop. Staat er een scheidingsteken in een naam of waarde zonder aanhalingstekens?\n',
    );
  });

  test('.csv: below title lines the row number is the file line', async () => {
    const file = join(work, 'titled-wide.csv');
    writeFileSync(file, 'Teamscan\n\nNaam;Coach\nAnna;2\nBram;3;;x\n');
    const result = await runCli(['--lang', 'en', 'analyze', file]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Row 5 has more cells than the header row: D5 ("x") is under no header.');
  });
});

describe('hidden characters', () => {
  test('.csv: "Anna de Vries" and the same with a non-breaking space and U+200B are one person twice', async () => {
    const result = await runCli(['analyze', fixture('invisible-team.csv')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'invisible-team.csv: Persoon "Anna\\u00a0de Vries\\u200b" staat twee keer in de matrix: A2 en A4.\n',
    );
  });

  test('.csv: headers with hidden characters still match', async () => {
    const file = join(work, 'hidden-headers.csv');
    writeFileSync(file, 'Naam\u200B;Coach\u200B;\u00A0Adviseur\nAnna;2;3\nBram;3;1\n');
    const json = await report([file]);
    expect(area(json, 'coach')).toMatchObject({ covered: 2, scanned: 2 });
    expect(area(json, 'adviseur')).toMatchObject({ covered: 1, scanned: 2 });
    expect(json.warnings).toEqual([]);
  });

  test('.xlsx: the same duplicate, naming both cells with the sheet', async () => {
    const file = await xlsx('invisible.xlsx', [
      ['Naam', 'Coach\u200B'],
      ['Anna de Vries', 2],
      ['Bram', 1],
      ['Anna de Vries\u2060', 3],
    ]);
    const result = await runCli(['analyze', file]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'invisible.xlsx: Persoon "Anna de Vries\\u2060" staat twee keer in de matrix: Teammatrix!A2 en Teammatrix!A4.\n',
    );
  });

  test.each(['csv', 'xlsx'])('.%s: a level with U+200B is an error showing it', async (kind) => {
    const rows = [
      ['Naam', 'Coach'],
      ['Anna', '3\u200B'],
    ];
    const file = kind === 'csv' ? join(work, 'level.csv') : await xlsx('level.xlsx', rows);
    if (kind === 'csv') writeFileSync(file, rows.map((row) => row.join(';')).join('\n'));
    const result = await runCli(['analyze', file]);
    expect(result.code).toBe(2);
    const cell = kind === 'csv' ? 'B2' : 'Teammatrix!B2';
    expect(result.stderr).toContain(`level.${kind}: Cel ${cell}: "3\\u200b" is geen niveau.`);
  });
});

describe('look-alike names', () => {
  const warning =
    'Namen "Anna de Vries" ({first}) en "\u0410nna de Vries" ({second}) zien er hetzelfde uit maar verschillen in letters uit een ander schrift (Cyrillisch of Grieks); ze tellen als twee personen. Typ de naam opnieuw als het één persoon is.';

  test('.csv: a Cyrillic А gives a warning naming both cells', async () => {
    const json = await report([fixture('look-alike-team.csv')]);
    expect(json.people).toBe(2);
    expect(json.warnings).toEqual([warning.replace('{first}', 'A2').replace('{second}', 'A3')]);
  });

  test('.xlsx: the same warning with the sheet', async () => {
    const file = await xlsx('look-alike.xlsx', [
      ['Naam', 'Coach'],
      ['Anna de Vries', 2],
      ['\u0410nna de Vries', 3],
    ]);
    const json = await report([file]);
    expect(json.warnings).toEqual([warning.replace('{first}', 'Teammatrix!A2').replace('{second}', 'Teammatrix!A3')]);
  });
});

describe('a names file for teamscan workbook', () => {
  test.each([
    ['Windows-1252', Buffer.from('Naam\r\nRen\xe9 Dijkstra\r\nIlse D\x92Hondt\r\n', 'latin1')],
    [
      'UTF-16LE',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Naam\r\nRené Dijkstra\r\nIlse D’Hondt\r\n', 'utf16le')]),
    ],
  ])('in %s keeps its names as written', async (encoding, bytes) => {
    const names = join(work, `namen-${encoding}.txt`);
    writeFileSync(names, bytes);
    const out = join(work, `namen-${encoding}.xlsx`);
    const result = await runCli(['workbook', '--namen', names, '--out', out]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const texts: string[] = [];
    workbook.getWorksheet('Teammatrix')!.eachRow((row) => {
      row.eachCell((cell) => {
        if (typeof cell.value === 'string') texts.push(cell.value);
      });
    });
    expect(texts).toEqual(expect.arrayContaining(['René Dijkstra', 'Ilse D’Hondt']));
  });
});
