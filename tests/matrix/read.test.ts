// Reading a matrix (docs/design.md#5-reading-a-matrix): name column, competency and optional columns, skipped columns, errors.

import { formatMessage } from '../../shared/i18n/message';
import { EMPTY, NOT_APPLICABLE } from '../../shared/levels/levels';
import { locateMatrix } from '../../shared/matrix/locate';
import { readMatrix } from '../../shared/matrix/read';
import { NPULS } from '../../shared/profiles/data/npuls';
import { areaLevel, errorOf, read } from '../support/grids';

describe('name column', () => {
  test.each(['Naam', 'Name', 'Medewerker', 'Persoon', 'Docentondersteuner', ' NAAM '])(
    'is found by the header %p',
    (header) => {
      const reading = read([
        ['FTE', header, 'Adviseur'],
        [1, 'Anna', 2],
      ]);
      expect(reading.nameColumn).toBe(1);
      expect(reading.people.map((person) => person.name)).toEqual(['Anna']);
    },
  );

  test('falls back to the first column that mostly holds text', () => {
    const reading = read([
      ['Nr', 'Wie', 'Coach'],
      [1, 'Anna', 3],
      [2, 'Bram', 'Bekwaam'],
    ]);
    expect(reading.nameColumn).toBe(1);
    // The column taken is said (docs/design.md#5-reading-a-matrix), then the skipped one.
    expect(reading.warnings.map((w) => [w.key, w.params.header])).toEqual([
      ['nameColumnChosen', '"Wie"'],
      ['skippedColumn', '"Nr"'],
    ]);
  });

  test('a matrix without a name column is an error naming the range', () => {
    const error = errorOf(() =>
      read([
        ['Nr', 'Coach'],
        [1, 3],
      ]),
    );
    expect(error.detail.key).toBe('noNameColumn');
    expect(error.message).toContain('A1:B2');
  });
});

describe('competency columns', () => {
  test.each([
    ['adviseur', 'area id'],
    ['Adviseur', 'role noun'],
    ['Strategisch en praktisch (onderbouwd) adviseren', 'long name'],
    ['ADV', 'code'],
    ['Coach (begeleiden)', 'trailing note'],
  ])('a header %p (%s) maps to an area', (header) => {
    const reading = read([
      ['Naam', header],
      ['Anna', 3],
    ]);
    expect(reading.columns[1]!.target?.kind).toBe('area');
  });

  test('"Verbinder" is the bruggenbouwer', () => {
    const reading = read([
      ['Naam', 'Verbinder'],
      ['Anna', 3],
    ]);
    expect(areaLevel(reading, 'Anna', 'bruggenbouwer')).toBe(3);
  });

  test.each(['ADV-K', 'Adviseur – Kennis', 'adviseur kennis', 'Kennis adviseur', 'ADV K'])(
    '%p maps to adviseur × kennis',
    (header) => {
      const reading = read([
        ['Naam', header],
        ['Anna', 3],
      ]);
      expect(reading.columns[1]!.target).toMatchObject({ kind: 'areaType', type: 'K' });
    },
  );

  test.each(['ADV-V3', 'adv v3', 'ADVV3'])('%p maps to the item ADV-V3', (header) => {
    const reading = read([
      ['Naam', header],
      ['Anna', 4],
    ]);
    const target = reading.columns[1]!.target;
    expect(target?.kind).toBe('item');
    expect(reading.itemColumns.filter(Boolean)).toHaveLength(1);
  });

  test('an item text, with other case, accents and punctuation, maps to its item', () => {
    const item = NPULS.areas[2]!.items[0]!;
    const header = `${item.text.toUpperCase().replace(/\.$/, '')}!`;
    const reading = read([
      ['Naam', header],
      ['Anna', 4],
    ]);
    expect(reading.columns[1]!.target).toMatchObject({ kind: 'item' });
  });

  test('other columns are skipped and reported with their cell', () => {
    const reading = read([
      ['Naam', 'Afdeling', 'FTE', 'Coach'],
      ['Anna', 'CTL', 0.8, 2],
    ]);
    expect(reading.warnings.map((warning) => formatMessage(warning))).toEqual([
      'Kolom B1 ("Afdeling") hoort niet bij het profiel en is overgeslagen.',
      'Kolom C1 ("FTE") hoort niet bij het profiel en is overgeslagen.',
    ]);
  });

  test('two columns for the same competency are an error naming both', () => {
    const error = errorOf(() =>
      read([
        ['Naam', 'Adviseur', 'Afdeling', 'ADV'],
        ['Anna', 2, 'x', 3],
      ]),
    );
    expect(error.detail.key).toBe('duplicateColumn');
    expect(error.message).toContain('B1');
    expect(error.message).toContain('D1');
  });

  test('a matrix without competency columns is an error', () => {
    expect(
      errorOf(() =>
        read([
          ['Naam', 'FTE'],
          ['Anna', 1],
        ]),
      ).detail.key,
    ).toBe('noCompetencyColumns');
  });
});

