// `teamscan analyze` on a messy existing workbook, as .csv and as .xlsx: answers, options, roll-ups, readable form.

import { MESSY_CSV, messyXlsx } from './messy-team';
import { runCli } from './run-cli';

let MESSY_XLSX = '';
beforeAll(async () => {
  MESSY_XLSX = await messyXlsx();
});

async function json(args: string[]) {
  const result = await runCli(args);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout);
}

describe('teamscan analyze on a messy existing workbook', () => {
  test('.csv and .xlsx give the same answers', async () => {
    const fromCsv = await json(['analyze', MESSY_CSV, '--json']);
    const fromXlsx = await json(['analyze', MESSY_XLSX, '--sheet', 'Team', '--json']);
    expect(fromXlsx.areas).toEqual(fromCsv.areas);
    expect(fromXlsx.everyone).toEqual(fromCsv.everyone);
    expect([fromXlsx.people, fromXlsx.scanned]).toEqual([fromCsv.people, fromCsv.scanned]);
  });

  test('reads long names, Verbinder, "Coach (begeleiden)", words and numbers, n.v.t., wishes; skips the rest', async () => {
    const report = await json(['analyze', MESSY_CSV, '--json']);
    // The matrix ends at the empty row 6 (docs/design.md#5-reading-a-matrix): below it, Chris and Dewi hold levels, Eva holds none.
    expect(report).toMatchObject({ profile: 'npuls', threshold: 2, target: 2, people: 4, scanned: 4 });
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
      'Regel(s) 7–8 staan onder de lege regel 6 maar hebben niveaus en zijn als mensen meegeteld; hoort dat niet, maak ze dan leeg.',
      'De matrix eindigt bij de lege regel 6: regel(s) 9 eronder hebben geen niveaus en zijn niet gelezen.',
    ]);
  });

  test('--drempel and --doel change the answers', async () => {
    const report = await json(['analyze', MESSY_CSV, '--drempel', '3', '--doel', '1', '--json']);
    expect(report.areas.find((a: { id: string }) => a.id === 'coach')).toMatchObject({ covered: 0, status: 'gat' });
    expect(report.areas.find((a: { id: string }) => a.id === 'adviseur')).toMatchObject({
      covered: 1,
      status: 'gedekt',
    });
  });

  test('several files give each file and their total', async () => {
    const report = await json(['analyze', MESSY_CSV, MESSY_XLSX, '--sheet', 'Team', '--json']);
    expect(report.files.map((file: { file: string }) => file.file)).toEqual(['messy-team.csv', 'messy-team.xlsx']);
    expect(report.total.people).toBe(8);
    const coach = report.total.areas.find((a: { id: string }) => a.id === 'coach');
    expect(coach.covered).toBe(2 * report.files[0].areas.find((a: { id: string }) => a.id === 'coach').covered);
  });

  test('without --json prints a readable table, in English with --lang en', async () => {
    const dutch = await runCli(['analyze', MESSY_CSV]);
    expect(dutch.stdout).toMatch(/Gebied\s+Gedekt\s+Gevorderd\+\s+Expert\s+Gescand\s+Status/);
    expect(dutch.stdout).toContain('Basis: gat — onder de drempel: Dewi Pratama');
    const english = await runCli(['--lang', 'en', 'analyze', MESSY_CSV]);
    expect(english.stdout).toMatch(/Area\s+Covered/);
    expect(english.stdout).toContain('vulnerable');
  });
});
