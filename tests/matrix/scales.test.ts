// A matrix read in its scale (docs/design.md#3-levels-and-cell-values): x/o never as Dutch initials, yes/no areas by any item, Niveaus blocks.

import fc from 'fast-check';
import { analyze } from '../../shared/analysis/analyze';
import { formatMessage } from '../../shared/i18n/message';
import { builtInScale } from '../../shared/levels/scale';
import type { CellValue } from '../../shared/matrix/grid';
import { readMatrix } from '../../shared/matrix/read';
import { customProfileFromTable } from '../../shared/profiles/custom';
import { NPULS } from '../../shared/profiles/data/npuls';
import { areaLevel, errorOf, read } from '../support/grids';

/** An x/o matrix as published: x = has the skill, o = has not. */
const XO: CellValue[][] = [
  ['Naam', 'Coach', 'Adviseur', 'Didacticus'],
  ['Anna', 'x', 'o', 'o'],
  ['Bram', 'o', 'o', 'x'],
  ['Chris', 'o', 'o', 'o'],
];

describe('x and o', () => {
  test('o next to x is "no", never the initial O (In ontwikkeling), and the reading says so', () => {
    const reading = read(XO);
    expect(areaLevel(reading, 'Anna', 'adviseur')).toBe(0);
    expect(areaLevel(reading, 'Anna', 'coach')).toBe(2);
    const analysis = analyze(reading, { threshold: 1 });
    expect(analysis.areas.find((area) => area.id === 'coach')!.covered).toBe(1);
    expect(formatMessage(reading.warnings[0]!, 'nl')).toBe(
      'x en o gelezen als ja en nee (cellen B2 en C2): x telt als Bekwaam (2), o als Nog niet (0), niet als In ontwikkeling. Is het een ja/nee-matrix, zeg dan --schaal x-o: dan dekt wie één competentie van een gebied heeft.',
    );
  });

  test('Dutch initials without x marks still read as levels', () => {
    const reading = read([
      ['Naam', 'Coach', 'Adviseur'],
      ['Anna', 'O', 'G'],
    ]);
    expect([areaLevel(reading, 'Anna', 'coach'), areaLevel(reading, 'Anna', 'adviseur')]).toEqual([1, 3]);
  });

  test('x beside B, G or E without any o reads both (x is "ja"): nothing is ambiguous', () => {
    const reading = read([
      ['Naam', 'Coach', 'Adviseur'],
      ['Anna', 'x', 'G'],
    ]);
    expect([areaLevel(reading, 'Anna', 'coach'), areaLevel(reading, 'Anna', 'adviseur')]).toEqual([2, 3]);
  });

  test('x and o beside initials N, B, G, E is an error naming the cells', () => {
    const error = errorOf(() =>
      read([
        ['Naam', 'Coach', 'Adviseur'],
        ['Anna', 'x', 'o'],
        ['Bram', 'B', 'x'],
      ]),
    );
    expect(error.detail.key).toBe('mixedMarks');
    expect(error.localized('en')).toContain(
      'Cell B2 holds an x mark ("x"), cell C2 an o and cell B3 a Dutch initial ("B")',
    );
  });

  test('an o met only in a row left out (a totals row) still decides x/o for the people', () => {
    // The marks are looked for when the reading meets an o or leaves a row out (docs/design.md#10-performance-targets).
    const reading = read([
      ['Naam', 'Coach', 'Adviseur'],
      ['Anna', 'x', ''],
      ['Bram', '', 'x'],
      ['Totaal', 'o', 'o'],
    ]);
    expect(reading.people.map((person) => person.name)).toEqual(['Anna', 'Bram']);
    expect(reading.warnings.map((warning) => warning.key)).toContain('readAsXo');
  });

  test('mixed marks are refused before a cell that is no level, wherever that cell is', () => {
    const error = errorOf(() =>
      read([
        ['Naam', 'Coach', 'Adviseur'],
        ['Anna', 'veel', 'x'],
        ['Bram', 'o', 'B'],
      ]),
    );
    expect(error.detail.key).toBe('mixedMarks');
  });

  test('property: a file of x and o marks (one x at least) is never read as Dutch initials', () => {
    const mark = fc.constantFrom('x', 'X', 'o', 'O', ' o', 'x ', null);
    fc.assert(
      fc.property(fc.array(fc.array(mark, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 8 }), (rows) => {
        const values: CellValue[][] = [
          ['Naam', 'Coach', 'Adviseur', 'Innovator'],
          ['Ada', 'x', null, null],
        ];
        rows.forEach((row, r) => {
          values.push([`P${r}`, ...row]);
        });
        const reading = read(values);
        for (const person of reading.people) {
          for (const level of person.areaLevels) expect([0, 2, -1]).toContain(level);
        }
      }),
    );
  });
});

