// The item builders of the built-in profile data give each item the id the model prescribes.

import { kvaItems, numberedItems } from '../../shared/profiles/data/items';

describe('profile item builders', () => {
  test('kvaItems numbers each type from 1, kennis then vaardigheden then attitude', () => {
    expect(kvaItems('ADV', { K: ['k1', 'k2'], V: ['v1'], A: [] })).toEqual([
      { id: 'ADV-K1', type: 'K', text: 'k1' },
      { id: 'ADV-K2', type: 'K', text: 'k2' },
      { id: 'ADV-V1', type: 'V', text: 'v1' },
    ]);
  });

  test('numberedItems numbers through the area, across groups, and keeps each text its group', () => {
    expect(numberedItems('DIG', ['a', 'b'])).toEqual([
      { id: 'DIG-1', text: 'a' },
      { id: 'DIG-2', text: 'b' },
    ]);
    expect(numberedItems('PHA', { Lerend: ['a', 'b'], Innoverend: ['c'] })).toEqual([
      { id: 'PHA-1', group: 'Lerend', text: 'a' },
      { id: 'PHA-2', group: 'Lerend', text: 'b' },
      { id: 'PHA-3', group: 'Innoverend', text: 'c' },
    ]);
  });
});
