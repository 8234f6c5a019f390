// foldText's plain-ASCII fast path gives exactly the key of the full fold (normalise, strip accents and invisibles).

import fc from 'fast-check';
import { foldText, withoutInvisible } from '../../shared/text/normalize';

/** The fold without the fast path: what every text went through before. */
function fullFold(value: string): string {
  return withoutInvisible(value)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

describe('foldText', () => {
  test('equals the full fold on any text: ASCII, accents, invisible characters, other scripts', () => {
    const pieces = fc.constantFrom(
      'A',
      'z',
      ' ',
      '  ',
      '\t',
      '\n',
      'é',
      'É',
      'ü',
      '\u200b',
      '\u00a0',
      'Ж',
      '-',
      '(',
      '9',
      'ß',
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({ unit: 'binary' }),
          fc.array(pieces).map((parts) => parts.join('')),
        ),
        (text) => {
          expect(foldText(text)).toBe(fullFold(text));
        },
      ),
      { numRuns: 2000 },
    );
  });

  test('folds plain ASCII names and accented or hidden ones to the same key', () => {
    expect(foldText('  Anna   de Vries ')).toBe('anna de vries');
    expect(foldText('Anna\u200b de\u00a0Vriës')).toBe('anna de vries');
    expect(foldText('ANNA\tDE VRIES')).toBe('anna de vries');
  });
});