describe('a stated scale', () => {
  test('1-5 maps 1 → 0 … 5 → 4', () => {
    const reading = readMatrix(
      {
        values: [
          ['Naam', 'Coach', 'Adviseur'],
          ['Anna', 5, 1],
        ],
      },
      NPULS,
      { scale: builtInScale('1-5') },
    );
    expect([areaLevel(reading, 'Anna', 'coach'), areaLevel(reading, 'Anna', 'adviseur')]).toEqual([4, 0]);
  });

  test('ja-nee: an area is covered by a person holding any of its items, and the reading says so', () => {
    const values: CellValue[][] = [
      ['Naam', 'ADV-K1', 'ADV-K2', 'ADV-V1', 'COA-K1'],
      ['Anna', 1, 0, 0, 0],
      ['Bram', 0, 0, 0, 1],
    ];
    const reading = readMatrix({ values }, NPULS, { scale: builtInScale('ja-nee') });
    expect(areaLevel(reading, 'Anna', 'adviseur')).toBe(2);
    expect(areaLevel(reading, 'Bram', 'adviseur')).toBe(0);
    expect(analyze(reading).areas.find((area) => area.id === 'adviseur')!.covered).toBe(1);
    expect(formatMessage(reading.warnings[0]!, 'en')).toBe(
      'Scale ja-nee: a competency is held (2) or not (0); an area counts as covered by a person who holds any of its competencies.',
    );
  });

  test('a custom profile table with a Niveaus block reads its matrix in that block', () => {
    const profile = customProfileFromTable({
      values: [
        ['ID', 'Gebied', 'Type', 'Omschrijving'],
        ['DAT-1', 'Data', '', 'SQL'],
        ['DAT-2', 'Data', '', 'Python'],
        [null, null, null, null],
        ['Niveaus', null, null, null],
        ['Beginner', 1, null, null],
        ['Intermediate', 2, null, null],
        ['Expert', 'Expert', null, null],
      ],
    });
    expect(profile.levels).toEqual([
      { value: 'Beginner', level: 1 },
      { value: 'Intermediate', level: 2 },
      { value: 'Expert', level: 4 },
    ]);
    expect(profile.areas[0]!.items).toHaveLength(2);
    const reading = readMatrix(
      {
        values: [
          ['Naam', 'SQL', 'Python'],
          ['Anna', 'Expert', 'beginner'],
        ],
      },
      profile,
    );
    expect(reading.people[0]!.itemLevels).toEqual(Float64Array.from([4, 1]));
    const bad = errorOf(() =>
      readMatrix(
        {
          values: [
            ['Naam', 'SQL'],
            ['Anna', 3],
          ],
        },
        profile,
      ),
    );
    // Named with the block's own values, not 0–4's.
    expect(bad.localized('nl')).toBe(
      'Cel B2: 3 is geen waarde van de schaal Niveaus: Beginner, Intermediate, Expert, n.v.t. of leeg.',
    );
  });
});
