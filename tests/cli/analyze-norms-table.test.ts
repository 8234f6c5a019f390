// `teamscan analyze --normen`: the readable coverage table shows each area's own threshold and target, so a reader
// sees why Bruggenbouwer, covered by 3 at the default, is vulnerable (Drempel 4).

import { join } from 'node:path';
import { ROOT, runCli } from './run-cli';

const TEAM_CSV = join(ROOT, 'tests', 'fixtures', 'insights-team.csv');
const NORMS_CSV = join(ROOT, 'tests', 'fixtures', 'insights-norms.csv');

test('with --normen the table gains Drempel and Doel per area (basis has no Doel)', async () => {
  const result = await runCli(['analyze', TEAM_CSV, '--normen', NORMS_CSV]);
  expect(result.code).toBe(0);
  expect(result.stdout).toContain(
    [
      'Gebied         Drempel  Doel  Gedekt  Gevorderd+  Expert  Gescand  Status',
      'Basis                1             4           1       0        5  gat',
      'Bruggenbouwer        4     2       1           1       1        4  kwetsbaar',
      'Adviseur             2     2       3           2       1        5  gedekt',
      'Coach                2     3       3           2       1        5  gedekt',
      'Didacticus           2     2       1           1       1        5  kwetsbaar',
      'Innovator            4     1       0           1       0        5  gat',
    ].join('\n'),
  );
});

test('in English the columns are Threshold and Target', async () => {
  const result = await runCli(['--lang', 'en', 'analyze', TEAM_CSV, '--normen', NORMS_CSV]);
  expect(result.stdout).toMatch(/^Area +Threshold +Target +Covered +Advanced\+/m);
});

test('without --normen the table keeps its six columns', async () => {
  const result = await runCli(['analyze', TEAM_CSV]);
  expect(result.stdout).toMatch(/^Gebied +Gedekt +Gevorderd\+ +Expert +Gescand +Status$/m);
});
