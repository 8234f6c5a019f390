// Two rounds compared (docs/design.md#12-rounds-history-and-reports): per area before/now, per person the changed areas, who joined and who left.

import { compareRounds } from '../../shared/analysis/compare';
import { read } from '../support/grids';

const BEFORE = read([
  ['Naam', 'Basis', 'Adviseur', 'Coach', 'Innovator'],
  ['Anna', 2, 1, 3, null],
  ['Bram', 3, 2, 0, 'n.v.t.'],
  ['Chris', 1, 0, 2, 1],
]);
const NOW = read([
  ['Naam', 'Innovator', 'Basis', 'Coach', 'Adviseur'],
  ['Bram', 'n.v.t.', 3, 1, 2],
  ['anna ', 2, 2, 3, 2],
  ['Dirk', 4, 2, 2, 3],
]);

test('coverage per area before and now, in profile order', () => {
  const { areas } = compareRounds(BEFORE, NOW);
  // Adviseur: before Bram (2) → 1, vulnerable; now Anna, Bram, Dirk → 3, covered. Coach: Anna, Chris → Anna, Dirk.
  expect(areas.filter((area) => ['adviseur', 'coach', 'innovator'].includes(area.id))).toEqual([
    {
      id: 'adviseur',
      name: expect.any(String),
      coveredBefore: 1,
      coveredNow: 3,
      statusBefore: 'kwetsbaar',
      statusNow: 'gedekt',
    },
    {
      id: 'coach',
      name: expect.any(String),
      coveredBefore: 2,
      coveredNow: 2,
      statusBefore: 'gedekt',
      statusNow: 'gedekt',
    },
    {
      id: 'innovator',
      name: expect.any(String),
      coveredBefore: 0,
      coveredNow: 2,
      statusBefore: 'gat',
      statusNow: 'gedekt',
    },
  ]);
});

test('per person the areas whose level changed; names matched whatever their case or spaces', () => {
  const result = compareRounds(BEFORE, NOW);
  expect(result.people).toEqual([
    { name: 'Bram', changes: [{ area: 'coach', before: 0, now: 1 }] },
    {
      name: 'anna',
      changes: [
        { area: 'adviseur', before: 1, now: 2 },
        { area: 'innovator', before: null, now: 2 },
      ],
    },
  ]);
  expect(result.joined).toEqual(['Dirk']);
  expect(result.left).toEqual(['Chris']);
});

test('a round compared with itself has no changes', () => {
  const result = compareRounds(BEFORE, BEFORE);
  expect([result.people, result.joined, result.left]).toEqual([[], [], []]);
  expect(result.areas.every((area) => area.coveredBefore === area.coveredNow)).toBe(true);
});
