// Invisible characters, look-alike letters and records wider than their header while reading a matrix (docs/design.md#9-reliability-and-privacy).

import { formatMessage } from '../../shared/i18n/message';
import { locateMatrix } from '../../shared/matrix/locate';
import { readMatrix } from '../../shared/matrix/read';
import { NPULS } from '../../shared/profiles/data/npuls';
import { areaLevel, errorOf, read } from '../support/grids';

describe('invisible characters in names', () => {
  test.each([
    ['zero-width space', 'Anna\u200B'],
    ['zero-width non-joiner', 'An\u200Cna'],
    ['zero-width joiner', '\u200DAnna'],
    ['word joiner', 'Anna\u2060'],
    ['byte-order mark', '\uFEFFAnna'],
  ])('a name with a %s is the same person: the duplicate error names both cells', (_, hidden) => {
    const error = errorOf(() =>
      read([
        ['Naam', 'Coach'],
        ['Anna', 2],
        [hidden, 3],
      ]),
    );
    expect(error.detail.key).toBe('duplicatePerson');
    expect(error.detail.params).toMatchObject({ first: 'A2', second: 'A3' });
  });

  test('the duplicate error shows the hidden character', () => {
    const error = errorOf(() =>
      read([
        ['Naam', 'Coach'],
        ['Anna', 2],
        ['Anna\u200B', 3],
      ]),
    );
    expect(formatMessage(error.detail, 'nl')).toBe('Persoon "Anna\\u200b" staat twee keer in de matrix: A2 en A3.');
  });

  test.each(['\u00A0', '\u202F', '\u2007'])('a non-breaking space (%p) is a space between names', (space) => {
    const error = errorOf(() =>
      read([
        ['Naam', 'Coach'],
        ['Anna de Vries', 2],
        [`Anna${space}de Vries`, 3],
      ]),
    );
    expect(error.detail.params).toMatchObject({ first: 'A2', second: 'A3' });
  });
});

describe('invisible characters in headers', () => {
  test('a header with zero-width and non-breaking characters maps as without them', () => {
    const reading = read([
      ['\u00A0Naam\u200B', 'Co\u200Bach', 'Adviseur\u2060\u00A0', 'Ontwikkelwens\u202Fcoach'],
      ['Anna', 3, 2, 'ja'],
    ]);
    expect(reading.nameColumn).toBe(0);
    expect(reading.columns.map((column) => column.target?.kind)).toEqual(['name', 'area', 'area', 'wish']);
    expect(reading.warnings).toEqual([]);
    expect(areaLevel(reading, 'Anna', 'coach')).toBe(3);
  });

  test('two headers that differ by an invisible character are one competency twice', () => {
    const error = errorOf(() =>
      read([
        ['Naam', 'Coach', 'Coach\u200B'],
        ['Anna', 3, 2],
      ]),
    );
    expect(formatMessage(error.detail, 'nl')).toBe(
      'Kolommen B1 ("Coach") en C1 ("Coach\\u200b") gaan allebei over coach.',
    );
  });
});

describe('a level with an invisible character', () => {
  test('is an error showing the character, never read as the level it looks like', () => {
    const error = errorOf(() =>
      read([
        ['Naam', 'Coach'],
        ['Anna', '3\u200B'],
      ]),
    );
    expect(error.detail.key).toBe('invalidLevel');
    expect(error.detail.params).toMatchObject({ cell: 'B2', value: '"3\\u200b"' });
    expect(formatMessage(error.detail, 'en')).toMatch(/^Cell B2: "3\\u200b" is not a level\. Accepted: /);
  });

  test('a non-breaking space around a level is a space', () => {
    const reading = read([
      ['Naam', 'Coach'],
      ['Anna', '\u00A03 - Gevorderd\u00A0'],
    ]);
    expect(areaLevel(reading, 'Anna', 'coach')).toBe(3);
  });
});

