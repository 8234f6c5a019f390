// `teamscan analyze --normen/--max` on a team with development wishes, item columns and a norms table (DESIGN
// §4a/§4b), as .csv and as .xlsx. The expected answers below were worked out by hand from the fixture:
//   Basis t=1: Chris (0) below. Bruggenbouwer t=4: only Anna (4) covers → kwetsbaar, 1 expert → risk 5.
//   Adviseur, Coach (n=3) covered by 3 → gedekt, 1 expert → risk 4; Coach has covered = n, so its 3 coverers
//   are key. Didacticus: only Dewi (4) → kwetsbaar, risk 5. Innovator t=4 has no area column: levels are the
//   item means (Anna 3,5), nobody covers → gat, no expert → risk 9; INN-K1 held by Anna alone, INN-K2 by nobody.
//   Pairs (mentor ≥ 3, or 4 for innovator): Bram → Anna (adviseur); Chris and Eva → Dewi (coach, highest level);
//   innovator has no mentor at 4, so Bram and Dewi look outside.

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { parseCsv } from '../../cli/read/csv';
import { profileIndex } from '../../shared/matrix/columns';
import { findBuiltinProfile } from '../../shared/profiles/builtins';
import { ROOT, runCli } from './run-cli';

const TEAM_CSV = join(ROOT, 'tests', 'fixtures', 'insights-team.csv');
const NORMS_CSV = join(ROOT, 'tests', 'fixtures', 'insights-norms.csv');
const work = mkdtempSync(join(tmpdir(), 'teamscan-insights-'));

const ANNA = 'Anna de Vries';
const BRAM = 'Bram Jansen';
const CHRIS = 'Chris Bakker';
const DEWI = 'Dewi Pratama';
const EVA = 'Eva Smit';
const FLEUR = 'Fleur Visser';

/** A competency's text as the terminal shows it: without its closing full stop, its code after it. */
const item = (id: string) =>
  `${profileIndex(findBuiltinProfile('npuls')!)
    .items.find((entry) => entry.item.id === id)!
    .item.text.replace(/\.$/, '')} (${id})`;

const EXPECTED = {
  profile: 'npuls',
  threshold: 2,
  target: 2,
  people: 6,
  scanned: 5,
  areas: [
    ['bruggenbouwer', 4, 2, 5, 1, 1, 1, 4, 'kwetsbaar', [BRAM, DEWI, CHRIS, FLEUR]],
    ['adviseur', 2, 2, 4, 3, 2, 1, 5, 'gedekt', []],
    ['coach', 2, 3, 4, 3, 2, 1, 5, 'gedekt', []],
    ['didacticus', 2, 2, 5, 1, 1, 1, 5, 'kwetsbaar', [ANNA, CHRIS, EVA, BRAM, FLEUR]],
    ['innovator', 4, 1, 9, 0, 1, 0, 5, 'gat', [BRAM, DEWI, ANNA, CHRIS, EVA, FLEUR]],
  ].map(([id, threshold, target, risk, covered, advanced, expert, scanned, status, candidates]) => ({
    id,
    threshold,
    target,
    risk,
    covered,
    advanced,
    expert,
    scanned,
    status,
    candidates,
  })),
  everyone: [{ id: 'basis', threshold: 1, target: 2, met: 4, scanned: 5, below: [CHRIS], missing: [], status: 'gat' }],
  blindSpots: ['INN-K2'],
  keyPeople: [
    { name: ANNA, areas: ['bruggenbouwer', 'coach'], items: ['INN-K1'] },
    { name: DEWI, areas: ['coach', 'didacticus'], items: [] },
    { name: BRAM, areas: ['coach'], items: [] },
  ],
  pairs: [
    { area: 'adviseur', learner: BRAM, mentor: ANNA },
    { area: 'coach', learner: CHRIS, mentor: DEWI },
    { area: 'coach', learner: EVA, mentor: DEWI },
    { area: 'innovator', learner: BRAM, mentor: null },
    { area: 'innovator', learner: DEWI, mentor: null },
  ],
  warnings: [],
};

/** A .csv fixture as Excel would store it: numbers as numbers, "ja" as TRUE, empty cells empty. */
async function asXlsx(csv: string, name: string, sheet: string, before?: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  if (before) workbook.addWorksheet(before).addRow(['Toelichting: zie het blad ernaast']);
  const target = workbook.addWorksheet(sheet);
  for (const row of parseCsv(readFileSync(csv, 'utf8'))) {
    target.addRow(
      row.map((cell) => {
        const text = String(cell ?? '');
        if (/^\d+$/.test(text)) return Number(text);
        if (text === 'ja') return true;
        return text === '' ? null : text;
      }),
    );
  }
  const file = join(work, name);
  await workbook.xlsx.writeFile(file);
  return file;
}

async function analyzeJson(args: string[]) {
  const result = await runCli(['analyze', ...args, '--json']);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout);
}

test('.csv with a .csv norms table gives the hand-checked §4a/§4b answers', async () => {
  expect(await analyzeJson([TEAM_CSV, '--normen', NORMS_CSV])).toMatchObject(EXPECTED);
});

test('.xlsx with an .xlsx norms table (read from its "Normen" sheet) gives the same answers', async () => {
  const team = await asXlsx(TEAM_CSV, 'insights-team.xlsx', 'Teammatrix');
  const norms = await asXlsx(NORMS_CSV, 'normen.xlsx', 'Normen', 'Uitleg');
  const fromXlsx = await analyzeJson([team, '--normen', norms]);
  expect(fromXlsx).toMatchObject(EXPECTED);
  expect(fromXlsx).toEqual(await analyzeJson([TEAM_CSV, '--normen', NORMS_CSV]));
});

