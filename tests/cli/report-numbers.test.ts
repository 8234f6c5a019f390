// `teamscan report --persoon`: the level chart writes numbers as the reader does (2,5 in Dutch, 2.5 in English);
// where fewer than k colleagues are scanned it shows why instead of a team average, never 0 (docs/design.md#9-reliability-and-privacy).

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './run-cli';

const DIR = mkdtempSync(join(tmpdir(), 'teamscan-report-numbers-'));
const TEAM = join(DIR, 'team.csv');
// Nobody is scanned on Innovator; Coach averages 2.5 over Anna (3), Bram (2), Chris (3) and Dewi (2): three
// colleagues, so a comparison under --min-groep 3.
writeFileSync(
  TEAM,
  'Naam;Basis;Coach;Innovator\nAnna de Vries;2;3;\nBram Jansen;1;2;\nChris Bakker;1;3;\nDewi Pratama;2;2;\n',
);

/** The label beside each bar of the level chart: "Coach … 3,0 / 2,5". */
function chartValues(html: string): string[] {
  const svg = html.slice(html.indexOf('<svg'), html.indexOf('</svg>'));
  return [...svg.matchAll(/<text[^>]*>([^<]*\/[^<]*)<\/text>/g)].map((match) => match[1]!);
}

async function personal(lang: string): Promise<string[]> {
  const out = join(DIR, `anna-${lang}.html`);
  const result = await runCli([
    ...['--lang', lang, 'report', TEAM, '--persoon', 'Anna de Vries', '--min-groep', '3', '--out', out],
  ]);
  expect(result.code).toBe(0);
  return chartValues(readFileSync(out, 'utf8'));
}

test('Dutch: decimal comma, and the reason where too few colleagues are scanned', async () => {
  const values = await personal('nl');
  expect(values).toContain('3,0 / 2,5');
  expect(values).toContain('2,0 / 1,5');
  expect(values).toContain('– / te weinig collega’s gescand om te vergelijken (minder dan 3)');
  expect(values.join(' ')).not.toMatch(/\d\.\d/);
});

test('English: decimal point', async () => {
  const values = await personal('en');
  expect(values).toContain('3.0 / 2.5');
  expect(values).toContain('– / too few colleagues scanned to compare (fewer than 3)');
});
