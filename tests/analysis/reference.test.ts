// The analysis (one heap per area for pairs, one shared holder scan per item) equals the straightforward reference on random teams.

import fc from 'fast-check';
import { analyze } from '../../shared/analysis/analyze';
import type { CellValue } from '../../shared/matrix/grid';
import { NPULS } from '../../shared/profiles/data/npuls';
import { NPULS_AREAS, read } from '../support/grids';
import { referenceAnalyze } from './reference';

const ITEM_IDS = NPULS.areas.flatMap((area) => area.items.map((item) => item.id));
const NETWORK = NPULS_AREAS.slice(1);

// Few distinct values, so ties (same level, same load) are common and the tie rules are exercised.
const cell = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 4 }) },
  { weight: 1, arbitrary: fc.constantFrom<CellValue>(null, 'n.v.t.', 'x', 'Expert', 2.5, 3.5) },
);

const layout = fc.record({
  areas: fc.subarray(NPULS_AREAS),
  items: fc.subarray(ITEM_IDS, { maxLength: 24 }),
  wishes: fc.subarray(NETWORK),
});

const normsTable = fc.option(
  fc
    .subarray(NPULS_AREAS, { minLength: 1 })
    .chain((names) =>
      fc.tuple(
        ...names.map((name) =>
          fc.tuple(
            fc.constant<CellValue>(name),
            fc.constantFrom<CellValue>(null, 1, 2, 3, 4),
            fc.constantFrom<CellValue>(null, 1, 2, 3),
          ),
        ),
      ),
    ),
  { nil: undefined },
);

const options = fc.record({
  threshold: fc.constantFrom(1, 2, 2.5, 3, 4),
  target: fc.integer({ min: 1, max: 4 }),
  mentorLimit: fc.integer({ min: 1, max: 3 }),
});

const team = layout.chain((columns) => {
  const levels = columns.areas.length + columns.items.length;
  const row = fc.tuple(
    fc.array(cell, { minLength: levels, maxLength: levels }),
    fc.array(fc.boolean(), { minLength: columns.wishes.length, maxLength: columns.wishes.length }),
  );
  return fc.tuple(fc.constant(columns), fc.array(row, { maxLength: 40 }));
});

describe('analysis equals the reference implementation', () => {
  test('every answer (coverage, blind spots, key people, sole holders, pairs) on random teams and norms', () => {
    fc.assert(
      fc.property(team, options, normsTable, ([columns, rows], settings, norms) => {
        const levels = columns.areas.length + columns.items.length;
        fc.pre(levels > 0);
        const header = ['Naam', ...columns.areas, ...columns.items, ...columns.wishes.map((n) => `Ontwikkelwens ${n}`)];
        const values: CellValue[][] = [
          header,
          ...rows.map(([cells, wishes], index) => [`P${index}`, ...cells, ...wishes.map((w) => (w ? 'ja' : 'nee'))]),
        ];
        const input = read(values);
        const all = norms ? { ...settings, norms: { values: [['Gebied', 'Drempel', 'Doel'], ...norms] } } : settings;
        expect(analyze(input, all)).toEqual(referenceAnalyze(input, all));
      }),
      { numRuns: 300 },
    );
  });

  test('a large team where mentors run out: the same pairs, in the same order', () => {
    const values: CellValue[][] = [['Naam', ...NPULS_AREAS, ...NETWORK.map((name) => `Ontwikkelwens ${name}`)]];
    for (let p = 0; p < 300; p++) {
      // Every third person is a mentor (3 or 4), the rest learners with a wish on every network area.
      const levels = NPULS_AREAS.map((_, a) => (p % 3 === 0 ? 3 + ((p + a) % 2) : (p + a) % 2));
      values.push([`P${p}`, ...levels, ...NETWORK.map(() => (p % 3 === 0 ? null : 'ja'))]);
    }
    const input = read(values);
    for (const mentorLimit of [1, 2, 20]) {
      const analysis = analyze(input, { mentorLimit });
      expect(analysis.pairs.some((pair) => pair.mentor === null)).toBe(mentorLimit < 20);
      expect(analysis).toEqual(referenceAnalyze(input, { mentorLimit }));
    }
  });
});
