// With --lang en a bad cell's whole message is English, the list of accepted values too (it was once filled in
// Dutch when the core threw), in analyze, compare, report and workbook --from.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './run-cli';

const DIR = mkdtempSync(join(tmpdir(), 'teamscan-english-errors-'));
const BAD = join(DIR, 'bad.csv');
writeFileSync(BAD, 'Naam;Basis;Coach\nAnna;2;hoog\nBram;1;2\n');
const ENGLISH = 'bad.csv: Cell C2: "hoog" is not a level. Accepted: a number from 0 to 4 (decimals allowed), Not yet,';

test.each([
  [['analyze', BAD]],
  [['compare', BAD, BAD]],
  [['report', BAD, '--out', join(DIR, 'r.html')]],
  [['workbook', '--from', BAD, '--out', join(DIR, 'w.xlsx')]],
])('teamscan --lang en %j names the cell and the accepted values in English', async (args) => {
  const result = await runCli(['--lang', 'en', ...args]);
  expect(result.code).toBe(2);
  expect(result.stderr).toContain(ENGLISH);
  expect(result.stderr).not.toMatch(/een getal|Toegestaan/);
});

test('the Dutch message stays Dutch', async () => {
  const result = await runCli(['analyze', BAD]);
  expect(result.stderr).toContain('bad.csv: Cel C2: "hoog" is geen niveau. Toegestaan: een getal van 0 tot 4');
});
