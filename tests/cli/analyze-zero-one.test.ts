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
    'Alleen 0 en 1 (bijv. C2), gelezen als 0–4. Een ja/nee-matrix? Met --schaal ja-nee is 1 Bekwaam (2) en dekt één competentie haar gebied.',
  );
});

test('the text output in English', async () => {
  const result = await runCli(['--lang', 'en', 'analyze', TEAM, '--profiel', LIST]);
  expect(result.code).toBe(0);
  expect(result.stdout).toContain('Only 0 and 1 (e.g. C2), read as 0–4. A yes/no matrix? With --schaal ja-nee');
});

test('--schaal ja-nee (or 0-4, stated) silences it', async () => {
  for (const scale of ['ja-nee', '0-4']) {
    const result = await runCli(['analyze', TEAM, '--profiel', LIST, '--schaal', scale, '--json']);
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain('Alleen 0 en 1');
  }
});
