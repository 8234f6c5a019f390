// One validator for built-in and custom profiles; custom profiles read from a sheet table (docs/design.md#2-profiles).

import type { CellValue } from '../../shared/matrix/grid';
import { withAttribution } from '../../shared/profiles/attribution';
import { BUILTIN_PROFILES } from '../../shared/profiles/builtins';
import { customProfileFromTable } from '../../shared/profiles/custom';
import type { Profile } from '../../shared/profiles/model';
import { resolveProfile } from '../../shared/profiles/resolve';
import { validateProfile } from '../../shared/profiles/validate';
import { profileTableRows } from '../../shared/workbook/profile-sheet';
import { errorOf } from '../support/grids';

describe('validateProfile', () => {
  test.each(BUILTIN_PROFILES.map((profile) => [profile.id, profile]))(
    'built-in %s is sound, ids included',
    (_, profile) => {
      expect(validateProfile(withAttribution(profile as Profile), { strictIds: true })).toEqual([]);
    },
  );

  test('reports every problem, not only the first', () => {
    const broken: Profile = {
      id: 'kapot',
      title: '',
      year: 2026,
      source: 'x',
      licence: 'x',
      areas: [
        { id: 'Gebied A', code: 'A', name: 'A', role: 'A', aliases: [], description: '', scope: 'network', items: [] },
        {
          id: 'b',
          code: 'BBB',
          name: 'B',
          role: 'B',
          aliases: [],
          description: '',
          scope: 'network',
          items: [
            { id: 'BBB-K1', type: 'K', text: 'een' },
            { id: 'BBB-K1', type: 'K', text: '' },
            { id: 'BBB-K4', type: 'K', text: 'vier' },
          ],
        },
      ],
    };
    const problems = validateProfile(broken, { strictIds: true }).map((p) => `${p.where}: ${p.problem}`);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringContaining('titel ontbreekt'),
        expect.stringContaining('niet klein geschreven'),
        expect.stringContaining('geen hoofdlettercode'),
        expect.stringContaining('komt twee keer voor'),
        expect.stringContaining('omschrijving ontbreekt'),
        expect.stringContaining('verwacht id BBB-K3'),
      ]),
    );
  });
});

describe('custom profiles', () => {
  test.each(BUILTIN_PROFILES.map((profile) => [profile.id, profile]))(
    'the Profiel sheet table of %s reads back to the same areas, items and scopes',
    (_, builtin) => {
      const profile = builtin as Profile;
      const custom = customProfileFromTable({ values: profileTableRows(profile, 'nl') as CellValue[][] });
      expect(custom.areas.map((area) => [area.code, area.scope, area.items])).toEqual(
        profile.areas.map((area) => [area.code, area.scope, area.items]),
      );
    },
  );

  test('an institution renames an area, drops and adds items', () => {
    const profile = customProfileFromTable({
      values: [
        ['Profiel Hogeschool X'],
        ['Bron: eigen bewerking van Npuls'],
        [],
        ['ID', 'Gebied', 'Type', 'Omschrijving', 'Bereik'],
        ['ADV-K1', 'Adviseur', 'K', 'Kennis van beleid', 'netwerk'],
        ['ADV-K3', 'Adviseur', 'Kennis', 'Kennis van data', ''],
        ['X-1', 'Datacoach', '', 'Helpt teams met data', 'iedereen'],
      ],
    });
    expect(profile.title).toBe('Profiel Hogeschool X');
    expect(profile.source).toBe('eigen bewerking van Npuls');
    expect(profile.areas.map((area) => [area.id, area.code, area.scope, area.items.length])).toEqual([
      ['adviseur', 'ADV', 'network', 2],
      ['datacoach', 'DAT', 'everyone', 1],
    ]);
  });

  test('every problem is reported with its row', () => {
    const error = errorOf(() =>
      customProfileFromTable({
        values: [
          ['ID', 'Gebied', 'Type', 'Omschrijving', 'Bereik'],
          ['A-1', 'Alpha', 'Q', 'tekst', ''],
          ['A-2', '', 'K', 'tekst', ''],
          ['A-3', 'Alpha', 'K', '', 'soms'],
          ['A-3', 'Alpha', 'K', 'dubbel', ''],
          ['A-3', 'Alpha', 'K', 'driedubbel', ''],
        ],
        origin: { sheet: 'Profiel', row: 6, column: 1 },
      }),
    );
    expect(error.message).toContain('regel 7: Type "Q" is onbekend');
    expect(error.message).toContain('regel 8: Gebied ontbreekt');
    expect(error.message).toContain('regel 9: Bereik "soms" is onbekend');
    expect(error.message).toContain('regel 9: Omschrijving ontbreekt');
    expect(error.message).toContain('A-3: id "A-3" komt twee keer voor');
  });

  test('a table of three or more columns without the header is an error (one or two columns are a list)', () => {
    expect(
      errorOf(() =>
        customProfileFromTable({
          values: [
            ['a', 'b', 'x'],
            ['c', 'd', 'y'],
          ],
        }),
      ).detail.key,
    ).toBe('profileTableHeader');
  });

  test('resolveProfile takes an id, nothing, a 1×1 range or a table', () => {
    expect(resolveProfile(undefined).id).toBe('npuls');
    expect(resolveProfile(' HAN ').id).toBe('han');
    expect(resolveProfile([['kennisnet']]).id).toBe('kennisnet');
    expect(errorOf(() => resolveProfile('onbekend')).message).toContain('npuls, han, versnellingsplan, kennisnet');
  });
});
