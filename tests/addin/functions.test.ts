// The custom-function wrappers with Excel-shaped inputs: empty cells (0 on desktop, null on the web), numbers,
// booleans, text, error values; errors become CustomFunctions.Error(invalidValue, message).

import { parseAddress } from '../../addin/excel/address';
import { type FunctionsHost, registerFunctions } from '../../addin/functions/register';
import { excelValueTypeReader } from '../../addin/functions/value-types';
import { FORMULAS, runFormula } from '../../shared/formulas/registry';
import type { Language } from '../../shared/i18n/language';
import { emptySheet, fakeExcel } from './fake-excel';

class FunctionError {
  constructor(
    readonly code: string,
    readonly message: string,
  ) {}
}

type Types = (string[][] | undefined)[];

function host(types: Types | (() => never) = [], lang: Language = 'nl') {
  const functions = new Map<string, (...args: unknown[]) => Promise<unknown>>();
  const reads: unknown[] = [];
  const excel: FunctionsHost = {
    associate: (id, fn) => functions.set(id, fn),
    error: (message) => new FunctionError('#VALUE!', message),
    readValueTypes: async (addresses) => {
      reads.push(addresses);
      return typeof types === 'function' ? types() : types;
    },
    language: () => lang,
  };
  registerFunctions(excel);
  return { call: (id: string, ...args: unknown[]) => functions.get(id)!(...args), functions, reads };
}

const invocation = (...addresses: string[]) => ({ parameterAddresses: addresses });

/** The error a call rejected with (the test fails if it resolved). */
async function failureOf(call: Promise<unknown>): Promise<FunctionError> {
  try {
    await call;
  } catch (error) {
    return error as FunctionError;
  }
  throw new Error('expected the function to fail');
}

// A matrix as Excel desktop passes it: the empty cell (Jan, Coach) arrives as 0, its value type says Empty.
const HEADER = ['Naam', 'Adviseur', 'Coach', 'Innovator'];
const desktop = [HEADER, ['Jan', 3, 0, 2], ['Piet', 0, 2, 0]];
const desktopTypes = [
  HEADER.map(() => 'String'),
  ['String', 'Double', 'Empty', 'Double'],
  ['String', 'Double', 'Double', 'Empty'],
];
const truth = [HEADER, ['Jan', 3, null, 2], ['Piet', 0, 2, null]];

describe('custom functions', () => {
  it('registers every function of the registry by its id', () => {
    const { functions } = host();
    expect([...functions.keys()]).toEqual(FORMULAS.map((formula) => formula.id));
  });

  it('reads an Empty cell as empty on desktop (0) and on the web (null), never as level 0', async () => {
    const emptyLevel = runFormula('NIVEAU', [null]);
    expect(runFormula('NIVEAU', [0])).not.toEqual(emptyLevel);
    const onDesktop = host([[['Empty']]]);
    expect(await onDesktop.call('NIVEAU', [[0]], invocation('Teammatrix!B2'))).toEqual(emptyLevel ?? '');
    const onWeb = host([[['Empty']]]);
    expect(await onWeb.call('NIVEAU', [[null]], invocation('Teammatrix!B2'))).toEqual(emptyLevel ?? '');
    // A real 0 stays 0.
    const zero = host([[['Double']]]);
    expect(await zero.call('NIVEAU', [[0]], invocation('Teammatrix!B2'))).toEqual(runFormula('NIVEAU', [0]));
  });

  it('computes coverage on a desktop-shaped matrix as the core does on the true cells', async () => {
    const expected = runFormula('DEKKING', [truth, null, null, null]);
    const naive = runFormula('DEKKING', [desktop, null, null, null]);
    expect(naive).not.toEqual(expected);
    const excel = host([desktopTypes, undefined, undefined, undefined]);
    const result = await excel.call('DEKKING', desktop, null, null, null, invocation('Blad1!A1:D3', '', '', ''));
    const plain = (expected as unknown[][]).map((row) => row.map((cell) => cell ?? ''));
    expect(result).toEqual(plain);
    expect(excel.reads).toHaveLength(1);
  });

  it('takes numbers, booleans and labels as the core reads them', async () => {
    const excel = host([[['Double']]]);
    for (const value of [3, 2.5, true, false, 'Gevorderd', '3 - Gevorderd', 'x', 'n.v.t.']) {
      expect(await excel.call('NIVEAU', [[value]], invocation('Blad1!C4'))).toEqual(
        runFormula('NIVEAU', [value]) ?? '',
      );
    }
  });

  it('turns an error value in a cell into a clear #VALUE! naming the cell', async () => {
    const excel = host([[['Error']]]);
    const failure = await failureOf(excel.call('NIVEAU', [[{ code: 'notAvailable' }]], invocation("'Mijn blad'!C4")));
    expect(failure).toBeInstanceOf(FunctionError);
    expect(failure.code).toBe('#VALUE!');
    expect(failure.message).toContain('C4');
    expect(failure.message).toContain('#N/A');
  });

  it('maps TeamscanErrors to CustomFunctions.Error in the UI language', async () => {
    const dutch = await failureOf(host([], 'nl').call('NIVEAU', [['misschien']], invocation()));
    const english = await failureOf(host([], 'en').call('NIVEAU', [['misschien']], invocation()));
    expect(dutch).toBeInstanceOf(FunctionError);
    expect(dutch.message).toMatch(/geen niveau/);
    expect(english.message).toMatch(/not a level/);
    const area = await failureOf(host([]).call('GEDEKT', truth, 'astronaut', null, null, invocation()));
    expect(area.message).toMatch(/astronaut/);
  });

  it('keeps the values as passed when the workbook cannot be read, and fills omitted parameters', async () => {
    const excel = host(() => {
      throw new Error('no shared runtime');
    });
    const result = await excel.call('DEKKING', truth, null, null, null, invocation('Blad1!A1:D3'));
    expect(result).toEqual((runFormula('DEKKING', [truth]) as unknown[][]).map((row) => row.map((c) => c ?? '')));
  });

  it('reads the value types of every range argument in one Excel.run with one sync', async () => {
    const sheet = emptySheet('Teammatrix');
    sheet.cells.set('0,0', { value: 'Naam' });
    sheet.cells.set('1,1', { value: 3 });
    const excel = fakeExcel({ sheets: [sheet] });
    const read = excelValueTypeReader(excel.run);
    const types = await read([parseAddress('Teammatrix!A1:B2'), undefined, parseAddress('Teammatrix!B2')]);
    expect(types).toEqual([
      [
        ['String', 'Empty'],
        ['Empty', 'Double'],
      ],
      undefined,
      [['Double']],
    ]);
    expect(excel.runs).toEqual([1]);
  });
});
