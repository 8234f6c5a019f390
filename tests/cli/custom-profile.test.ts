// `--profiel FILE`: a custom profile table from .csv or .xlsx.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, runCli } from './run-cli';

const work = mkdtempSync(join(tmpdir(), 'teamscan-profile-'));

test('an institution profile from a .csv table renames an area and adds one', async () => {
  const profile = join(work, 'profiel.csv');
  writeFileSync(
    profile,
    [
      'Profiel Hogeschool X;;;;',
      'ID;Gebied;Type;Omschrijving;Bereik',
      'BAS-K1;Basis;K;Basiskennis digitale vaardigheden;iedereen',
      'DAT-1;Datacoach;;Helpt teams met data;netwerk',
      'ADV-V1;Adviseur;V;Adviseert over onderwijs met ict;netwerk',
    ].join('\n'),
  );
  const team = join(work, 'team.csv');
  writeFileSync(team, 'Naam;Basis;Datacoach;Adviseur\nAnna;2;3;1\nBram;3;2;0\n');
  const result = await runCli(['analyze', team, '--profiel', profile, '--json']);
  expect(result.stderr).toBe('');
  const report = JSON.parse(result.stdout);
  expect(report.profile).toBe('eigen');
  expect(report.areas.map((area: { id: string; status: string }) => [area.id, area.status])).toEqual([
    ['datacoach', 'gedekt'],
    ['adviseur', 'gat'],
  ]);
});

test('a broken profile table exits 2 listing its rows', async () => {
  const profile = join(work, 'kapot.csv');
  writeFileSync(profile, 'ID,Gebied,Type,Omschrijving\nA-1,Alpha,Q,tekst\nA-2,,K,tekst\n');
  const result = await runCli(['analyze', join(ROOT, 'tests/fixtures/messy-team.csv'), '--profiel', profile]);
  expect(result.code).toBe(2);
  expect(result.stderr).toContain('kapot.csv');
  expect(result.stderr).toContain('regel 2: Type "Q" is onbekend');
  expect(result.stderr).toContain('regel 3: Gebied ontbreekt');
});
