// What the custom-function tests share: Excel's error cells over a stand-in for CustomFunctions.Error, a matrix with
// empty cells, and how a core result looks in Excel.

import { type ExcelErrorCode, excelError } from '../../addin/functions/errors';
import { type FunctionsHost, registerFunctions } from '../../addin/functions/register';
import { excelValueTypeReader, type ValueTypeReader } from '../../addin/functions/value-types';
import { findFormula } from '../../shared/formulas/registry';
import type { Language } from '../../shared/i18n/language';
import { callAsExcel, type Platform } from './fake/functions';
import { fill } from './fake/user';
import { emptySheet, type FakeBook, type FakeExcel, fakeExcel } from './fake-excel';

type CellRows = (string | number | null)[][];

export class FunctionError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

/** What each CustomFunctions.ErrorCode member shows in the cell (docs: customfunctions.errorcode). */
const ERROR_CELL: Readonly<Record<ExcelErrorCode, string>> = {
  invalidValue: '#VALUE!',
  notAvailable: '#N/A',
  invalidNumber: '#NUM!',
};

/** The entry's error mapping, over a stand-in for new CustomFunctions.Error(code, message). */
export const fakeError: FunctionsHost['error'] = (message, kind) =>
  excelError(kind, message, (code, text) => new FunctionError(ERROR_CELL[code], text));

// A matrix with two empty cells: Jan has no Coach level, Piet no Innovator level. Piet's Adviseur is a real 0.
export const HEADER = ['Naam', 'Adviseur', 'Coach', 'Innovator'];
export const TRUTH = [HEADER, ['Jan', 3, null, 2], ['Piet', 0, 2, null]];

/** The error a call rejected with (the test fails if it resolved). */
export async function failureOf(call: Promise<unknown>): Promise<FunctionError> {
  try {
    await call;
  } catch (error) {
    return error as FunctionError;
  }
  throw new Error('expected the function to fail');
}

/** A core result as Excel shows it: a table with "" for empty, a scalar as [[value]] (matrix result). */
export function asExcel(result: unknown): unknown {
  if (Array.isArray(result)) return result.map((row: unknown[]) => row.map((cell) => cell ?? ''));
  return [[result ?? '']];
}

export const PLATFORMS: Platform[] = ['desktop', 'web'];

/** The Teammatrix of TRUTH, and `sheets` beside it (name → rows). */
export function workbook(sheets: Readonly<Record<string, CellRows>> = {}): FakeBook {
  const others = Object.entries(sheets).map(([name, rows]) => fill(emptySheet(name), rows));
  return fakeExcel({ sheets: [fill(emptySheet('Teammatrix'), TRUTH), ...others] }).book;
}

export interface Host {
  readonly excel: FakeExcel;
  /** Calls a function by id as Excel does on a platform, range arguments by reference. */
  call(id: string, platform: Platform, ...args: unknown[]): Promise<unknown>;
  /** The same, as a formula value preview. */
  preview(id: string, platform: Platform, ...args: unknown[]): Promise<unknown>;
}

/** Every custom function registered as the entry does, over the fake workbook (TRUTH, plus `sheets`). */
export function host(
  options: {
    lang?: Language;
    reader?: (excel: FakeExcel) => ValueTypeReader;
    timeoutMs?: number;
    sheets?: Readonly<Record<string, CellRows>>;
  } = {},
): Host {
  const excel = fakeExcel(workbook(options.sheets));
  const functions = new Map<string, (...args: unknown[]) => Promise<unknown>>();
  const registered: FunctionsHost = {
    associate: (id, fn) => functions.set(id, fn),
    error: fakeError,
    readValueTypes: (options.reader ?? ((fake) => excelValueTypeReader(fake.run)))(excel),
    language: () => options.lang ?? 'nl',
    ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
  };
  registerFunctions(registered);
  const invoke =
    (preview: boolean) =>
    (id: string, platform: Platform, ...args: unknown[]) =>
      callAsExcel(functions.get(id)!, findFormula(id)!.params.length, excel.book, args, { platform, preview });
  return { excel, call: invoke(false), preview: invoke(true) };
}
