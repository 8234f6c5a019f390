// Which column holds the names (docs/design.md#5-reading-a-matrix): name words, Login/Employee/Full name, headers with naam/name, never numbers.

import { formatMessage } from '../../shared/i18n/message';
import type { CellValue } from '../../shared/matrix/grid';
import { readMatrix } from '../../shared/matrix/read';
import { NPULS } from '../../shared/profiles/data/npuls';
import { loginXo } from '../support/existing-layouts';
import { errorOf, read } from '../support/grids';

const names = (values: CellValue[][], nameHeader?: string) =>
  readMatrix({ values }, NPULS, nameHeader ? { nameHeader } : {}).people.map((person) => person.name);

describe('name column', () => {
  test.each(['Login', 'Employee', 'Full name', 'Volledige naam'])(
    '%p is a name header, before a text column',
    (header) => {
      expect(
        names([
          ['Team', header, 'Coach'],
          ['Blauw', 'Anna', 2],
        ]),
      ).toEqual(['Anna']);
    },
  );

  test('a numeric ID column is never the names; the "ID-name" column is, and the reading says so', () => {
    const values: CellValue[][] = [
      ['ID', 'ID-name', 'Coach'],
      ['16', 'Anna', 2],
      ['27', 'Bram', 3],
    ];
    const reading = read(values);
    expect(reading.people.map((person) => person.name)).toEqual(['Anna', 'Bram']);
    expect(formatMessage(reading.warnings[0]!, 'nl')).toBe(
      'Namen gelezen uit kolom B1 ("ID-name"); een andere kolom kiest u met --naamkolom KOP.',
    );
  });

  test('a column of number texts is not taken by its content either', () => {
    expect(
      names([
        ['Nummer', 'Wie', 'Coach'],
        ['16', 'Anna', 2],
        ['0027', 'Bram', 3],
      ]),
    ).toEqual(['Anna', 'Bram']);
    const error = errorOf(() =>
      read([
        ['Nummer', 'Coach'],
        ['16', 2],
      ]),
    );
    expect(error.detail.key).toBe('noNameColumn');
  });

  test('the x/o matrix with Login reads its logins as the people', () => {
    const reading = read(loginXo());
    expect(reading.people.map((person) => person.name)).toEqual([
      'ajansen',
      'bdevries',
      'cbakker',
      'dsmit',
      'epratama',
    ]);
  });

  test('nameHeader (--naamkolom) chooses; an unknown header is refused naming the headers', () => {
    const values: CellValue[][] = [
      ['Naam', 'Roepnaam', 'Coach'],
      ['Anna de Vries', 'Anna', 2],
    ];
    expect(names(values, 'roepnaam')).toEqual(['Anna']);
    const error = errorOf(() => names(values, 'Login'));
    expect(error.localized('en')).toBe('No column headed "Login" for the names. Headers: "Naam", "Roepnaam", "Coach".');
  });
});
