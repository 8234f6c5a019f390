// What the custom-function tests share: Excel's error cells over a stand-in for CustomFunctions.Error, a matrix with
// empty cells, and how a core result looks in Excel.

import { type ExcelErrorCode, excelError } from '../../addin/functions/errors';
import type { FunctionsHost } from '../../addin/functions/register';
import type { Platform } from './fake/functions';

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
