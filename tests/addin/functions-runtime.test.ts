// The custom functions on an Excel build whose custom-functions runtime is older than 1.3: no parameter
// addresses, so an empty cell cannot be told from a 0 — the function refuses, naming the Excel version needed.

import { excelError } from '../../addin/functions/errors';
import { type FunctionsHost, registerFunctions } from '../../addin/functions/register';
import { excelValueTypeReader } from '../../addin/functions/value-types';
import { findFormula, runFormula } from '../../shared/formulas/registry';
import type { Language } from '../../shared/i18n/language';
import { callAsExcel, type Platform, type Runtime, range } from './fake/functions';
import { fill } from './fake/user';
import { emptySheet, fakeExcel } from './fake-excel';

// Jan has no Coach level (an empty cell, passed as 0 on Windows and Mac); Piet's Adviseur is a real 0.
const TRUTH = [
  ['Naam', 'Adviseur', 'Coach', 'Innovator'],
  ['Jan', 3, null, 2],
  ['Piet', 0, 2, null],
];

function setUp(lang: Language = 'nl') {
  const excel = fakeExcel({ sheets: [fill(emptySheet('Teammatrix'), TRUTH)] });
  const functions = new Map<string, (...args: unknown[]) => Promise<unknown>>();
  const host: FunctionsHost = {
    associate: (id, fn) => functions.set(id, fn),
    error: (message, kind) => excelError(kind, message, (code, text) => ({ code, message: text })),
    readValueTypes: excelValueTypeReader(excel.run),
    language: () => lang,
  };
  registerFunctions(host);
  return (id: string, platform: Platform, runtime: Runtime, ...args: unknown[]) =>
    callAsExcel(functions.get(id)!, findFormula(id)!.params.length, excel.book, args, { platform, runtime });
}

async function failureOf(call: Promise<unknown>): Promise<{ code: string; message?: string }> {
  try {
    await call;
  } catch (error) {
    return error as { code: string; message?: string };
  }
  throw new Error('expected the function to fail');
}

describe('a custom-functions runtime without parameter addresses (CustomFunctionsRuntime < 1.3)', () => {
  it.each([
    ['nl', /nieuwere Excel.*versie 2008.*16\.40/],
    ['en', /newer Excel.*version 2008.*16\.40/],
  ] as const)(
    'refuses a range argument with the Excel version needed (%s), never reading empty as 0',
    async (lang, text) => {
      const call = setUp(lang);
      const failure = await failureOf(call('DEKKING', 'desktop', '1.2', range('Teammatrix!A1:D3')));
      expect(failure).toEqual({ code: 'invalidValue', message: expect.stringMatching(text) });
    },
  );

  it('refuses on every function that takes a range, the one holding no 0 included', async () => {
    const call = setUp();
    const failure = await failureOf(call('GEDEKT', 'web', '1.2', range('Teammatrix!A1:D2'), 'adviseur'));
    expect(failure.code).toBe('invalidValue');
  });

  it('computes as before from runtime 1.3 on, the empty cell as empty', async () => {
    const call = setUp();
    expect(await call('DEKKING', 'desktop', '1.3', range('Teammatrix!A1:D3'))).toEqual(runFormula('DEKKING', [TRUTH]));
  });
});
