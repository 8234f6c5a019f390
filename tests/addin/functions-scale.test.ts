// Excel: a formula with a `schaal` argument names a cell outside that scale with what the scale accepts
// (docs/design.md#3-levels-and-cell-values), as #VALUE! in the UI language.

import { range } from './fake/functions';
import { failureOf, host } from './functions-support';

const sheets = {
  Blad1: [
    ['Naam', 'Coach', 'Adviseur'],
    ['Anna', 5, 1],
    ['Bram', 7, 2],
  ],
};

test('GEDEKT on 1–5 with a 7: #VALUE! naming the sheet cell and the scale’s values, in Dutch and English', async () => {
  for (const [lang, text] of [
    ['nl', 'Cel Blad1!B3: 7 is geen waarde van de schaal 1-5: 1 … 5, n.v.t. of leeg.'],
    ['en', 'Cell Blad1!B3: 7 is not a value of the scale 1-5: 1 … 5, n/a or empty.'],
  ] as const) {
    const failure = await failureOf(
      host({ lang, sheets }).call('GEDEKT', 'web', range('Blad1!A1:C3'), 'coach', null, null, '1-5'),
    );
    expect([failure.code, failure.message]).toEqual(['#VALUE!', text]);
  }
});

test('without the argument the same cell keeps the 0–4 message', async () => {
  const failure = await failureOf(host({ sheets }).call('GEDEKT', 'desktop', range('Blad1!A1:C3'), 'coach'));
  expect(failure.message).toMatch(/^Cel Blad1!B2: 5 is geen niveau\. Toegestaan: een getal van 0 tot 4/);
});
