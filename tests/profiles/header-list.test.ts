// A custom profile with less work (docs/design.md#5-reading-a-matrix): a list of the matrix's headers, ids made, errors that say the rule once.

import { analyze } from '../../shared/analysis/analyze';
import { runFormula } from '../../shared/formulas/registry';
import type { CellValue } from '../../shared/matrix/grid';
import { readMatrix } from '../../shared/matrix/read';
import { customProfileFromTable } from '../../shared/profiles/custom';
import { errorOf } from '../support/grids';

describe('a list of competency headers', () => {
  test('one column: every header an item of one area, ids made', () => {
    const profile = customProfileFromTable({ values: [['Competentie'], ['SQL'], ['Python'], ['Data modelling']] });
    expect(profile.areas.map((area) => [area.name, area.code, area.items.map((item) => [item.id, item.text])])).toEqual(
      [
        [
          'Eigen competenties',
          'EIGE',
          [
            ['EIGE-1', 'SQL'],
            ['EIGE-2', 'Python'],
            ['EIGE-3', 'Data modelling'],
          ],
        ],
      ],
    );
  });

  test('a second column gives the areas; headers match as tolerantly as for built-in profiles', () => {
    const profile = customProfileFromTable({
      values: [
        ['Skill', 'Category'],
        ['SQL', 'Data'],
        ['Python', 'Data'],
        ['Coaching', 'Mensen'],
      ],
    });
    expect(profile.areas.map((area) => [area.id, area.items.map((item) => item.id)])).toEqual([
      ['data', ['DATA-1', 'DATA-2']],
      ['mensen', ['MENS-1']],
    ]);
    const reading = readMatrix(
      {
        values: [
          ['Name', 'sql', 'PYTHON (scripts)', 'Coaching'],
          ['Anna', 3, 1, 0],
          ['Bram', 0, 2, 4],
        ],
      },
      profile,
    );
    expect(reading.people.map((person) => Array.from(person.itemLevels))).toEqual([
      [3, 1, 0],
      [0, 2, 4],
    ]);
    const data = analyze(reading).areas.find((area) => area.id === 'data')!;
    expect(data.covered).toBe(1);
  });

  test('the same header twice is refused naming both rows', () => {
    const error = errorOf(() => customProfileFromTable({ values: [['SQL'], ['Python'], ['sql']] }));
    expect(error.localized('nl')).toContain('regel 3: "sql" staat ook op regel 1 (elke kop één keer)');
  });

  test('as a formula argument: the profile range is the list', () => {
    const list: CellValue[][] = [['SQL'], ['Python']];
    const matrix: CellValue[][] = [
      ['Naam', 'SQL', 'Python'],
      ['Anna', 2, 3],
      ['Bram', 0, 1],
    ];
    expect(runFormula('GEDEKT', [matrix, 'Eigen competenties', null, list], { lang: 'nl' })).toBe(1);
  });
});

describe('errors of a full table', () => {
  test('ids with spaces: the rule said once, with this profile’s own code as the example, runs shortened', () => {
    const values: CellValue[][] = [['ID', 'Gebied', 'Type', 'Omschrijving']];
    for (let i = 1; i <= 12; i++) values.push([`data ${i}`, 'Data', '', `Skill ${i}`]);
    const error = errorOf(() => customProfileFromTable({ values }));
    const lines = error.localized('nl').split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toBe(
      `12 ID's zijn leeg of bevatten spaties ("data 1", "data 2", "data 3", "data 4", "data 5", en 7 meer): een ID is één woord zonder spaties, zoals DATA-1; laat de kolom ID leeg, dan maakt Teamscan ze uit de gebiedscode`,
    );
  });

  test('an empty ID is made from the area code', () => {
    const profile = customProfileFromTable({
      values: [
        ['ID', 'Gebied', 'Type', 'Omschrijving'],
        ['', 'Data', '', 'SQL'],
        ['', 'Data', '', 'Python'],
      ],
    });
    expect(profile.areas[0]!.items.map((item) => item.id)).toEqual(['DAT-1', 'DAT-2']);
  });
});
