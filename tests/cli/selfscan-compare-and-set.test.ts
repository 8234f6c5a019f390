// The compare-and-set of `collect` as a property: a cell is written only where the matrix still holds the file's
// start value (or with --force), an empty answer never writes, and an unreadable answer is named, never written.

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { cellsToWrite, planCollect } from '../../cli/selfscan/collect-plan';
import type { ReturnedFile } from '../../cli/selfscan/returned';
import { readTeamMatrix, type TeamMatrix } from '../../cli/selfscan/team';
import { resolveProfile } from '../../shared/profiles/resolve';
import { teamRows, writeTeamCsv } from './selfscan-team';

const profile = resolveProfile('npuls');
let team: TeamMatrix;

beforeAll(async () => {
  const file = join(mkdtempSync(join(tmpdir(), 'teamscan-cas-')), 'team.csv');
  await writeTeamCsv(file, teamRows('gebieden').slice(0, 2));
  team = await readTeamMatrix(file, profile, undefined, 'nl');
});

const levelCell = fc.constantFrom<string | number | null>(null, 0, 1, 2, 3, 4, 'n.v.t.', '2 - Bekwaam', 'veel');

test('only cells whose matrix value is still the start are written, unless forced', () => {
  fc.assert(
    fc.property(levelCell, levelCell, levelCell, fc.boolean(), (start, current, given, force) => {
      fc.pre(start !== 'veel' && current !== 'veel');
      const column = team.columns.find((candidate) => candidate.kind === 'level')!;
      const person = team.reading.people[0]!;
      const values = team.grid.values.map((row) => [...row]);
      values[person.gridRow]![column.column] = current;
      const now: TeamMatrix = { ...team, grid: { ...team.grid, values } };
      const record = {
        person: person.name,
        profile: profile.id,
        detail: team.detail,
        profileFingerprint: team.profileFingerprint,
        teamFingerprint: team.teamFingerprint,
        made: '2026-01-01T00:00:00.000Z',
        questions: [{ kind: 'level' as const, header: column.header, key: column.key, cell: 'D10', start }],
      };
      const file: ReturnedFile = {
        path: 'x.xlsx',
        file: 'x.xlsx',
        modified: new Date(0),
        record: { ok: true, record },
        cells: new Map([['D10', given]]),
      };
      const choices = { force, teamChanged: false };
      const plan = planCollect(now, [file], choices);
      const written = cellsToWrite(plan, choices);
      const level = (value: unknown) => (value === '2 - Bekwaam' ? 2 : value === '' ? null : value);
      if (given === null) expect(written).toEqual([]);
      if (given === 'veel') {
        expect(written).toEqual([]);
        expect(plan.unreadable).toEqual([{ file: 'x.xlsx', cell: 'D10', value: 'veel' }]);
      }
      if (level(current) === level(start) || current === start) {
        expect(plan.conflicts).toEqual([]);
      } else {
        expect(plan.changes).toEqual([]);
      }
      if (!force) expect(written).toEqual(plan.changes);
      for (const cell of written) {
        expect(cell.now).toBe(level(given));
        expect(level(cell.before)).not.toBe(cell.now);
      }
    }),
  );
});
