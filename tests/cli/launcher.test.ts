// The one test of the built command as a user starts it: bin/teamscan.js runs the bundle and sets the exit code.

import { join } from 'node:path';
import { ROOT, spawnCli } from './run-cli';

test('bin/teamscan.js analyzes a file, and exits 2 with a Dutch message on bad input', () => {
  const ok = spawnCli(['analyze', join(ROOT, 'tests', 'fixtures', 'messy-team.csv'), '--json']);
  expect([ok.code, ok.stderr]).toEqual([0, '']);
  expect(JSON.parse(ok.stdout)).toMatchObject({ profile: 'npuls', people: 4, scanned: 4 });
  const bad = spawnCli(['analyze', join(ROOT, 'tests', 'fixtures', 'geen-bestand.csv')]);
  expect(bad.code).toBe(2);
  expect(bad.stderr).toBe(`${join(ROOT, 'tests', 'fixtures', 'geen-bestand.csv')}: bestand niet gevonden.\n`);
  const usage = spawnCli(['analyze']);
  expect(usage.code).toBe(2);
  expect(usage.stderr).toMatch(/^fout: het argument 'bestand' ontbreekt\n/);
});
