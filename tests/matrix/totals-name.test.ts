// isTotalsName decides most names from their first letter without folding them: always as the folded first word
// does (docs/design.md#5-reading-a-matrix).

import fc from 'fast-check';
import { isTotalsName, TOTALS_WORDS } from '../../shared/matrix/rows';
import { matchKey } from '../../shared/text/normalize';

const WORDS = ['Totaal', 'gemiddelde', 'Som', 'score', 'AVERAGE', 'Total', 'mean', 'sum', 'Vereist', 'norm', 'Minimum'];

/** The rule as written: the first word of the name's matching key is a totals word. */
function byFirstWord(name: string): boolean {
  return TOTALS_WORDS.has(matchKey(name).split(' ')[0] ?? '');
}

const piece = fc.oneof(
  fc.constantFrom(
    ...WORDS,
    'Anna',
    'Émile',
    'Ölçer',
    '12',
    ' ',
    '  ',
    '(',
    ')',
    ':',
    '-',
    '\u200b',
    'É',
    'Ñ',
    'orm',
    'ß',
    '\t',
  ),
  fc.string({ maxLength: 4 }),
  fc.string({ unit: 'grapheme', maxLength: 3 }),
);

test('property: a name is a totals name exactly when its folded first word is a totals word', () => {
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 4 }), (pieces) => {
      const name = pieces.join('');
      expect(isTotalsName(name)).toBe(byFirstWord(name));
    }),
    { numRuns: 2000 },
  );
});

test('names from the templates', () => {
  for (const name of [
    'Totaal',
    ' totaal:',
    '(Gemiddelde)',
    '\u200bTotal',
    'Émile',
    'Sommer',
    'Persoon 12',
    '12 Anna',
  ]) {
    expect([name, isTotalsName(name)]).toEqual([name, byFirstWord(name)]);
  }
  // An accented first letter folds into a totals word's letter ("Ñorm" is "norm"): never decided by the next letter.
  expect(['Totaal', ' totaal:', '(Gemiddelde)', '\u200bTotal', 'Ñorm'].every(isTotalsName)).toBe(true);
  expect(['Émile', 'Sommer', 'Persoon 12', '12 Anna'].some(isTotalsName)).toBe(false);
});
