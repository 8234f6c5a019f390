// Property: a read's look-alike warnings are those of noting every person's name in row order (docs/design.md#9-reliability-and-privacy).

import fc from 'fast-check';
import { cellAddress, DEFAULT_ORIGIN } from '../../shared/matrix/address';
import { LookAlikeNames } from '../../shared/matrix/look-alike';
import { personKey } from '../../shared/text/normalize';
import { read } from '../support/grids';

/** Names with Latin, Cyrillic and Greek look-alike letters, and one with a Greek letter that looks like no Latin one. */
const NAMES = ['Anna', '\u0410nna', 'Ann\u0430', 'Omar', '\u039Fmar', 'Tom', '\u0422om', 'Eva', 'Λeon', 'Leon', 'Pim'];

describe('look-alike names', () => {
  test('are warned about as when every name is noted in row order, whichever comes first', () => {
    const team = fc.uniqueArray(fc.constantFrom(...NAMES), { minLength: 1, maxLength: 8, selector: personKey });
    fc.assert(
      fc.property(team, (names) => {
        const reading = read([['Naam', 'Basis'], ...names.map((name) => [name, 2])]);
        const reference = new LookAlikeNames((r) => cellAddress(DEFAULT_ORIGIN, r, 0));
        names.forEach((name, index) => {
          reference.note(name, personKey(name), index + 1);
        });
        const warned = reading.warnings.filter((warning) => warning.key === 'lookAlikeNames');
        expect(warned).toEqual(reference.warnings);
      }),
      { numRuns: 300 },
    );
  });
});
