// The second view beside the self-scan (docs/design.md#12-rounds-history-and-reports): per area and item, 2+ differences first, never averaged.

import fc from 'fast-check';
import { compareViews, readSecondView } from '../../../shared/analysis/conversation/second-view';
import { EMPTY, NOT_APPLICABLE } from '../../../shared/levels/levels';
import { NPULS } from '../../../shared/profiles/data/npuls';
import { read } from '../../support/grids';

const SELF = read([
  ['Naam', 'Basis', 'Coach', 'Innovator', 'ADV-K1', 'ADV-K2'],
  ['Anna', 2, 3, 'n.v.t.', 1, 1],
  ['Bram', 3, 0, 2, 4, 2],
]);

const SECOND_GRID = {
  values: [
    ['Naam', 'Basis', 'Coach', 'Innovator', 'ADV-K1', 'ADV-K2', 'Tweede blik door'],
    ['Anna', 2, 0, 2, 4, 2, 'Carla (teamleider)'],
    ['Bram', null, null, null, null, null, null],
  ],
  origin: { row: 1, column: 1, sheet: 'Tweede blik' },
};

const area = (id: string) => NPULS.areas.findIndex((candidate) => candidate.id === id);

test('both levels side by side per area and item, the rater named, nothing averaged', () => {
  const second = readSecondView(SECOND_GRID, NPULS);
  const view = compareViews(SELF, second, 'anna')!;
  expect(view.name).toBe('Anna');
  expect(view.rater).toBe('Carla (teamleider)');
  const adviseur = view.areas[area('adviseur')]!;
  expect(adviseur).toMatchObject({ self: 1, second: 3, difference: 2, discuss: true });
  expect(view.areas[area('basis')]).toMatchObject({ self: 2, second: 2, difference: 0, discuss: false });
  // n.v.t. on one side is no difference at all: shown as it is, never a number to discuss.
  expect(view.areas[area('innovator')]).toMatchObject({ self: NOT_APPLICABLE, second: 2, discuss: false });
  expect(view.areas[area('innovator')]!.difference).toBeUndefined();
  expect(view.items).toEqual([
    expect.objectContaining({ kind: 'item', area: area('adviseur'), self: 1, second: 4, discuss: true }),
    expect.objectContaining({ kind: 'item', area: area('adviseur'), self: 1, second: 2, discuss: false }),
  ]);
});

test('differences of two levels or more come first, largest first, items before areas', () => {
  const view = compareViews(SELF, readSecondView(SECOND_GRID, NPULS), 'Anna')!;
  expect(view.discuss.map((pair) => [pair.kind, pair.difference])).toEqual([
    ['item', 3],
    ['area', -3],
    ['area', 2],
  ]);
});

test('a person without levels in the second view has no comparison yet; the rater column is no skipped column', () => {
  const second = readSecondView(SECOND_GRID, NPULS);
  expect(compareViews(SELF, second, 'Bram')).toBeUndefined();
  expect(second.reading.warnings.map((warning) => warning.key)).not.toContain('skippedColumn');
});

test('property: every pair holds the two levels as given, and is to discuss exactly when they are 2+ apart', () => {
  const level = fc.oneof(fc.integer({ min: 0, max: 4 }), fc.constant(null), fc.constant('n.v.t.'));
  fc.assert(
    fc.property(
      fc.array(level, { minLength: 6, maxLength: 6 }),
      fc.array(level, { minLength: 6, maxLength: 6 }),
      (own, other) => {
        const header = ['Naam', 'Basis', 'Bruggenbouwer', 'Adviseur', 'Coach', 'Didacticus', 'Innovator'];
        const self = read([header, ['Anna', ...own]]);
        const second = readSecondView({ values: [header, ['Anna', ...other]] }, NPULS);
        const view = compareViews(self, second, 'Anna');
        if (!view) return other.every((cell) => cell === null || cell === 'n.v.t.');
        return view.areas.every((pair, i) => {
          const expected = (cell: unknown) => (cell === null ? EMPTY : cell === 'n.v.t.' ? NOT_APPLICABLE : cell);
          const apart = typeof own[i] === 'number' && typeof other[i] === 'number' && Math.abs(other[i] - own[i]) >= 2;
          return pair.self === expected(own[i]) && pair.second === expected(other[i]) && pair.discuss === apart;
        });
      },
    ),
  );
});
