// How Excel calls a custom function, over the fake workbook: the values of each range argument as Excel passes
// them, and the invocation with the arguments' addresses (requiresParameterAddresses).
//
// Empty cells: Excel on Windows and Mac passes an empty cell inside a range argument as 0, Excel on the web as
// null (OfficeDev/office-js#4702 "its value is 0 in desktop and null in office web"; #5262 and #1951 report the
// same 0 for `any` matrix parameters; the Excel team's answer in #4702 suggests reading the cells through the API
// by their parameter address to tell an empty cell from a 0). A whole column ("A:D") is passed whole.

import { cellOf, type FakeBook, hasValue, SHEET_ROWS } from './model';
import { parseA1 } from './worksheet';

export type Platform = 'desktop' | 'web';

/** A range argument by reference ("Teammatrix!A1:D3", "Teammatrix!A:D"); anything else is a literal. */
export interface RangeArgument {
  readonly range: string;
}

export function range(reference: string): RangeArgument {
  return { range: reference };
}

function isRange(argument: unknown): argument is RangeArgument {
  return typeof argument === 'object' && argument !== null && 'range' in argument;
}

/** The matrix Excel passes for a reference; whole columns are cut at `rows` (Excel: 1,048,576). */
export function rangeValues(book: FakeBook, reference: string, platform: Platform, rows = SHEET_ROWS): unknown[][] {
  const bang = reference.lastIndexOf('!');
  const sheetName = reference
    .slice(0, bang)
    .replace(/^'(.*)'$/, '$1')
    .replace(/''/g, "'");
  const sheet = book.sheets.find((s) => s.name === sheetName);
  if (!sheet) throw new Error(`no sheet ${sheetName}`);
  const at = parseA1(reference.slice(bang + 1));
  const empty = platform === 'desktop' ? 0 : null;
  const bottom = Math.max(-1, ...[...sheet.cells.keys()].map((k) => Number(k.split(',')[0])));
  // Rows below the last filled one are all empty: one shared row stands for each (a million of them).
  const blank = Object.freeze(Array.from({ length: at.columns }, () => empty)) as unknown[];
  return Array.from({ length: Math.min(at.rows, rows) }, (_, r) =>
    at.row + r > bottom
      ? blank
      : Array.from({ length: at.columns }, (_, c) => {
          const cell = cellOf(sheet, at.row + r, at.column + c);
          return hasValue(cell) ? cell!.value : empty;
        }),
  );
}

/** A CustomFunctionsRuntime requirement set an Excel build supports, as far as the invocation shows it. */
export type Runtime = '1.2' | '1.3' | '1.4' | '1.5';

export interface CallOptions {
  readonly platform: Platform;
  /**
   * The build's CustomFunctionsRuntime (default 1.5). CustomFunctions.Invocation: `parameterAddresses` is
   * "[Api set: CustomFunctionsRuntime 1.3]" and `isInValuePreview` "[Api set: CustomFunctionsRuntime 1.5]"
   * (learn.microsoft.com/javascript/api/custom-functions-runtime/customfunctions.invocation); an older build
   * leaves them out (custom-functions-requirement-sets: 1.3 from Windows version 2008, Mac 16.40).
   */
  readonly runtime?: Runtime;
  /** The call is a formula value preview (the user selected part of a formula while editing it). */
  readonly preview?: boolean;
  /** Where a whole column ends in the values passed (defaults to Excel's 1,048,576 rows). */
  readonly rows?: number;
}

/** Excel passes every declared parameter (an omitted optional one as null), then the invocation. */

export function callAsExcel(
  fn: (...args: unknown[]) => Promise<unknown>,
  parameters: number,
  book: FakeBook,
  args: readonly unknown[],
  options: CallOptions,
): Promise<unknown> {
  const all = Array.from({ length: parameters }, (_, index) => (index < args.length ? args[index] : null));
  const values = all.map((argument) =>
    isRange(argument) ? rangeValues(book, argument.range, options.platform, options.rows) : argument,
  );
  const runtime = options.runtime ?? '1.5';
  const invocation = {
    ...(runtime >= '1.3'
      ? { parameterAddresses: all.map((argument) => (isRange(argument) ? argument.range : '')) }
      : {}),
    ...(options.preview && runtime >= '1.5' ? { isInValuePreview: true } : {}),
  };
  return fn(...values, invocation);
}
