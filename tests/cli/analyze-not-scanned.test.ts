// `teamscan analyze` on a team nobody has scanned on some areas: "niet gescand", never a gap with risk 9 of 9.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './run-cli';

const work = mkdtempSync(join(tmpdir(), 'teamscan-not-scanned-'));
const TEAM = join(work, 'team.csv');
// Innovator is scanned per item (INN-K1 held by Daan alone, INN-K2 by nobody); Bruggenbouwer by nobody at all.
writeFileSync(TEAM, ['Naam;Coach;INN-K1;INN-K2;BRU-K1', 'Anna;3;0;1;', 'Daan;1;4;1;'].join('\n'));

test('the readable output says "niet gescand" and lists no risk or candidates for it', async () => {
  const result = await runCli(['analyze', TEAM]);
  expect([result.code, result.stderr]).toEqual([0, '']);
  expect(result.stdout).toMatch(/^Bruggenbouwer\s+0\s+0\s+0\s+0\s+niet gescand$/m);
  expect(result.stdout).not.toMatch(/Bruggenbouwer.*risico/);
  expect(result.stdout).not.toMatch(/^ {2}Bruggenbouwer:/m);
  // A blind spot only among scanned items: INN-K2, not BRU-K1.
  expect(result.stdout).toContain('INN-K2');
  expect(result.stdout).not.toContain('BRU-K1');
});

test('--json: status "niet gescand", risk null, no candidates; in English "not scanned"', async () => {
  const report = JSON.parse((await runCli(['analyze', TEAM, '--json'])).stdout);
  const area = report.areas.find((candidate: { id: string }) => candidate.id === 'bruggenbouwer');
  expect(area).toMatchObject({ status: 'niet gescand', risk: null, candidates: [], scanned: 0 });
  expect(report.blindSpots).toEqual(['INN-K2']);
  const english = await runCli(['--lang', 'en', 'analyze', TEAM]);
  expect(english.stdout).toMatch(/^Bruggenbouwer\s+0\s+0\s+0\s+0\s+not scanned$/m);
});
