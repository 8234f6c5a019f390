// `--profiel FILE`: a custom profile table from .csv or .xlsx; and the .xlsx library loads only for .xlsx.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sheetData, workbookParts, zip } from '../fixtures/xlsx/build-xlsx';
import { ROOT, runCli } from './run-cli';

const work = mkdtempSync(join(tmpdir(), 'teamscan-profile-'));

test('an institution profile from a .csv table renames an area and adds one', () => {
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
  const result = runCli(['analyze', team, '--profiel', profile, '--json']);
  expect(result.stderr).toBe('');
  const report = JSON.parse(result.stdout);
  expect(report.profile).toBe('eigen');
  expect(report.areas.map((area: { id: string; status: string }) => [area.id, area.status])).toEqual([
    ['datacoach', 'gedekt'],
    ['adviseur', 'gat'],
  ]);
});

test('a broken profile table exits 2 listing its rows', () => {
  const profile = join(work, 'kapot.csv');
  writeFileSync(profile, 'ID,Gebied,Type,Omschrijving\nA-1,Alpha,Q,tekst\nA-2,,K,tekst\n');
  const result = runCli(['analyze', join(ROOT, 'tests/fixtures/messy-team.csv'), '--profiel', profile]);
  expect(result.code).toBe(2);
  expect(result.stderr).toContain('kapot.csv');
  expect(result.stderr).toContain('regel 2: Type "Q" is onbekend');
  expect(result.stderr).toContain('regel 3: Gebied ontbreekt');
});

test('reading a .csv does not load the .xlsx libraries', () => {
  const hook = join(work, 'trace-require.cjs');
  writeFileSync(
    hook,
    "process.on('exit', () => { for (const name of ['exceljs', 'saxes']) if (Object.keys(require.cache).some((file) => file.includes('/node_modules/' + name + '/'))) process.stderr.write('LOADED ' + name + '\\n'); });",
  );
  const csv = runCli(['analyze', join(ROOT, 'tests/fixtures/messy-team.csv')], { NODE_OPTIONS: `--require ${hook}` });
  expect(csv.code).toBe(0);
  expect(csv.stderr).not.toContain('LOADED');
  const team = join(work, 'team.xlsx');
  writeFileSync(
    team,
    zip(
      workbookParts([
        {
          name: 'Teammatrix',
          body: sheetData([
            ['Naam', 'Coach'],
            ['Anna', 2],
          ]),
        },
      ]),
    ),
  );
  const xlsx = runCli(['analyze', team], { NODE_OPTIONS: `--require ${hook}` });
  expect(xlsx.code).toBe(0);
  expect(xlsx.stderr).toContain('LOADED saxes');
});