test('without --normen every area takes the defaults', async () => {
  const report = await analyzeJson([TEAM_CSV]);
  expect(report.areas.map((area: { threshold: number; target: number }) => [area.threshold, area.target])).toEqual(
    Array(5).fill([2, 2]),
  );
  expect(report.areas.find((area: { id: string }) => area.id === 'innovator')).toMatchObject({ covered: 3 }); // Anna 3,5, Bram and Dewi 2
});

test('--max 1: a mentor takes one learner over all areas, so Eva looks outside for coaching', async () => {
  const report = await analyzeJson([TEAM_CSV, '--normen', NORMS_CSV, '--max', '1']);
  expect(report.pairs).toEqual([
    { area: 'adviseur', learner: BRAM, mentor: ANNA },
    { area: 'coach', learner: CHRIS, mentor: DEWI },
    { area: 'coach', learner: EVA, mentor: null },
    { area: 'innovator', learner: BRAM, mentor: null },
    { area: 'innovator', learner: DEWI, mentor: null },
  ]);
});

test('the readable output gains attention by risk, key people and learning pairs (nl)', async () => {
  const result = await runCli(['analyze', TEAM_CSV, '--normen', NORMS_CSV]);
  expect(result.code).toBe(0);
  const text = result.stdout;
  expect(text.split('\n')[1]).toBe(
    'Drempel en doel per gebied uit insights-norms.csv; de andere gebieden volgen de standaard.',
  );
  expect(text).toContain(
    [
      'Aandacht (hoogste risico eerst):',
      '  Innovator: gat, risico 9 van 9',
      '  Bruggenbouwer: kwetsbaar, risico 5 van 9',
      '  Didacticus: kwetsbaar, risico 5 van 9',
      '',
      'Sleutelpersonen (wie het team nu niet kan missen):',
      `  ${ANNA}: gebieden Bruggenbouwer, Coach; beheerst als enige:`,
      `    ${item('INN-K1')}`,
      `  ${DEWI}: gebieden Coach, Didacticus`,
      `  ${BRAM}: gebieden Coach`,
      '',
      'Leerkoppels (ontwikkelwens met mentor; hoogstens 2 per mentor):',
      `  Adviseur: ${BRAM} leert van ${ANNA}`,
      `  Coach: ${CHRIS} leert van ${DEWI}`,
      `  Coach: ${EVA} leert van ${DEWI}`,
      // Innovator's threshold is 4, so a mentor needs 4; Anna's mean of 3,5 is the closest.
      `  Innovator: ${BRAM} — 1 collega op 3 of hoger, niemand op 4; een begeleider heeft 4 nodig: buiten het team zoeken`,
      `  Innovator: ${DEWI} — 1 collega op 3 of hoger, niemand op 4; een begeleider heeft 4 nodig: buiten het team zoeken`,
    ].join('\n'),
  );
  // Competencies by their text, the code beside it; --json keeps the ids.
  expect(text).toContain(`Blinde vlekken (niemand op de drempel):\n  ${item('INN-K2')}\n`);
  expect(text).not.toMatch(/INN-K1[^)]/);
});

test('the same sections in English', async () => {
  const result = await runCli(['--lang', 'en', 'analyze', TEAM_CSV, '--normen', NORMS_CSV, '--max', '1']);
  expect(result.stdout).toContain('Attention (highest risk first):\n  Innovator: gap, risk 9 of 9\n');
  expect(result.stdout).toContain(
    `Key people (whom the team cannot miss now):\n  ${ANNA}: areas Bruggenbouwer, Coach; the only one who masters:\n    ${item('INN-K1')}\n`,
  );
  expect(result.stdout).toContain('Learning pairs (development wish with a mentor; at most 1 per mentor):\n');
  // Dewi and Anna, the two at 3 or more on Coach, each have their one learner already.
  expect(result.stdout).toContain(
    `  Coach: ${EVA} — everyone at level 3 already mentors the maximum of 1: look outside the team\n`,
  );
});

describe('a bad norms table or --max exits 2 naming the file, cell and value', () => {
  test.each([
    ['Gebied;Drempel;Doel\nCoach;hoog;\n', 'normen-drempel.csv: Cel B2: de drempel "hoog" is geen niveau van 0 tot 4.'],
    [
      'Gebied;Drempel;Doel\nDatacoach;2;1\n',
      'normen-gebied.csv: Cel A2: "Datacoach" is geen gebied van het profiel npuls.',
    ],
    [
      'Gebied;Drempel;Doel\nCoach;;0\n',
      'normen-doel.csv: Cel C2: het doel "0" is geen geheel aantal personen van 1 of meer.',
    ],
    ['Naam;Coach\nAnna;2\n', 'normen-kop.csv: De normentabel A1:B2 heeft geen kopregel met Gebied, Drempel en Doel.'],
  ])('%j', async (table, message) => {
    const file = join(work, message.slice(0, message.indexOf(':')));
    writeFileSync(file, table);
    const result = await runCli(['analyze', TEAM_CSV, '--normen', file]);
    expect([result.code, result.stdout, result.stderr]).toEqual([2, '', `${message}\n`]);
  });

  test('--max 0', async () => {
    const result = await runCli(['--lang', 'en', 'analyze', TEAM_CSV, '--max', '0']);
    expect([result.code, result.stderr]).toEqual([2, '--max: The count "0" is not a whole number of 1 or more.\n']);
  });

  test('a --normen file that does not exist names the option', async () => {
    const missing = join(work, 'geen-normen.csv');
    const result = await runCli(['analyze', TEAM_CSV, '--normen', missing]);
    expect([result.code, result.stderr]).toEqual([2, `--normen ${missing}: bestand niet gevonden.\n`]);
  });
});
