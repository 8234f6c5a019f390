// A 0/1 file read without --schaal (docs/design.md#3-levels-and-cell-values): the warning says it is likely yes/no and what --schaal ja-nee
// would change, in the text output and in --json, nl and en.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { idNameCsv } from '../support/existing-layouts';
import { runCli } from './run-cli';

const DIR = mkdtempSync(join(tmpdir(), 'teamscan-zero-one-'));
const ITEMS = Array.from({ length: 12 }, (_, i) => `Skill ${i + 1}`);
const LIST = join(DIR, 'list.csv');
const TEAM = join(DIR, 'team.csv');
writeFileSync(LIST, `${ITEMS.join('\n')}\n`);
writeFileSync(TEAM, idNameCsv(ITEMS));

test('--json warnings carry it, in Dutch', async () => {
  const result = await runCli(['analyze', TEAM, '--profiel', LIST, '--json']);
  expect(result.code).toBe(0);
  const warnings: string[] = JSON.parse(result.stdout).warnings;
  expect(warnings).toContain(
    'Alle niveaus in deze matrix zijn 0 of 1 (bijv. cel C2) en zijn gelezen als 0–4: 1 is dan In ontwikkeling en haalt de standaarddrempel 2 niet. Is het een ja/nee-matrix (1 = heeft het, 0 = niet), zeg dan --schaal ja-nee (of in een formule het argument schaal): dan telt 1 als Bekwaam (2) en dekt wie één competentie van een gebied heeft dat gebied.',
  );
});

test('the text output in English', async () => {
  const result = await runCli(['--lang', 'en', 'analyze', TEAM, '--profiel', LIST]);
  expect(result.code).toBe(0);
  expect(result.stdout).toContain('Every level in this matrix is 0 or 1 (e.g. cell C2)');
  expect(result.stdout).toContain('say --schaal ja-nee');
});

test('--schaal ja-nee (or 0-4, stated) silences it', async () => {
  for (const scale of ['ja-nee', '0-4']) {
    const result = await runCli(['analyze', TEAM, '--profiel', LIST, '--schaal', scale, '--json']);
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain('0 of 1');
  }
});