describe('names with look-alike letters of another script', () => {
  test('a Cyrillic А in "Аnna" gives a warning naming both cells; both are read', () => {
    const reading = read([
      ['Naam', 'Coach'],
      ['Anna', 2],
      ['Bram', 1],
      ['\u0410nna', 3],
    ]);
    expect(reading.people.map((person) => person.name)).toEqual(['Anna', 'Bram', '\u0410nna']);
    expect(reading.warnings.map((warning) => formatMessage(warning, 'nl'))).toEqual([
      'Namen "Anna" (A2) en "\u0410nna" (A4) zien er hetzelfde uit maar verschillen in letters uit een ander schrift (Cyrillisch of Grieks); ze tellen als twee personen. Typ de naam opnieuw als het één persoon is.',
    ]);
  });

  test('Greek capitals that look Latin are noticed too', () => {
    const reading = read([
      ['Naam', 'Coach'],
      ['\u039Fscar \u039A\u03BFk', 2],
      ['Oscar Kok', 3],
    ]);
    expect(reading.warnings.map((warning) => warning.params)).toEqual([
      { first: 'A2', firstName: '"\u039Fscar \u039A\u03BFk"', second: 'A3', secondName: '"Oscar Kok"' },
    ]);
  });

  test('names in another script that do not look alike give no warning', () => {
    const reading = read([
      ['Naam', 'Coach'],
      ['Анна', 2],
      ['Anna', 3],
      ['Ирина', 1],
    ]);
    expect(reading.warnings).toEqual([]);
  });
});

describe('records of a text file wider than their header', () => {
  const rows = [
    ['Teamscan CTL'],
    ['Naam', 'Coach', 'Adviseur', '', ''],
    ['Anna', '2', '3', '', ''],
    ['Jansen', ' Bram', '1', '4'],
  ];

  test('a value right of the last header is an error naming the row and the cell', () => {
    const grid = locateMatrix({ values: rows, textRecords: true }, NPULS);
    const error = errorOf(() => readMatrix(grid, NPULS));
    expect(formatMessage(error.detail, 'nl')).toBe(
      'Regel 4 heeft meer cellen dan de kopregel: D4 ("4") staat onder geen kop. Staat er een scheidingsteken in een naam of waarde zonder aanhalingstekens?',
    );
  });

  test('empty trailing fields are fine', () => {
    const grid = locateMatrix({ values: rows.slice(0, 3), textRecords: true }, NPULS);
    expect(areaLevel(readMatrix(grid, NPULS), 'Anna', 'adviseur')).toBe(3);
  });

  test('in a sheet (not text records) a note right of the matrix stays out of the reading', () => {
    const sheet = [rows[1]!, ['Anna', 2, 3, '', '', 'notitie']];
    const reading = readMatrix(locateMatrix({ values: sheet }, NPULS), NPULS);
    expect(reading.people.map((person) => person.name)).toEqual(['Anna']);
    expect(reading.warnings).toEqual([]);
  });
});

describe('skipped columns', () => {
  test('the first 10 are named, the rest counted', () => {
    const extra = Array.from({ length: 13 }, (_, i) => `Extra ${i + 1}`);
    const reading = read([
      ['Naam', ...extra, 'Coach'],
      ['Anna', ...extra.map(() => 'x'), 2],
    ]);
    const warnings = reading.warnings.map((warning) => formatMessage(warning, 'nl'));
    expect(warnings).toHaveLength(11);
    expect(warnings[0]).toBe('Kolom B1 ("Extra 1") hoort niet bij het profiel en is overgeslagen.');
    expect(warnings[9]).toBe('Kolom K1 ("Extra 10") hoort niet bij het profiel en is overgeslagen.');
    expect(warnings[10]).toBe('… en 3 andere kolommen (ook overgeslagen).');
  });

  test('ten are all named', () => {
    const extra = Array.from({ length: 10 }, (_, i) => `Extra ${i + 1}`);
    const reading = read([
      ['Naam', ...extra, 'Coach'],
      ['Anna', ...extra.map(() => ''), 2],
    ]);
    expect(reading.warnings.map((warning) => warning.key)).toEqual(Array(10).fill('skippedColumn'));
  });
});
