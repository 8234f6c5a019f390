// Wraps every registry formula for Excel: normalised arguments in, values or a CustomFunctions.Error out.

import { excelResultIsMatrix, requiresParameterAddresses } from '../../shared/formulas/generate/excel-metadata';
import { FORMULAS, runFormula } from '../../shared/formulas/registry';
import type { ArgumentInfo, FormulaDefinition, FormulaResult } from '../../shared/formulas/types';
import { type ErrorKind, errorKind } from '../../shared/i18n/error-kinds';
import { KeyedError } from '../../shared/i18n/keyed-error';
import type { Language } from '../../shared/i18n/language';
import { TeamscanError } from '../../shared/i18n/message';
import { type CellValue, epochMsToSerial } from '../../shared/matrix/grid';
import { type ParsedAddress, parseAddress } from '../excel/address';
import { runtimeState } from '../selftest/runtime-state';
import { holdsZero, normalizeArgument } from './normalize';
import { functionText } from './texts';
import type { ArgumentTypes, ValueTypeReader } from './value-types';

export interface FunctionsHost {
  /** CustomFunctions.associate. */
  associate(id: string, fn: (...args: unknown[]) => Promise<unknown>): void;
  /** A CustomFunctions.Error of the kind's code (errors.ts: excelError). */
  error(message: string, kind: ErrorKind): unknown;
  readValueTypes: ValueTypeReader;
  /** The language of Excel's UI, read at call time. */
  language(): Language;
  /** How long reading value types may take before the function gives up with an error; 5 s by default. */
  readonly timeoutMs?: number;
}

export const VALUE_TYPES_TIMEOUT_MS = 5_000;

/** A cell value Excel can show: empty as "", dates as serial numbers. */
function excelCell(value: CellValue): string | number | boolean {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return epochMsToSerial(value.getTime());
  return value;
}

/** The result as Excel takes it: a matrix for tables and for every function declared with a matrix result. */
function excelResult(result: FormulaResult, matrix: boolean): unknown {
  if (Array.isArray(result)) {
    if (result.length === 0) return [['']];
    return result.map((row) => (row.length === 0 ? [''] : row.map(excelCell)));
  }
  return matrix ? [[excelCell(result)]] : excelCell(result);
}

/** A refusal to compute, shown in the cell as #VALUE! with its message. */
class NoResult extends Error {}

function timeout<T>(promise: Promise<T>, ms: number, lang: Language): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(functionText('timeout', lang, { seconds: Number((ms / 1000).toFixed(2)) }))),
      ms,
    );
  });
  return Promise.race([promise, expired]).finally(() => clearTimeout(timer));
}

/**
 * Excel's value types of the arguments that need them: a range holding a 0 (Excel desktop passes an empty cell
 * as 0: is it one?) and every whole column or row (to bound it to its used range). Where they cannot be had,
 * the function refuses with an error saying so instead of computing with an empty cell as level 0.
 */
async function typesOf(
  values: readonly unknown[],
  addresses: readonly (ParsedAddress | undefined)[],
  invocation: CustomFunctions.Invocation | undefined,
  host: FunctionsHost,
  lang: Language,
): Promise<(ArgumentTypes | undefined)[]> {
  const wanted = addresses.map((address, index) =>
    address && (address.kind !== 'cells' || holdsZero(values[index])) ? address : undefined,
  );
  const first = wanted.findIndex(Boolean);
  if (first < 0) return [];
  // Formula value preview runs while the user edits the formula; reading the workbook then is not possible
  // (an Excel.run fails in cell-edit mode), and a guess is not an answer (docs: formula value preview).
  if (invocation?.isInValuePreview) throw new NoResult(functionText('preview', lang));
  const range = invocation?.parameterAddresses?.[first] ?? '';
  let types: (ArgumentTypes | undefined)[];
  try {
    types = await timeout(host.readValueTypes(wanted), host.timeoutMs ?? VALUE_TYPES_TIMEOUT_MS, lang);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new NoResult(functionText('noTypes', lang, { range, reason }));
  }
  const missing = wanted.findIndex((address, index) => address && !types[index]);
  if (missing >= 0) {
    const at = invocation?.parameterAddresses?.[missing] ?? '';
    throw new NoResult(functionText('noTypes', lang, { range: at, reason: '—' }));
  }
  return types;
}

/** The function Excel calls: values of each parameter, then the invocation. */
export function excelFunction(formula: FormulaDefinition, host: FunctionsHost) {
  const matrixResult = excelResultIsMatrix(formula);
  const needsAddresses = requiresParameterAddresses(formula);
  return async (...raw: unknown[]): Promise<unknown> => {
    const lang = host.language();
    try {
      const count = formula.params.length;
      const invocation = raw[count] as CustomFunctions.Invocation | undefined;
      // The self-test reads what the invocation carried; after a self-test that found empty cells arriving as 0
      // (or no parameterAddresses), every function refuses with that reason (the safe path it can prove).
      const state = runtimeState();
      state.invocation = {
        parameterAddresses: Array.isArray(invocation?.parameterAddresses),
        isInValuePreview: typeof invocation?.isInValuePreview === 'boolean',
      };
      if (state.functionsRefuse) throw new NoResult(functionText('selfTestRefuse', lang));
      // parameterAddresses comes with CustomFunctionsRuntime 1.3 (customfunctions.invocation reference). An
      // older Excel loads the functions but leaves it out; without it an empty cell (passed as 0 on Windows and
      // Mac) cannot be told from a 0, so the function refuses, naming the version needed, instead of guessing.
      if (needsAddresses && !Array.isArray(invocation?.parameterAddresses)) {
        throw new NoResult(functionText('oldRuntime', lang));
      }
      const values = raw.slice(0, count);
      while (values.length < count) values.push(null);
      const addresses = values.map((_, index) => parseAddress(invocation?.parameterAddresses?.[index]));
      const types = await typesOf(values, addresses, invocation, host, lang);
      const normalized = values.map((value, index) =>
        normalizeArgument(value, {
          ...(addresses[index] ? { address: addresses[index] } : {}),
          ...(types[index] ? { types: types[index] } : {}),
        }),
      );
      const untyped = normalized.findIndex((argument, index) => types[index] && !argument.typed);
      if (untyped >= 0) {
        const range = invocation?.parameterAddresses?.[untyped] ?? '';
        throw new NoResult(functionText('noTypes', lang, { range, reason: '—' }));
      }
      const argumentInfo: (ArgumentInfo | undefined)[] = normalized.map((argument) => argument.info);
      const result = runFormula(
        formula.id,
        normalized.map((argument) => argument.value),
        { lang, argumentInfo },
      );
      return excelResult(result, matrixResult);
    } catch (error) {
      // A core refusal has its spreadsheet error kind; another keyed one (a plan sheet's) is #VALUE!, in Excel's language too.
      if (error instanceof KeyedError) {
        throw host.error(error.localized(lang), error instanceof TeamscanError ? errorKind(error.detail.key) : 'value');
      }
      throw host.error(error instanceof Error ? error.message : String(error), 'value');
    }
  };
}

/** Associates every formula of the registry by its id; returns the ids registered. */
export function registerFunctions(host: FunctionsHost): string[] {
  return FORMULAS.map((formula) => {
    host.associate(formula.id, excelFunction(formula, host));
    return formula.id;
  });
}
