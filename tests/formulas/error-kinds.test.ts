// Every core message has an error kind (docs/design.md#6-the-formulas): unknown names are #N/A, numbers out of range #NUM!.

import { runFormula } from '../../shared/formulas/registry';
import { CORE_MESSAGES, type CoreMessageKey } from '../../shared/i18n/core-messages';
import { errorKind } from '../../shared/i18n/error-kinds';
import { errorOf } from '../support/grids';

const team = [
  ['Naam', 'Coach', 'Adviseur'],
  ['Anna', 3, 2],
];

describe('error kinds', () => {
  test('every core message has one; value unless it is a missing name or a bad number', () => {
    const keys = Object.keys(CORE_MESSAGES) as CoreMessageKey[];
    const kinds = new Map(keys.map((key) => [key, errorKind(key)]));
    expect([...kinds.values()].every((kind) => ['value', 'na', 'num'].includes(kind))).toBe(true);
    expect([...kinds].filter(([, kind]) => kind === 'na').map(([key]) => key)).toEqual([
      'unknownArea',
      'unknownPerson',
    ]);
    for (const key of ['invalidThreshold', 'invalidTarget', 'invalidCount'] as const)
      expect(errorKind(key)).toBe('num');
    expect(errorKind('invalidLevel')).toBe('value');
    expect(errorKind('notAMatrix')).toBe('value');
  });

  test.each([
    ['SCORE', [team, 'Bram', 'coach'], 'na'],
    ['WIE', [team, 'astronaut'], 'na'],
    ['DEKKING', [team, 5], 'num'],
    ['DEKKING', [team, 2, 1.5], 'num'],
    ['KANDIDATEN', [team, 'coach', 0], 'num'],
    [
      'DEKKING',
      [
        team,
        [
          ['Gebied', 'Doel'],
          ['Coach', 0],
        ],
      ],
      'num',
    ],
    ['NIVEAU', ['hoog'], 'value'],
    ['DEKKING', ['A1'], 'value'],
  ] as const)('%s(%j) fails as %s', (id, args, kind) => {
    expect(errorKind(errorOf(() => runFormula(id, args as readonly unknown[])).detail.key)).toBe(kind);
  });
});
