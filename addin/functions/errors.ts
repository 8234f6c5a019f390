// Turns a failure's kind into the CustomFunctions.Error Excel shows: #VALUE!, #N/A or #NUM!.

import type { ErrorKind } from '../../shared/i18n/error-kinds';

/** The CustomFunctions.ErrorCode member of each kind. */
export type ExcelErrorCode = 'invalidValue' | 'notAvailable' | 'invalidNumber';

export const EXCEL_ERROR_CODES: Readonly<Record<ErrorKind, ExcelErrorCode>> = {
  value: 'invalidValue',
  na: 'notAvailable',
  num: 'invalidNumber',
};

/**
 * The error for a kind and message. CustomFunctions.ErrorCode (learn.microsoft.com/javascript/api/
 * custom-functions-runtime/customfunctions.errorcode): #VALUE! and #N/A take a custom message, shown in the
 * cell's error indicator menu; for #NUM! "a custom error message can't be used", so it goes without one.
 */
export function excelError<E>(
  kind: ErrorKind,
  message: string,
  make: (code: ExcelErrorCode, message?: string) => E,
): E {
  const code = EXCEL_ERROR_CODES[kind];
  return code === 'invalidNumber' ? make(code) : make(code, message);
}
