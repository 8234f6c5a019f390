// Office.js types for the add-in, and the CustomFunctions runtime API (not part of @types/office-js).

/// <reference types="office-js" />

declare namespace CustomFunctions {
  /** Registers the JavaScript function for the id declared in functions.json. */
  function associate(id: string, fn: (...args: never[]) => unknown): void;

  enum ErrorCode {
    invalidValue = '#VALUE!',
    notAvailable = '#N/A',
    divisionByZero = '#DIV/0!',
    invalidNumber = '#NUM!',
    nullReference = '#NULL!',
    invalidName = '#NAME?',
    invalidReference = '#REF!',
  }

  /** An error value a custom function returns or throws; Excel shows it in the cell. */
  // biome-ignore lint/suspicious/noShadowRestrictedNames: the runtime's own class is called Error.
  class Error {
    constructor(errorCode: ErrorCode, errorMessage?: string);
    readonly code: ErrorCode;
    readonly message?: string;
  }

  interface Invocation {
    readonly address?: string;
    readonly functionName?: string;
    /** With requiresParameterAddresses: per parameter the address of the range it came from, if any. */
    readonly parameterAddresses?: readonly string[];
    readonly isInValuePreview?: boolean;
  }
}
