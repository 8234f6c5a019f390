// `teamscan workbook --namen`: a name given twice (case, spaces) or already in --from is written once, and the
// command says which names it merged instead of only counting fewer people.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, runCli } from './run-cli';

const DIR = mkdtempSync(join(tmpdir(), 'teamscan-workbook-names-'));

test('names merged within the list are named', async () => {
  const names = join(DIR, 'namen.txt');
  writeFileSync(names, 'Naam\nAnna de Vries\nBram Jansen\nanna  de vries\n');
  const result = await runCli(['workbook', '--namen', names, '--out', join(DIR, 'names.xlsx')]);
  expect(result.code).toBe(0);
  expect(result.stdout).toContain('2 personen');
  expect(result.stdout).toContain('Samengevoegd omdat de naam er al stond: "anna  de vries" (als "Anna de Vries").');
  // The count and the message say what the workbook holds: two rows with a name.
  const written = await runCli(['analyze', join(DIR, 'names.xlsx'), '--json']);
  expect(JSON.parse(written.stdout).people).toBe(2);
});

test('names already in the --from file are named, in English too', async () => {
  const names = join(DIR, 'names.txt');
  writeFileSync(names, 'Eva Smit\nZoë Bakker\n');
  const team = join(ROOT, 'tests', 'fixtures', 'insights-team.csv');
  const result = await runCli([
    '--lang',
    'en',
    'workbook',
    '--from',
    team,
    '--namen',
    names,
    '--out',
    join(DIR, 'from-names.xlsx'),
  ]);
  expect(result.code).toBe(0);
  expect(result.stdout).toContain('7 people');
  expect(result.stdout).toContain('Merged because the name was already there: "Eva Smit" (as "Eva Smit").');
});

test('says nothing when no name was merged', async () => {
  const names = join(DIR, 'unique.txt');
  writeFileSync(names, 'Anna\nBram\n');
  const result = await runCli(['workbook', '--namen', names, '--out', join(DIR, 'unique.xlsx')]);
  expect(result.stdout).not.toContain('Samengevoegd');
});
