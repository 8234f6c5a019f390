// A cell outside a stated scale (docs/design.md#3-levels-and-cell-values) is named with what that scale accepts, in
// Dutch and English, strict and lenient; the 0–4 message is unchanged.

import fc from 'fast-check';
import { formatMessage, TeamscanError } from '../../shared/i18n/message';
import { builtInScale, customScale, SCALE_IDS, type Scale } from '../../shared/levels/scale';
import type { CellValue } from '../../shared/matrix/grid';
import { readMatrix } from '../../shared/matrix/read';
import { NPULS } from '../../shared/profiles/data/npuls';
import { errorOf } from '../support/grids';

const matrix = (bad: CellValue): CellValue[][] => [
  ['Naam', 'Coach', 'Adviseur'],
  ['Anna', bad, null],
];
const strict = (bad: CellValue, scale?: Scale) =>
  errorOf(() => readMatrix({ values: matrix(bad) }, NPULS, scale ? { scale } : {}));
const lenient = (bad: CellValue, scale?: Scale) =>
  readMatrix({ values: matrix(bad) }, NPULS, scale ? { scale, lenient: true } : { lenient: true }).problems!;

const YES_NO_MARKS = 'x / ja / yes / y / j / ✓ / ✔ / true / waar / 1, nee / no / n / false / onwaar / 0';

describe('a cell outside the scale', () => {
  test('1-5: names the scale and its values, in Dutch and English', () => {
    const error = strict(7, builtInScale('1-5'));
    expect(error.localized('nl')).toBe('Cel B2: 7 is geen waarde van de schaal 1-5: 1 … 5, n.v.t. of leeg.');
    expect(error.localized('en')).toBe('Cell B2: 7 is not a value of the scale 1-5: 1 … 5, n/a or empty.');
  });

  test('ja-nee and x-o: the yes/no marks, o only on x-o', () => {
    expect(strict('misschien', builtInScale('ja-nee')).localized('nl')).toBe(
      `Cel B2: "misschien" is geen waarde van de schaal ja-nee: ${YES_NO_MARKS}, n.v.t. of leeg.`,
    );
    expect(strict(3, builtInScale('x-o')).localized('en')).toBe(
      'Cell B2: 3 is not a value of the scale x-o: x / ja / yes / y / j / ✓ / ✔ / true / waar / 1, o / nee / no / n / false / onwaar / 0, n/a or empty.',
    );
  });

  test('a Niveaus block: its own values', () => {
    const scale = customScale([
      { value: 'Starter', level: 1 },
      { value: 'Kenner', level: 3 },
    ]);
    expect(strict('Bekwaam', scale).localized('nl')).toBe(
      'Cel B2: "Bekwaam" is geen waarde van de schaal Niveaus: Starter, Kenner, n.v.t. of leeg.',
    );
  });

  test('0–4, stated or not, keeps its own message', () => {
    const zeroToFour =
      'Cel B2: 7 is geen niveau. Toegestaan: een getal van 0 tot 4 (ook met decimalen), Nog niet, In ontwikkeling, Bekwaam, Gevorderd, Expert (of Engels, of met het getal ervoor, zoals "3 - Gevorderd"), de beginletters N, O, B, G, E, x / ja / nee / WAAR / ONWAAR, n.v.t., of leeg.';
    expect(strict(7).localized('nl')).toBe(zeroToFour);
    expect(strict(7, builtInScale('0-4')).localized('nl')).toBe(zeroToFour);
    expect(strict(7).detail.key).toBe('invalidLevel');
  });

  test('property: lenient or strict, every stated scale names itself; the cell is listed, never read as 0', () => {
    const value = fc.oneof(fc.constantFrom(7, -1, 'misschien', 'zz', 6), fc.integer({ min: 6, max: 99 }));
    fc.assert(
      fc.property(fc.constantFrom(...SCALE_IDS), value, (id, bad) => {
        const scale = builtInScale(id);
        fc.pre(scale.read(bad) < 0);
        const error = strict(bad, scale);
        const [problem] = lenient(bad, scale);
        expect(formatMessage(problem!.message, 'en')).toBe(error.localized('en'));
        expect(error).toBeInstanceOf(TeamscanError);
        if (id === '0-4') expect(error.detail.key).toBe('invalidLevel');
        else expect(error.localized('nl')).toContain(`is geen waarde van de schaal ${id}: `);
      }),
    );
  });
});
