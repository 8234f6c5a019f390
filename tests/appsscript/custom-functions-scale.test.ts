// Google Sheets: a custom function with a `schaal` argument, in the built project, names a cell outside that scale
// with what the scale accepts (docs/design.md#3-levels-and-cell-values), in the spreadsheet's language.

import { loadGas, thrownByFunction } from './fake/load-gas';

/** A yes/no matrix as Apps Script hands it over ("" for empty), with one cell that is no mark. */
const MATRIX = [
  ['Naam', 'Coach', 'Adviseur'],
  ['Anna', 'ja', 'nee'],
  ['Bram', 'nee', 'misschien'],
];

test('GEDEKT/COVERED on ja-nee: the marks the scale accepts, in Dutch and English', () => {
  const loaded = loadGas();
  const marks = 'x / ja / yes / y / j / ✓ / ✔ / true / waar / 1, nee / no / n / false / onwaar / 0';
  expect(thrownByFunction(() => loaded.call('GEDEKT', MATRIX, 'adviseur', '', '', 'ja-nee')).message).toBe(
    `Cel C3: "misschien" is geen waarde van de schaal ja-nee: ${marks}, n.v.t. of leeg.`,
  );
  expect(thrownByFunction(() => loaded.call('COVERED', MATRIX, 'adviseur', '', '', 'ja-nee')).message).toBe(
    `Cell C3: "misschien" is not a value of the scale ja-nee: ${marks}, n/a or empty.`,
  );
  // Without the argument the file is read on 0–4, with its own message.
  expect(thrownByFunction(() => loaded.call('GEDEKT', MATRIX, 'adviseur')).message).toMatch(
    /^Cel C3: "misschien" is geen niveau\./,
  );
});
