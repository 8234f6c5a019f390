// Property: the totals check on a name's person key decides as the first word of the name's match key does (docs/design.md#5-reading-a-matrix).

import fc from 'fast-check';
import { isTotalsName } from '../../shared/matrix/rows';
import { matchKey, personKey } from '../../shared/text/normalize';

/** The rule as written: the first word of the name's match key is one of these. */
const WORDS = [
  'totaal',
  'totalen',
  'subtotaal',
  'gemiddeld',
  'gemiddelde',
  'gem',
  'som',
  'score',
  'scores',
  'total',
  'totals',
  'subtotal',
  'average',
  'avg',
  'mean',
  'sum',
  'required',
  'requirement',
  'vereist',
  'norm',
  'minimum',
];

function reference(name: string): boolean {
  return WORDS.includes(matchKey(name).split(' ')[0] ?? '');
}

/** Pieces a name is made of: the words in any case and with accents, letters, digits, punctuation, hidden characters. */
const PIECES = [
  ...WORDS,
  'Totaal',
  'GEMIDDELDE',
  'Tôtaal',
  'Sommer',
  'Totaalbeeld',
  'Jansen',
  'a',
  'é',
  'ø',
  'ß',
  'İ',
  'Σ',
  '7',
  ' ',
  '  ',
  '-',
  ':',
  '.',
  '(',
  ')',
  '(team)',
  '\u200B',
  '\u00A0',
  '\u0301',
  '\t',
];

describe('isTotalsName', () => {
  test('decides as the first word of the match key, for names of any characters', () => {
    const name = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 6 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.oneof(name, fc.string({ maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 8 })), (text) => {
        expect(isTotalsName(text, personKey(text))).toBe(reference(text));
      }),
      { numRuns: 2000 },
    );
  });

  test('totals and average rows are found; people whose name begins like one stay people', () => {
    for (const name of ['Totaal', 'totaal team', 'Gemiddelde:', ' Average (all)', 'Tôtaal', '(Totaal)', 'Som']) {
      expect(isTotalsName(name, personKey(name))).toBe(true);
    }
    for (const name of ['Sommer', 'Totaalbeeld Jansen', 'Normaal', 'Anna', 'Totaal7', '- (Totaal)']) {
      expect(isTotalsName(name, personKey(name))).toBe(false);
    }
  });
});
