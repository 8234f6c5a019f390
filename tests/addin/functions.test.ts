// The custom functions as Excel calls them, over the fake workbook: range arguments as Excel desktop passes them
// (an empty cell as 0) and as Excel on the web does (null), whole columns, formula value preview, and a workbook
// that cannot be read. Errors become CustomFunctions.Error(invalidValue, message); never a number computed from an
// empty cell taken as level 0.

import { parseAddress } from '../../addin/excel/address';
import { excelFunction, registerFunctions } from '../../addin/functions/register';
import { excelValueTypeReader } from '../../addin/functions/value-types';
import { excelFunctionsMetadata } from '../../shared/formulas/generate/excel-metadata';
import { FORMULAS, findFormula, runFormula } from '../../shared/formulas/registry';
import { callAsExcel, type Platform, range } from './fake/functions';
import { fill } from './fake/user';
import { emptySheet, fakeExcel } from './fake-excel';
import {
  asExcel,
  FunctionError,
  failureOf,
  fakeError,
  HEADER,
  host,
  PLATFORMS,
  TRUTH,
  workbook,
} from './functions-support';

describe('custom functions', () => {
  it('registers every function of the registry by its id', () => {
    const functions: string[] = [];
    registerFunctions({
      associate: (id) => functions.push(id),
      error: (message) => message,
      readValueTypes: async () => [],
      language: () => 'nl',
    });
    expect(functions).toEqual(FORMULAS.map((formula) => formula.id));
  });

  it('GEDEKT, SCORE and NIVEAU declare a matrix result (requiresParameterAddresses) and return [[value]]', async () => {
    // custom-functions-json, options.requiresParameterAddresses: "This property must be used in combination with
    // the dimensionality property of the result object, and dimensionality must be set to matrix."
    for (const lang of ['nl', 'en'] as const) {
      for (const fn of excelFunctionsMetadata(lang).functions) {
        if (fn.options.requiresParameterAddresses) expect([fn.id, fn.result.dimensionality]).toEqual([fn.id, 'matrix']);
      }
    }
    const excel = host();
    const matrix = range('Teammatrix!A1:D3');
    expect(await excel.call('GEDEKT', 'web', matrix, 'adviseur')).toEqual([
      [runFormula('GEDEKT', [TRUTH, 'adviseur'])],
    ]);
    expect(await excel.call('SCORE', 'web', matrix, 'Jan', 'adviseur')).toEqual([
      [runFormula('SCORE', [TRUTH, 'Jan', 'adviseur'])],
    ]);
    expect(await excel.call('NIVEAU', 'web', 'Gevorderd')).toEqual([[runFormula('NIVEAU', ['Gevorderd'])]]);
  });

  it('reads an empty cell as empty on desktop (passed as 0) and on the web (null), never as level 0', async () => {
    const emptyLevel = asExcel(runFormula('NIVEAU', [null]));
    expect(asExcel(runFormula('NIVEAU', [0]))).not.toEqual(emptyLevel);
    for (const platform of PLATFORMS) {
      expect([platform, await host().call('NIVEAU', platform, range('Teammatrix!C2'))]).toEqual([platform, emptyLevel]);
      // A real 0 stays 0.
      expect([platform, await host().call('NIVEAU', platform, range('Teammatrix!B3'))]).toEqual([
        platform,
        asExcel(runFormula('NIVEAU', [0])),
      ]);
    }
  });

  it('computes coverage as the core does on the true cells, on desktop and on the web alike', async () => {
    const expected = asExcel(runFormula('DEKKING', [TRUTH]));
    const desktop = TRUTH.map((row) => row.map((cell) => cell ?? 0));
    expect(asExcel(runFormula('DEKKING', [desktop]))).not.toEqual(expected);
    for (const platform of PLATFORMS) {
      const excel = host();
      expect([platform, await excel.call('DEKKING', platform, range('Teammatrix!A1:D3'))]).toEqual([
        platform,
        expected,
      ]);
      // One Excel.run with one sync reads the value types (a 0 is there on both: Piet's real 0).
      expect([platform, excel.excel.runs]).toEqual([platform, [1]]);
    }
  });

  it('reads nothing from the workbook where no 0 could be an empty cell', async () => {
    const excel = host();
    await excel.call('GEDEKT', 'web', range('Teammatrix!A1:D2'), 'adviseur');
    expect(excel.excel.runs).toEqual([]);
  });

  it('takes whole columns (A:D) and whole rows (1:3), read up to their used range', async () => {
    const expected = asExcel(runFormula('DEKKING', [TRUTH]));
    for (const platform of PLATFORMS) {
      const excel = host();
      // Excel passes a whole column as 1,048,576 rows.
      expect([platform, await excel.call('DEKKING', platform, range('Teammatrix!A:D'))]).toEqual([platform, expected]);
      expect([platform, await excel.call('DEKKING', platform, range('Teammatrix!$1:$3'))]).toEqual([
        platform,
        expected,
      ]);
    }
  });

  it('refuses in a formula value preview where an empty cell could hide behind a 0, instead of guessing', async () => {
    // custom-functions-formula-value-preview: Excel runs the function while the user edits the formula
    // (invocation.isInValuePreview); the workbook cannot be read then.
    const excel = host();
    const failure = await failureOf(excel.preview('DEKKING', 'desktop', range('Teammatrix!A1:D3')));
    expect(failure.message).toMatch(/voorbeeldweergave.*Enter/);
    expect(excel.excel.runs).toEqual([]);
    // Without a 0 there is nothing to read, and the preview shows the value.
    expect(await excel.preview('GEDEKT', 'web', range('Teammatrix!A1:D2'), 'adviseur')).toEqual(
      asExcel(runFormula('GEDEKT', [TRUTH.slice(0, 2), 'adviseur'])),
    );
  });

  it('says the value types could not be read (never computes with 0 for empty) when Excel.run fails', async () => {
    const excel = host({
      reader: () => async () => {
        throw new Error('InvalidOperation');
      },
    });
    const failure = await failureOf(excel.call('DEKKING', 'desktop', range('Teammatrix!A1:D3')));
    expect(failure).toBeInstanceOf(FunctionError);
    expect(failure.code).toBe('#VALUE!');
    expect(failure.message).toMatch(/Teammatrix!A1:D3.*InvalidOperation.*als 0/);
  });

  it('gives up on an Excel.run that does not answer, with an error saying so', async () => {
    const excel = host({ reader: () => () => new Promise(() => {}), timeoutMs: 20, lang: 'en' });
    const failure = await failureOf(excel.call('GEDEKT', 'desktop', range('Teammatrix!A1:D3'), 'coach'));
    expect(failure.message).toMatch(/no answer from Excel within 0\.02 s.*passes an empty cell as 0/);
  });

  it('takes values without an address (an array constant, a computed array) as Excel passed them', async () => {
    const excel = host();
    expect(await excel.call('NIVEAU', 'desktop', 0)).toEqual(asExcel(runFormula('NIVEAU', [0])));
    expect(excel.excel.runs).toEqual([]);
  });

  it('takes numbers, booleans and labels as the core reads them', async () => {
    const excel = host();
    for (const value of [3, 2.5, true, false, 'Gevorderd', '3 - Gevorderd', 'x', 'n.v.t.']) {
      expect(await excel.call('NIVEAU', 'web', value)).toEqual(asExcel(runFormula('NIVEAU', [value])));
    }
  });

  it('turns an error value in a cell into a clear #VALUE! naming the cell', async () => {
    const niveau = excelFunction(findFormula('NIVEAU')!, {
      associate: () => {},
      error: fakeError,
      readValueTypes: async () => [],
      language: () => 'nl',
    });
    // An error value in a range arrives as an object with its code (allowErrorForDataTypeAny is not set).
    const failure = await failureOf(niveau([[{ code: 'notAvailable' }]], { parameterAddresses: ["'Mijn blad'!C4"] }));
    expect(failure).toBeInstanceOf(FunctionError);
    expect(failure.message).toContain('C4');
    expect(failure.message).toContain('#N/A');
  });

  it('maps TeamscanErrors to CustomFunctions.Error in the UI language', async () => {
    const dutch = await failureOf(host({ lang: 'nl' }).call('NIVEAU', 'web', 'misschien'));
    const english = await failureOf(host({ lang: 'en' }).call('NIVEAU', 'web', 'misschien'));
    expect(dutch.message).toMatch(/geen niveau/);
    expect(english.message).toMatch(/not a level/);
    const area = await failureOf(host().call('GEDEKT', 'web', range('Teammatrix!A1:D3'), 'astronaut'));
    expect(area.message).toMatch(/astronaut/);
  });

  it('reads the value types of every range argument in one Excel.run with one sync', async () => {
    const excel = fakeExcel(workbook());
    const read = excelValueTypeReader(excel.run);
    const types = await read([
      parseAddress('Teammatrix!A1:B2'),
      undefined,
      parseAddress('Teammatrix!C2'),
      parseAddress('Teammatrix!B:E'),
    ]);
    expect(types).toEqual([
      {
        valueTypes: [
          ['String', 'String'],
          ['String', 'Double'],
        ],
        rowOffset: 0,
        columnOffset: 0,
        bounded: false,
      },
      undefined,
      { valueTypes: [['Empty']], rowOffset: 0, columnOffset: 0, bounded: false },
      // Only the used range of B:E (B1:D3) is read.
      {
        valueTypes: [
          ['String', 'String', 'String'],
          ['Double', 'Empty', 'Double'],
          ['Double', 'Double', 'Empty'],
        ],
        rowOffset: 0,
        columnOffset: 0,
        bounded: true,
      },
    ]);
    expect(excel.runs).toEqual([1]);
  });

  it('maps error kinds to Excel error codes: unknown person or area #N/A (IFNA catches it), bad numbers #NUM!', async () => {
    const excel = host();
    const matrix = range('Teammatrix!A1:D3');
    const person = await failureOf(excel.call('SCORE', 'desktop', matrix, 'Zoë', 'coach'));
    expect([person.code, person.message]).toEqual(['#N/A', 'Persoon "Zoë" staat niet in de matrix.']);
    const area = await failureOf(excel.call('GEDEKT', 'web', matrix, 'astronaut'));
    expect(area.code).toBe('#N/A');
    expect(area.message).toContain('"astronaut"');
    // #NUM! takes no custom message (customfunctions.errorcode: "A custom error message can't be used").
    for (const [id, args] of [
      ['DEKKING', [matrix, 7]],
      ['DEKKING', [matrix, 2, 0]],
      ['KANDIDATEN', [matrix, 'coach', -1]],
      ['LEERKOPPELS', [matrix, 2, 'veel']],
    ] as const) {
      const failure = await failureOf(excel.call(id, 'web', ...args));
      expect([id, failure.code, failure.message]).toEqual([id, '#NUM!', undefined]);
    }
    const level = await failureOf(excel.call('NIVEAU', 'web', 'misschien'));
    expect(level.code).toBe('#VALUE!');
    expect(level.message).toMatch(/geen niveau/);
  });

  it('computes SLEUTELPERSONEN, LEERKOPPELS and VOORTGANG as the core does, with a norms table', async () => {
    const book = fakeExcel({
      sheets: [
        fill(emptySheet('Teammatrix'), TRUTH),
        fill(emptySheet('Scan 2026-06-01'), [HEADER, ['Jan', 1, null, 0], ['Piet', 0, 1, null]]),
        fill(emptySheet('Normen'), [
          ['Gebied', 'Drempel', 'Doel'],
          ['Coach', 3, null],
          ['Innovator', 1, 1],
        ]),
      ],
    }).book;
    const excel = fakeExcel(book);
    const functions = new Map<string, (...args: unknown[]) => Promise<unknown>>();
    registerFunctions({
      associate: (id, fn) => functions.set(id, fn),
      error: fakeError,
      readValueTypes: excelValueTypeReader(excel.run),
      language: () => 'nl',
    });
    const call = (id: string, platform: Platform, ...args: unknown[]) =>
      callAsExcel(functions.get(id)!, findFormula(id)!.params.length, excel.book, args, { platform });
    const before = [HEADER, ['Jan', 1, null, 0], ['Piet', 0, 1, null]];
    const norms = [
      ['Gebied', 'Drempel', 'Doel'],
      ['Coach', 3, null],
      ['Innovator', 1, 1],
    ];
    for (const platform of PLATFORMS) {
      const matrix = range('Teammatrix!A1:D3');
      const normsRange = range('Normen!A1:C3');
      expect(await call('SLEUTELPERSONEN', platform, matrix, normsRange, normsRange)).toEqual(
        asExcel(runFormula('SLEUTELPERSONEN', [TRUTH, norms, norms])),
      );
      expect(await call('LEERKOPPELS', platform, matrix, null, 1)).toEqual(
        asExcel(runFormula('LEERKOPPELS', [TRUTH, null, 1])),
      );
      const progress = await call('VOORTGANG', platform, matrix, range("'Scan 2026-06-01'!A1:D3"));
      expect([platform, progress]).toEqual([platform, asExcel(runFormula('VOORTGANG', [TRUTH, before]))]);
      expect(await call('DEKKING', platform, matrix, normsRange)).toEqual(
        asExcel(runFormula('DEKKING', [TRUTH, norms])),
      );
    }
    // The empty Doel cell (0 on desktop) was read as empty, so Coach keeps the default target: as 0 it is refused.
    const zeroed = norms.map((row) => row.map((cell) => cell ?? 0));
    expect(() => runFormula('DEKKING', [TRUTH, zeroed])).toThrow(/Normen|C2|doel/);
  });
});
