// `teamscan compare OLD NEW` on a hand-checked pair of rounds (tests/fixtures/rounds), as .csv and as .xlsx.
// Between the rounds: Chris left and Eva joined; Bram grew on Basis (1 → 2) and Coach (2 → 3) and scanned
// Didacticus (n.v.t. → 1); Anna grew on Coach (1 → 2); Dewi filled Adviseur (2) and left Didacticus empty.
// So Coach goes from 1 coverer (Dewi at 1 does not count) to 3 (Bram, Anna, Eva) and Didacticus from 1 (Anna)
// to 2 (Anna, Eva); Bruggenbouwer and Innovator have no column in either round.

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { parseCsv } from '../../cli/read/csv';
import { ROOT, runCli } from './run-cli';

const ROUNDS = join(ROOT, 'tests', 'fixtures', 'rounds');
const BEFORE = join(ROUNDS, 'ronde-1.csv');
const NOW = join(ROUNDS, 'ronde-2.csv');
const work = mkdtempSync(join(tmpdir(), 'teamscan-compare-'));

const EXPECTED_JSON = {
  areas: [
    ['basis', 'Basiscompetenties', 3, 3, 'gat', 'gat'],
    ['bruggenbouwer', 'Verbinden over grenzen heen', 0, 0, 'niet gescand', 'niet gescand'],
    ['adviseur', 'Strategisch en praktisch (onderbouwd) adviseren', 2, 2, 'gedekt', 'gedekt'],
    ['coach', 'Begeleiden professionele ontwikkeling', 1, 3, 'kwetsbaar', 'gedekt'],
    ['didacticus', 'Versterken onderwijskwaliteit met didactiek', 1, 2, 'kwetsbaar', 'gedekt'],
    ['innovator', 'Richting geven aan onderwijsvernieuwing', 0, 0, 'niet gescand', 'niet gescand'],
  ].map(([id, name, coveredBefore, coveredNow, statusBefore, statusNow]) => ({
    id,
    name,
    coveredBefore,
    coveredNow,
    statusBefore,
    statusNow,
  })),
  people: [
    {
      name: 'Bram Jansen',
      changes: [
        { area: 'basis', before: 1, now: 2 },
        { area: 'coach', before: 2, now: 3 },
        { area: 'didacticus', before: 'n.v.t.', now: 1 },
      ],
    },
    { name: 'Anna de Vries', changes: [{ area: 'coach', before: 1, now: 2 }] },
    {
      name: 'Dewi Pratama',
      changes: [
        { area: 'adviseur', before: null, now: 2 },
        { area: 'didacticus', before: 1, now: null },
      ],
    },
  ],
  joined: ['Eva Smit'],
  left: ['Chris Bakker'],
};

const EXPECTED_NL = `Teamscan — van ronde-1.csv naar ronde-2.csv

Gebied         Gedekt eerder  Gedekt nu  Status eerder  Status nu
Basis                      3          3  gat            gat
Bruggenbouwer              0          0  niet gescand   niet gescand
Adviseur                   2          2  gedekt         gedekt
Coach                      1          3  kwetsbaar      gedekt
Didacticus                 1          2  kwetsbaar      gedekt
Innovator                  0          0  niet gescand   niet gescand

Veranderd per persoon:
  Bram Jansen: Basis 1 → 2, Coach 2 → 3, Didacticus n.v.t. → 1
  Anna de Vries: Coach 1 → 2
  Dewi Pratama: Adviseur niet gescand → 2, Didacticus 1 → niet gescand

Nieuw in het team: Eva Smit

Niet meer in het team: Chris Bakker
`;

/** A round as Excel stores it: numbers as numbers, text as text, empty cells empty. */
async function asXlsx(csv: string, name: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Teammatrix');
  for (const row of parseCsv(readFileSync(csv, 'utf8'))) {
    sheet.addRow(
      row.map((cell) => (cell === '' || cell === null ? null : /^\d+$/.test(String(cell)) ? Number(cell) : cell)),
    );
  }
  const file = join(work, name);
  await workbook.xlsx.writeFile(file);
  return file;
}

test('the readable comparison, exactly', async () => {
  const result = await runCli(['compare', BEFORE, NOW]);
  expect([result.code, result.stderr]).toEqual([0, '']);
  expect(result.stdout).toBe(EXPECTED_NL);
});

test('--json gives areas, people, joined and left as docs/design.md#11-commands names them', async () => {
  const result = await runCli(['compare', BEFORE, NOW, '--json']);
  expect([result.code, result.stderr]).toEqual([0, '']);
  expect(JSON.parse(result.stdout)).toEqual(EXPECTED_JSON);
});

test('the same rounds as .xlsx, and one of each, give the same answers', async () => {
  const before = await asXlsx(BEFORE, 'ronde-1.xlsx');
  const now = await asXlsx(NOW, 'ronde-2.xlsx');
  for (const [old, current] of [
    [before, now],
    [BEFORE, now],
    [before, NOW],
  ]) {
    const result = await runCli(['compare', old!, current!, '--json']);
    expect([result.code, result.stderr]).toEqual([0, '']);
    expect(JSON.parse(result.stdout)).toEqual(EXPECTED_JSON);
  }
  const readable = await runCli(['compare', before, now]);
  expect(readable.stdout).toBe(EXPECTED_NL.replace('ronde-1.csv naar ronde-2.csv', 'ronde-1.xlsx naar ronde-2.xlsx'));
});

test('in English', async () => {
  const result = await runCli(['--lang', 'en', 'compare', BEFORE, NOW]);
  const lines = result.stdout.split('\n');
  expect(lines[0]).toBe('Teamscan — from ronde-1.csv to ronde-2.csv');
  expect(lines[2]).toMatch(/^Area\s+Covered before\s+Covered now\s+Status before\s+Status now$/);
  expect(lines).toContain('Coach                       1            3  vulnerable     covered');
  expect(lines).toContain('  Bram Jansen: Basis 1 → 2, Coach 2 → 3, Didacticus n/a → 1');
  expect(lines).toContain('  Dewi Pratama: Adviseur not scanned → 2, Didacticus 1 → not scanned');
  expect(lines).toContain('Joined the team: Eva Smit');
  expect(lines).toContain('Left the team: Chris Bakker');
});

test('the same round twice: no change, nobody joined or left', async () => {
  const result = await runCli(['compare', BEFORE, BEFORE]);
  expect(result.stdout).toContain('\nNiemand is op een gebied veranderd.\n');
  expect(result.stdout).not.toContain('Nieuw in het team');
  expect(result.stdout).not.toContain('Niet meer in het team');
});

test('a bad cell in the newer round exits 2 naming that file; a missing round is a usage error', async () => {
  const bad = join(work, 'ronde-3.csv');
  writeFileSync(bad, 'Naam;Coach\nAnna de Vries;hoog\n');
  const result = await runCli(['compare', BEFORE, bad]);
  expect([result.code, result.stdout]).toEqual([2, '']);
  expect(result.stderr).toMatch(/^ronde-3\.csv: Cel B2: "hoog" is geen niveau\./);
  const missing = await runCli(['compare', BEFORE]);
  expect(missing.code).toBe(2);
  expect(missing.stderr).toMatch(/^fout: het argument 'nu' ontbreekt\n/);
});
