// Properties of the analysis over generated matrices: bounds, monotonicity, invariance, and a direct count.

import fc from 'fast-check';
import { analyze } from '../../shared/analysis/analyze';
import type { Analysis } from '../../shared/analysis/types';
import type { CellValue } from '../../shared/matrix/grid';
import { NPULS_AREAS, read } from '../support/grids';

// No lone "O": beside an x it means "no" in the whole file (docs/design.md#3-levels-and-cell-values), which adding a person may change.
const cell = fc.oneof(
  fc.constantFrom<CellValue>(null, '', 'n.v.t.', 'x', 'nee', 'Bekwaam', '3 - Gevorderd', 'Expert', 'In ontwikkeling'),
  fc.integer({ min: 0, max: 4 }),
  fc.double({ min: 0, max: 4, noNaN: true }),
);
const person = fc.array(cell, { minLength: NPULS_AREAS.length, maxLength: NPULS_AREAS.length });
const team = fc.array(person, { maxLength: 12 });
const threshold = fc.constantFrom(1, 2, 2.5, 3, 4);
const target = fc.integer({ min: 1, max: 4 });

function matrix(people: CellValue[][], extra = false): CellValue[][] {
  const header = extra ? ['Afdeling', 'Naam', ...NPULS_AREAS, 'FTE'] : ['Naam', ...NPULS_AREAS];
  return [
    header,
    ...people.map((levels, index) =>
      extra ? [`Team ${index % 3}`, `Persoon ${index}`, ...levels, index / 10] : [`Persoon ${index}`, ...levels],
    ),
  ];
}

function counts(analysis: Analysis) {
  return analysis.areas.map(({ id, covered, advanced, expert, scanned, status }) => ({
    id,
    covered,
    advanced,
    expert,
    scanned,
    status,
  }));
}

describe('analysis properties', () => {
  test('Gedekt ≤ Gescand ≤ people scanned ≤ people, and Expert ≤ Gevorderd+', () => {
    fc.assert(
      fc.property(team, threshold, target, (people, t, n) => {
        const analysis = analyze(read(matrix(people)), { threshold: t, target: n });
        return analysis.areas.every(
          (area) =>
            area.covered <= area.scanned &&
            area.scanned <= analysis.scanned &&
            analysis.scanned <= analysis.people &&
            area.expert <= area.advanced,
        );
      }),
    );
  });

  test('adding a person never lowers a coverage count', () => {
    fc.assert(
      fc.property(team, person, threshold, (people, extra, t) => {
        const before = analyze(read(matrix(people)), { threshold: t });
        const after = analyze(read(matrix([...people, extra])), { threshold: t });
        return before.areas.every((area, index) => after.areas[index]!.covered >= area.covered);
      }),
    );
  });

  test('permuting rows or adding unrelated columns changes nothing', () => {
    fc.assert(
      fc.property(
        team.chain((people) =>
          fc.tuple(fc.constant(people), fc.shuffledSubarray(people, { minLength: people.length })),
        ),
        threshold,
        target,
        ([people, shuffled], t, n) => {
          const base = counts(analyze(read(matrix(people)), { threshold: t, target: n }));
          const named = (rows: CellValue[][]) => rows.map((levels) => [...levels]);
          const permuted = counts(analyze(read(matrix(named(shuffled))), { threshold: t, target: n }));
          const widened = counts(analyze(read(matrix(people, true)), { threshold: t, target: n }));
          expect(permuted).toEqual(base);
          expect(widened).toEqual(base);
        },
      ),
    );
  });

  test('coverage equals a direct count of levels at or above the threshold', () => {
    const numeric = fc.array(
      fc.array(fc.option(fc.integer({ min: 0, max: 4 }), { nil: null }), { minLength: 6, maxLength: 6 }),
      {
        maxLength: 15,
      },
    );
    fc.assert(
      fc.property(numeric, threshold, target, (people, t, n) => {
        const analysis = analyze(read(matrix(people)), { threshold: t, target: n });
        return analysis.areas.every((area, a) => {
          const levels = people.map((row) => row[a]).filter((level): level is number => typeof level === 'number');
          const covered = levels.filter((level) => level >= t).length;
          const status =
            levels.length === 0
              ? 'niet gescand'
              : area.scope === 'everyone'
                ? covered === levels.length
                  ? 'gedekt'
                  : 'gat'
                : covered === 0
                  ? 'gat'
                  : covered < n
                    ? 'kwetsbaar'
                    : 'gedekt';
          return area.covered === covered && area.scanned === levels.length && area.status === status;
        });
      }),
    );
  });
});
