// An unknown profile or person in the CLI: the message speaks of what the CLI accepts (a file, not a spreadsheet
// range) and names the file a person was looked for in.

import { join } from 'node:path';
import { ROOT, runCli } from './run-cli';

const TEAM = join(ROOT, 'tests', 'fixtures', 'insights-team.csv');

test('analyze --profiel with an unknown id names the option and the custom-profile file it could be', async () => {
  const result = await runCli(['analyze', TEAM, '--profiel', 'npul']);
  expect(result.code).toBe(2);
  expect(result.stderr.trim()).toBe(
    '--profiel npul: onbekend profiel. Ingebouwd: npuls, han, versnellingsplan, kennisnet; ' +
      'of geef een .csv- of .xlsx-bestand met een eigen profieltabel.',
  );
});

test('profile with an unknown id lists the built-in ones only (it shows built-in profiles)', async () => {
  const result = await runCli(['--lang', 'en', 'profile', 'npul']);
  expect(result.code).toBe(2);
  expect(result.stderr.trim()).toBe('Unknown profile "npul". Built in: npuls, han, versnellingsplan, kennisnet.');
});

test('report --persoon with an unknown name names the file', async () => {
  const out = join(ROOT, 'test-artifacts', 'never-written.html');
  const result = await runCli(['report', TEAM, '--persoon', 'Anna', '--out', out]);
  expect(result.code).toBe(2);
  expect(result.stderr.trim()).toBe('insights-team.csv: Persoon "Anna" staat niet in de matrix.');
});
