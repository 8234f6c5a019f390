// `teamscan report --min-groep N` and `--anoniem --sinds` under docs/design.md#9-reliability-and-privacy: k is at least 3, and the anonymous
// report's progress counts only the people scanned in both rounds instead of being dropped.

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '../../shared/analysis/analyze';
import { compareRounds } from '../../shared/analysis/compare';
import type { CellValue } from '../../shared/matrix/grid';
import { anonymousReport, personalReport, type ReportInput } from '../../shared/report';
import { read } from '../support/grids';
import { runCli } from './run-cli';

const DIR = mkdtempSync(join(tmpdir(), 'teamscan-report-privacy-'));
const HEADER = ['Naam', 'Basis', 'Adviseur', 'Coach'];
// Before: Anna–Fleur. Now: Fleur left, Gert joined; Hanna is n.v.t. on Coach now.
const BEFORE: CellValue[][] = [
  HEADER,
  ['Anna', 1, 2, 0],
  ['Bram', 2, 1, 1],
  ['Chris', 0, 3, 2],
  ['Dewi', 3, 'n.v.t.', 2],
  ['Eva', 2, 2, 1],
  ['Hanna', 1, 1, 3],
  ['Fleur', 4, 0, 4],
];
const NOW: CellValue[][] = [
  HEADER,
  ['Anna', 2, 2, 1],
  ['Bram', 2, 3, 2],
  ['Chris', 1, 3, 2],
  ['Dewi', 3, 2, 3],
  ['Eva', 3, 2, 1],
  ['Hanna', 2, 1, 'n.v.t.'],
  ['Gert', 1, 4, null],
];
const csv = (rows: CellValue[][]) => `${rows.map((row) => row.map((cell) => cell ?? '').join(';')).join('\n')}\n`;
const BEFORE_FILE = join(DIR, 'eerder.csv');
const NOW_FILE = join(DIR, 'nu.csv');
writeFileSync(BEFORE_FILE, csv(BEFORE));
writeFileSync(NOW_FILE, csv(NOW));

let count = 0;
const out = () => join(DIR, `rapport-${++count}.html`);

function coreInput(lang: 'nl' | 'en', minGroup?: number): ReportInput {
  const reading = read(NOW);
  const before = read(BEFORE);
  return {
    reading,
    analysis: analyze(reading),
    lang,
    date: new Date().toISOString().slice(0, 10),
    ...(minGroup ? { minGroup } : {}),
    progress: { since: 'eerder.csv', comparison: compareRounds(before, reading), before },
  };
}

test.each(['nl', 'en'] as const)(
  '--anoniem --sinds writes the progress over the people in both rounds (%s)',
  async (lang) => {
    const file = out();
    const result = await runCli([
      '--lang',
      lang,
      'report',
      NOW_FILE,
      '--anoniem',
      '--sinds',
      BEFORE_FILE,
      '--out',
      file,
    ]);
    expect([result.code, result.stderr]).toEqual([0, '']);
    const html = readFileSync(file, 'utf8');
    expect(html).toBe(anonymousReport(coreInput(lang)));
    // Basis: the six of both rounds, Gert (joined) the one difference: left out. Coach: five in both, nobody
    // only now (Hanna n.v.t., Gert empty): shown.
    expect(html).toContain(lang === 'nl' ? 'Voortgang sinds eerder.csv' : 'Progress since eerder.csv');
    expect(html).toContain(
      lang === 'nl'
        ? 'Coach: 2 → 3 gedekt (van de 5 mensen die in beide rondes gescand zijn)'
        : 'Coach: 2 → 3 covered (of the 5 people scanned in both rounds)',
    );
    expect(html).toContain(lang === 'nl' ? 'Basis: niet getoond: minder dan 5' : 'Basis: not shown: fewer than 5');
    expect(html).toContain(lang === 'nl' ? '1 erbij, 1 vertrokken' : '1 joined, 1 left');
    expect(html).not.toMatch(/Fleur|Gert/);
  },
);

test('--min-groep 3 lowers k for the anonymous and the personal report', async () => {
  const anonymous = out();
  const result = await runCli([
    'report',
    NOW_FILE,
    '--anoniem',
    '--sinds',
    BEFORE_FILE,
    '--min-groep',
    '3',
    '--out',
    anonymous,
  ]);
  expect(result.code).toBe(0);
  expect(readFileSync(anonymous, 'utf8')).toBe(anonymousReport(coreInput('nl', 3)));
  const personal = out();
  await runCli(['report', NOW_FILE, '--persoon', 'Anna', '--min-groep', '3', '--out', personal]);
  const { progress: _, ...input } = coreInput('nl', 3);
  expect(readFileSync(personal, 'utf8')).toBe(personalReport(input, 'Anna'));
  // Coach: Anna 1 beside the average of the five scanned on it (four colleagues ≥ 3); the three areas nobody
  // is scanned on say why.
  const html = readFileSync(personal, 'utf8');
  expect(html).toContain('>1,0 / 1,8</text>');
  expect(html.match(/– \/ te weinig collega’s gescand om te vergelijken \(minder dan 3\)/g)).toHaveLength(3);
});

test.each([
  ['nl', '2', '--min-groep 2: geef een heel getal van minstens 3 (standaard 5).'],
  ['nl', 'vijf', '--min-groep vijf: geef een heel getal van minstens 3 (standaard 5).'],
  ['en', '2.5', '--min-groep 2.5: give a whole number of at least 3 (5 by default).'],
] as const)(
  '--min-groep below 3 or not a whole number is refused, nothing written (%s %s)',
  async (lang, value, start) => {
    const file = out();
    const result = await runCli(['--lang', lang, 'report', NOW_FILE, '--anoniem', '--min-groep', value, '--out', file]);
    expect([result.code, result.stdout]).toEqual([2, '']);
    expect(result.stderr.startsWith(start)).toBe(true);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(() => readFileSync(file)).toThrow();
  },
);

test('--help names --min-groep', async () => {
  const help = await runCli(['report', '--help']);
  expect(help.stdout).toContain('--min-groep <aantal>');
});
