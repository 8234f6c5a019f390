// `--schaal` on the reading commands (docs/design.md#3-levels-and-cell-values, docs/design.md#11-commands): cells, --drempel and --normen read in the stated scale.

import { join } from 'node:path';
import { runCli } from './run-cli';
import { scratchFolder } from './scratch';

const { dir: DIR, file } = scratchFolder('teamscan-scales-');

const ONE_TO_FIVE = file('one-to-five.csv', 'Naam;Coach;Adviseur\nAnna;5;1\nBram;4;2\nChris;3;3\n');

async function json(args: string[]) {
  const result = await runCli(args);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout);
}

describe('teamscan analyze --schaal', () => {
  test('without it a 1–5 file is refused naming the 5 (safe), with it the levels are 1 → 0 … 5 → 4', async () => {
    const refused = await runCli(['analyze', ONE_TO_FIVE]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('Cel B2: "5" is geen niveau');
    const report = await json(['analyze', ONE_TO_FIVE, '--schaal', '1-5', '--json']);
    const coach = report.areas.find((area: { id: string }) => area.id === 'coach');
    expect(coach).toMatchObject({ covered: 3, advanced: 2, expert: 1, threshold: 2 });
  });

  test('--drempel is read in the same scale: 4 on 1–5 is level 3', async () => {
    const report = await json(['analyze', ONE_TO_FIVE, '--schaal', '1-5', '--drempel', '4', '--json']);
    expect(report.threshold).toBe(3);
    expect(report.areas.find((area: { id: string }) => area.id === 'coach').covered).toBe(2);
  });

  test('a norms table taken from the file’s own requirements (1–5) is read in the scale', async () => {
    const norms = file('norms.csv', 'Gebied;Drempel;Doel\nCoach;5;1\nAdviseur;3;\n');
    const report = await json(['analyze', ONE_TO_FIVE, '--schaal', '1-5', '--normen', norms, '--json']);
    const area = (id: string) => report.areas.find((candidate: { id: string }) => candidate.id === id);
    expect(area('coach')).toMatchObject({ threshold: 4, target: 1, covered: 1 });
    expect(area('adviseur')).toMatchObject({ threshold: 2, covered: 1 });
  });

  test('an unknown scale is refused naming the possible ones', async () => {
    const result = await runCli(['analyze', ONE_TO_FIVE, '--schaal', '1-10']);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('Onbekende schaal "1-10". Mogelijk: 0-4, 1-5, ja-nee, x-o.');
  });

  test('compare and report take --schaal too', async () => {
    const compared = await json(['compare', ONE_TO_FIVE, ONE_TO_FIVE, '--schaal', '1-5', '--json']);
    expect(compared.areas.find((area: { id: string }) => area.id === 'coach').coveredNow).toBe(3);
    const out = join(DIR, 'report.html');
    const report = await runCli(['report', ONE_TO_FIVE, '--schaal', '1-5', '--out', out]);
    expect(report.stderr).toBe('');
    expect(report.code).toBe(0);
  });
});

describe('a cell outside the stated scale', () => {
  test('is refused naming what that scale accepts, in Dutch and English', async () => {
    const seven = file('seven.csv', 'Naam;Coach;Adviseur\nAnna;5;1\nBram;7;2\n');
    const dutch = await runCli(['analyze', seven, '--schaal', '1-5']);
    expect(dutch.code).toBe(2);
    expect(dutch.stderr).toContain('Cel B3: "7" is geen waarde van de schaal 1-5: 1 … 5, n.v.t. of leeg.');
    const marks = file('marks.csv', 'Naam;Coach;Adviseur\nAnna;x;o\nBram;o;B\n');
    const english = await runCli(['analyze', marks, '--schaal', 'x-o', '--lang', 'en']);
    expect(english.code).toBe(2);
    expect(english.stderr).toContain(
      'Cell C3: "B" is not a value of the scale x-o: x / ja / yes / y / j / ✓ / ✔ / true / waar / 1, o / nee / no / n / false / onwaar / 0, n/a or empty.',
    );
  });
});
