// `teamscan report FILE --out FILE.html`: the core's team, personal and anonymous report written whole, and
// every refusal (two kinds at once, too few people, a missing or wrong --out) leaving an existing file as it was.

import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseCsv } from '../../cli/read/csv';
import { analyze } from '../../shared/analysis/analyze';
import { compareRounds } from '../../shared/analysis/compare';
import { locateMatrix } from '../../shared/matrix/locate';
import { readMatrix } from '../../shared/matrix/read';
import { NPULS } from '../../shared/profiles/data/npuls';
import { anonymousReport, personalReport, type ReportInput, teamReport } from '../../shared/report';
import { ROOT, runCli } from './run-cli';

const TEAM = join(ROOT, 'tests', 'fixtures', 'insights-team.csv');
const NORMS = join(ROOT, 'tests', 'fixtures', 'insights-norms.csv');
const SMALL = join(ROOT, 'tests', 'fixtures', 'rounds', 'ronde-1.csv');
const work = mkdtempSync(join(tmpdir(), 'teamscan-report-'));
const NAMES = ['Anna de Vries', 'Bram Jansen', 'Chris Bakker', 'Dewi Pratama', 'Eva Smit', 'Fleur Visser'];

function reading(file: string) {
  const grid = { values: parseCsv(readFileSync(file, 'utf8')), origin: { row: 1, column: 1 }, textRecords: true };
  return readMatrix(locateMatrix(grid, NPULS), NPULS);
}

/** What the core makes of the fixture (the CLI must write exactly this), dated today as the CLI dates it. */
function coreInput(lang: 'nl' | 'en', options: { norms?: boolean; since?: string } = {}): ReportInput {
  const current = reading(TEAM);
  const settings = options.norms
    ? { norms: { values: parseCsv(readFileSync(NORMS, 'utf8')), origin: { row: 1, column: 1 } } }
    : {};
  const progress = options.since
    ? { progress: { since: 'ronde-1.csv', comparison: compareRounds(reading(options.since), current, settings) } }
    : {};
  return {
    reading: current,
    analysis: analyze(current, settings),
    lang,
    date: new Date().toISOString().slice(0, 10),
    ...progress,
  };
}

async function written(args: string[], out: string): Promise<string> {
  const result = await runCli(['report', ...args, '--out', out]);
  expect([result.code, result.stderr]).toEqual([0, '']);
  expect(result.stdout).toMatch(/^(Rapport geschreven naar|Report written to) /);
  return readFileSync(out, 'utf8');
}

test('the team report with norms and progress since an earlier round is the core’s page', async () => {
  const out = join(work, 'team.html');
  const html = await written([TEAM, '--normen', NORMS, '--sinds', SMALL], out);
  expect(html).toBe(teamReport(coreInput('nl', { norms: true, since: SMALL })));
  expect(html).toContain('<svg');
  expect(html).toContain('ronde-1.csv');
  expect(readdirSync(work).filter((file) => file.endsWith('.tmp'))).toEqual([]);
});

test('the personal report for one person, in English', async () => {
  const out = join(work, 'bram.html');
  const result = await runCli(['--lang', 'en', 'report', TEAM, '--persoon', 'Bram Jansen', '--out', out]);
  expect([result.code, result.stdout]).toEqual([
    0,
    `Report written to ${out}. Open it in a browser to read or print it.\n`,
  ]);
  expect(readFileSync(out, 'utf8')).toBe(personalReport(coreInput('en'), 'Bram Jansen'));
});

test('the anonymous report for five scanned people names nobody', async () => {
  const out = join(work, 'anoniem.html');
  const html = await written([TEAM, '--anoniem'], out);
  expect(html).toBe(anonymousReport(coreInput('nl')));
  for (const name of NAMES) expect(html).not.toContain(name.split(' ')[0]);
});

// With --overwrite, so that each refusal is the one under test (an existing --out alone is refused first).
describe('refusals exit 2 and leave an existing file as it was', () => {
  const existing = join(work, 'bestaand.html');
  beforeEach(() => writeFileSync(existing, 'eerder rapport'));
  afterEach(() => expect(readFileSync(existing, 'utf8')).toBe('eerder rapport'));

  test('the anonymous report below five scanned people, with the core’s reason', async () => {
    const result = await runCli(['report', SMALL, '--anoniem', '--out', existing, '--overwrite']);
    expect([result.code, result.stdout]).toEqual([2, '']);
    expect(result.stderr).toBe(
      'Een anoniem teambeeld vraagt minstens 5 gescande mensen; dit team heeft er 4. Met minder zijn mensen te herkennen aan hun niveaus.\n',
    );
  });

  test('--persoon together with --anoniem', async () => {
    const result = await runCli(['report', TEAM, '--persoon', 'Bram Jansen', '--anoniem', '--out', existing]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^fout: de optie '--anoniem' gaat niet samen met '--persoon <naam>'\n/);
    const english = await runCli(['--lang', 'en', 'report', TEAM, '--anoniem', '--persoon', 'Bram', '--out', existing]);
    expect(english.stderr).toMatch(/^error: option '--anoniem' cannot be used with option '--persoon <naam>'\n/);
  });

  test('a person who is not in the matrix', async () => {
    const result = await runCli(['report', TEAM, '--persoon', 'Zoë', '--out', existing, '--overwrite']);
    expect([result.code, result.stderr]).toEqual([2, 'insights-team.csv: Persoon "Zoë" staat niet in de matrix.\n']);
  });

  test('no --out, or an --out that is not .html', async () => {
    const none = await runCli(['report', TEAM]);
    expect([none.code, none.stderr]).toEqual([2, 'Geef met --out het .html-bestand dat geschreven moet worden.\n']);
    const pdf = join(work, 'team.pdf');
    const other = await runCli(['--lang', 'en', 'report', TEAM, '--out', pdf]);
    expect([other.code, other.stderr]).toEqual([
      2,
      `--out ${pdf}: the report is an .html file; give a name ending in .html.\n`,
    ]);
    expect(existsSync(pdf)).toBe(false);
  });

  test('an --out naming a folder: refused, and no temporary file is left', async () => {
    const folder = join(work, 'map.html');
    mkdirSync(folder);
    const result = await runCli(['report', TEAM, '--out', folder]);
    expect([result.code, result.stderr]).toEqual([2, `--out ${folder}: dit is een map; geef een bestand.\n`]);
    expect(readdirSync(work).filter((file) => file.endsWith('.tmp'))).toEqual([]);
    expect(readdirSync(folder)).toEqual([]);
  });

  test('a --sinds round that does not exist names the option', async () => {
    const missing = join(work, 'ronde-0.csv');
    const result = await runCli(['report', TEAM, '--sinds', missing, '--out', existing, '--overwrite']);
    expect([result.code, result.stderr]).toEqual([2, `--sinds ${missing}: bestand niet gevonden.\n`]);
  });
});
