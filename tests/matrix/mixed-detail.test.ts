// Mixed detail (docs/design.md#4-what-the-answers-mean): a person's area level is the mean of their scanned items, else the area's own cell.

import fc from 'fast-check';
import { analyze } from '../../shared/analysis/analyze';
import { EMPTY, NOT_APPLICABLE } from '../../shared/levels/levels';
import type { CellValue } from '../../shared/matrix/grid';
import { NPULS } from '../../shared/profiles/data/npuls';
import { read } from '../support/grids';

const INNOVATOR = NPULS.areas.findIndex((area) => area.id === 'innovator');
const ITEMS = NPULS.areas[INNOVATOR]!.items.slice(0, 3).map((item) => item.id);

describe('mixed detail: the finer scan refines the quickscan', () => {
  test('the items decide where a person has any; the area cell only where they have none', () => {
    const reading = read([
      ['Naam', 'Innovator', ...ITEMS],
      ['Daan', 0, 4, 3, null],
      ['Eva', 3, null, null, null],
      ['Fleur', 'n.v.t.', 2, null, null],
      ['Gert', 2, 'n.v.t.', null, null],
      ['Hans', null, 'n.v.t.', null, null],
    ]);
    const level = (row: number) => reading.people[row]!.areaLevels[INNOVATOR];
    expect(level(0)).toBe(3.5);
    expect(level(1)).toBe(3);
    expect(level(2)).toBe(2);
    expect(level(3)).toBe(2);
    expect(level(4)).toBe(NOT_APPLICABLE);
    // Daan holds INN items alone and now also covers Innovator: no contradiction.
    const analysis = analyze(reading);
    expect(analysis.areas[INNOVATOR]!.coveredBy).toEqual(['Daan', 'Eva', 'Fleur', 'Gert']);
  });

  test('for any row: the mean of the item levels when any, else the area cell, else no level', () => {
    const level = fc.oneof(fc.integer({ min: 0, max: 4 }), fc.constantFrom<CellValue>(null, 'n.v.t.'));
    fc.assert(
      fc.property(level, fc.array(level, { minLength: 3, maxLength: 3 }), (own, items) => {
        const reading = read([
          ['Naam', 'Innovator', ...ITEMS],
          ['P', own, ...items],
        ]);
        const scanned = items.filter((value): value is number => typeof value === 'number');
        const expected =
          scanned.length > 0
            ? scanned.reduce((sum, value) => sum + value, 0) / scanned.length
            : typeof own === 'number'
              ? own
              : own === 'n.v.t.' || items.includes('n.v.t.')
                ? NOT_APPLICABLE
                : EMPTY;
        expect(reading.people[0]?.areaLevels[INNOVATOR] ?? EMPTY).toBeCloseTo(expected, 10);
      }),
    );
  });
});

describe('item levels by detail', () => {
  test('a matrix by area gives every person no item level, and a matrix with item columns each their own', () => {
    const byArea = read([
      ['Naam', 'Innovator', 'Coach'],
      ['Daan', 3, 2],
      ['Eva', 1, 'n.v.t.'],
    ]);
    for (const person of byArea.people) expect(new Set(person.itemLevels)).toEqual(new Set([EMPTY]));
    const byItem = read([
      ['Naam', ...ITEMS],
      ['Daan', 4, null, 2],
      ['Eva', null, 'n.v.t.', 1],
    ]);
    const first = NPULS.areas.slice(0, INNOVATOR).reduce((sum, area) => sum + area.items.length, 0);
    const levels = byItem.people.map((person) => Array.from(person.itemLevels.slice(first, first + 3)));
    expect(levels).toEqual([
      [4, EMPTY, 2],
      [EMPTY, NOT_APPLICABLE, 1],
    ]);
    // Outside those three items nobody has a level.
    for (const person of byItem.people) {
      const rest = [...person.itemLevels.slice(0, first), ...person.itemLevels.slice(first + 3)];
      expect(new Set(rest)).toEqual(new Set([EMPTY]));
    }
  });
});
