// Where a matrix ends (docs/design.md#5-reading-a-matrix): the first empty row, totals and average rows, rows without a name, titles.

import fc from 'fast-check';
import { analyze } from '../../shared/analysis/analyze';
import { runFormula } from '../../shared/formulas/registry';
import { formatMessage } from '../../shared/i18n/message';
import type { CellValue } from '../../shared/matrix/grid';
import { locateMatrix } from '../../shared/matrix/locate';
import { readMatrix } from '../../shared/matrix/read';
import { NPULS } from '../../shared/profiles/data/npuls';
import { TEMPLATE_PEOPLE, template04 } from '../support/existing-layouts';
import { read } from '../support/grids';

const located = (values: CellValue[][]) => readMatrix(locateMatrix({ values }, NPULS), NPULS);
const keys = (reading: ReturnType<typeof read>) => reading.warnings.map((warning) => warning.key);

describe('a 0–4 team template with a title, a legend, totals and instructions', () => {
  test('reads the five people and nothing else, each left-out row in a warning', () => {
    const reading = located(template04());
    expect(reading.people.map((person) => person.name)).toEqual(TEMPLATE_PEOPLE);
    expect(keys(reading)).toEqual(['rowWithoutName', 'totalsRow', 'rowsBelowIgnored']);
    const shown = reading.warnings.map((warning) => formatMessage(warning, 'en'));
    expect(shown).toContain('Row 10 has values but no name and was skipped.');
    expect(shown).toContain('Row 11 ("Average") is a totals, average or requirement row and was skipped.');
    expect(shown).toContain(
      'The matrix ends at the empty row 12: row(s) 13–19 below it hold no levels and were not read.',
    );
  });

  test('the totals row with 12 under a skill does not block the read', () => {
    const values = template04();
    values[9]![2] = 12;
    expect(located(values).people).toHaveLength(5);
  });

  test('the average row does not add a covered person', () => {
    const values = template04();
    values[10] = ['Average', null, 3, 3, 3, 3];
    const coach = analyze(located(values)).areas.find((area) => area.id === 'coach')!;
    expect([coach.covered, coach.scanned]).toEqual([3, 5]);
  });

  test('DEKKING over the whole range, titles included, finds the header as the file reading does', () => {
    const table = runFormula('DEKKING', [template04()], { lang: 'nl' }) as CellValue[][];
    const analysis = analyze(located(template04()));
    expect(table.slice(1)).toEqual(
      analysis.areas.map((area) => [area.role, area.covered, area.advanced, area.expert, area.scanned, area.status]),
    );
    expect(table.find((row) => row[0] === 'Coach')).toEqual(['Coach', 3, 2, 1, 5, 'gedekt']);
  });
});

describe('below the first empty row', () => {
  test('a row holding levels is a person, with a warning naming it', () => {
    const reading = read([
      ['Naam', 'Coach'],
      ['Anna', 2],
      [null, null],
      ['Bram', 3],
      ['Zie ook het tabblad Uitleg', null],
    ]);
    expect(reading.people.map((person) => person.name)).toEqual(['Anna', 'Bram']);
    expect(reading.warnings.map((warning) => formatMessage(warning, 'nl'))).toEqual([
      'Regel(s) 4 staan onder de lege regel 3 maar hebben niveaus en zijn als mensen meegeteld; hoort dat niet, maak ze dan leeg.',
      'De matrix eindigt bij de lege regel 3: regel(s) 5 eronder hebben geen niveaus en zijn niet gelezen.',
    ]);
  });

  test('text that is no level in a competency column does not make a person', () => {
    const reading = read([
      ['Naam', 'Coach'],
      ['Anna', 2],
      [null, null],
      ['Legenda', 'hoog = 4'],
    ]);
    expect(reading.people.map((person) => person.name)).toEqual(['Anna']);
  });
});

describe('totals and average rows', () => {
  test.each(['Totaal', 'Gemiddelde', 'Som', 'Score', 'Average', 'Total', 'Mean', 'Sum', 'TOTAAL:', 'Gemiddelde team'])(
    '%p is left out before its values are read',
    (label) => {
      const reading = read([
        ['Naam', 'Coach', 'Adviseur'],
        ['Anna', 2, 3],
        [label, 17, 'veel'],
      ]);
      expect(reading.people.map((person) => person.name)).toEqual(['Anna']);
      expect(keys(reading)).toEqual(['totalsRow']);
    },
  );

  test('a name that merely starts like a totals word is a person', () => {
    const reading = read([
      ['Naam', 'Coach'],
      ['Sommer', 2],
      ['Totaalbeeld Jansen', 3],
    ]);
    expect(reading.people.map((person) => person.name)).toEqual(['Sommer', 'Totaalbeeld Jansen']);
  });
});

describe('properties', () => {
  const people = [
    ['Naam', 'Coach', 'Adviseur'],
    ['Anna', 2, 3],
    ['Bram', 1, 4],
  ];
  /** Text a person types as an instruction: never a level, a number or empty. */
  const instruction = fc
    .string({ minLength: 1, maxLength: 40 })
    .filter((line) => line.trim() !== '')
    .map((line) => `Note: ${line}`);

  test('instruction lines under the matrix never become people', () => {
    fc.assert(
      fc.property(fc.array(instruction, { minLength: 1, maxLength: 12 }), fc.nat(3), (lines, gap) => {
        const values: CellValue[][] = [
          ...people,
          ...Array.from({ length: gap + 1 }, () => [null, null, null]),
          ...lines.map((line) => [line, null, null]),
        ];
        const reading = read(values);
        expect(reading.people.map((person) => person.name)).toEqual(['Anna', 'Bram']);
      }),
    );
  });

  test('a totals row anywhere, with any numbers, never becomes a person and never blocks the read', () => {
    const word = fc.constantFrom('Totaal', 'Gemiddelde', 'Som', 'Score', 'Average', 'Total', 'Mean', 'Sum');
    const value = fc.oneof(fc.double({ min: -100, max: 1000, noNaN: true }), fc.constant(null), fc.string());
    fc.assert(
      fc.property(word, value, value, fc.nat(2), fc.boolean(), (label, a, b, at, named) => {
        const values: CellValue[][] = people.map((row) => [...row]);
        values.splice(1 + at, 0, [named ? label : null, a, b]);
        const reading = read(values);
        expect(reading.people.map((person) => person.name)).toEqual(['Anna', 'Bram']);
      }),
    );
  });
});