describe('optional columns', () => {
  test('Rol, Werkniveau, Bijgewerkt and a development wish are read', () => {
    const updated = new Date(2026, 10, 1);
    const reading = read([
      ['Naam', 'Rol', 'Werkniveau', 'Bijgewerkt', 'Coach', 'Ontwikkelwens coach'],
      ['Anna', 'i-coach', 'tactisch', updated, 1, 'ja'],
      ['Bram', 'adviseur', 'strategisch', null, 3, 'nee'],
    ]);
    const [anna, bram] = reading.people;
    expect(anna).toMatchObject({ role: 'i-coach', workLevel: 'tactisch', updated });
    const coach = NPULS.areas.findIndex((area) => area.id === 'coach');
    expect(anna!.wishes[coach]).toBe(1);
    expect(bram!.wishes[coach]).toBe(0);
    expect(reading.warnings).toEqual([]);
  });
});

describe('rows and cells', () => {
  test('a row without any level is not scanned', () => {
    const reading = read([
      ['Naam', 'Coach', 'Adviseur'],
      ['Anna', 2, null],
      ['Bram', '', '  '],
      [null, null, null],
    ]);
    expect(reading.people.map((person) => [person.name, person.scanned])).toEqual([
      ['Anna', true],
      ['Bram', false],
    ]);
    expect(reading.warnings).toEqual([]);
  });

  test('n.v.t. is not a scan; a row with only n.v.t. is not scanned', () => {
    const reading = read([
      ['Naam', 'Coach'],
      ['Anna', 'n.v.t.'],
    ]);
    expect(reading.people[0]!.scanned).toBe(false);
    expect(areaLevel(reading, 'Anna', 'coach')).toBe(NOT_APPLICABLE);
  });

  test('a row with values but no name is skipped with a warning', () => {
    const reading = read([
      ['Naam', 'Coach'],
      ['Anna', 2],
      [null, 3],
    ]);
    expect(reading.people).toHaveLength(1);
    expect(formatMessage(reading.warnings[0]!)).toBe('Regel 3 heeft waarden maar geen naam en is overgeslagen.');
  });

  test('a duplicate person is an error naming both cells', () => {
    const error = errorOf(() =>
      read([
        ['Naam', 'Coach'],
        ['Anna de Vries', 2],
        ['anna  de vries ', 3],
      ]),
    );
    expect(error.detail.key).toBe('duplicatePerson');
    expect(error.message).toContain('A2');
    expect(error.message).toContain('A3');
  });

  test('a bad cell is an error naming the cell, with its sheet, and the value', () => {
    const error = errorOf(() =>
      read(
        [
          ['Naam', 'Coach', 'Adviseur'],
          ['Anna', 2, 'hoog'],
        ],
        { sheet: 'Team 1', row: 3, column: 2 },
      ),
    );
    expect(error.message).toContain("'Team 1'!D4");
    expect(error.message).toContain('"hoog"');
    expect(error.localized('en')).toContain('is not a level');
  });

  test('a cell the host marks empty is empty, not 0', () => {
    const reading = readMatrix(
      {
        values: [
          ['Naam', 'Coach'],
          ['Anna', 0],
          ['Bram', 0],
        ],
        emptyMask: [
          [false, false],
          [false, true],
          [false, false],
        ],
      },
      NPULS,
    );
    expect(areaLevel(reading, 'Anna', 'coach')).toBe(EMPTY);
    expect(areaLevel(reading, 'Bram', 'coach')).toBe(0);
  });
});

describe('person level on an area', () => {
  test('is the mean of the scanned items where there are any, even beside an area column (docs/design.md#4-what-the-answers-mean)', () => {
    const reading = read([
      ['Naam', 'Adviseur', 'ADV-K1', 'ADV-K2'],
      ['Anna', 1, 4, 4],
      ['Bram', 1, null, null],
    ]);
    expect(areaLevel(reading, 'Anna', 'adviseur')).toBe(4);
    expect(areaLevel(reading, 'Bram', 'adviseur')).toBe(1);
  });

  test('is otherwise the mean of the scanned items and K/V/A columns, n.v.t. and empty left out', () => {
    const reading = read([
      ['Naam', 'ADV-K1', 'ADV-K2', 'ADV-V1', 'ADV-A', 'COA-K1'],
      ['Anna', 4, 'n.v.t.', null, 1, 'n.v.t.'],
      ['Bram', null, null, null, null, null],
    ]);
    expect(areaLevel(reading, 'Anna', 'adviseur')).toBe(2.5);
    expect(areaLevel(reading, 'Anna', 'coach')).toBe(NOT_APPLICABLE);
    expect(areaLevel(reading, 'Bram', 'adviseur')).toBe(EMPTY);
  });
});

describe('locateMatrix', () => {
  test('skips title lines above the header and keeps addresses right', () => {
    const grid = locateMatrix(
      {
        values: [['Quickscan team A'], [], ['Naam', 'Coach', 'Adviseur'], ['Anna', 'hoog', 2]],
        origin: { sheet: 'Blad1', row: 1, column: 1 },
      },
      NPULS,
    );
    expect(grid.origin).toEqual({ sheet: 'Blad1', row: 3, column: 1 });
    expect(errorOf(() => readMatrix(grid, NPULS)).message).toContain('Blad1!B4');
  });
});
