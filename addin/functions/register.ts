// Wraps every registry formula for Excel: normalised arguments in, values or a CustomFunctions.Error out.

import { FORMULAS, runFormula } from '../../shared/formulas/registry';
import type { ArgumentInfo, FormulaDefinition, FormulaResult } from '../../shared/formulas/types';
import type { Language } from '../../shared/i18n/language';
import { TeamscanError } from '../../shared/i18n/message';
import type { CellValue } from '../../shared/matrix/grid';
import { parseAddress } from '../excel/address';
import { normalizeArgument } from './normalize';
import type { ValueTypeReader } from './value-types';

export interface FunctionsHost {
  /** CustomFunctions.associate. */
  associate(id: string, fn: (...args: unknown[]) => Promise<unknown>): void;
  /** new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, message). */
  error(message: string): unknown;
  readValueTypes: ValueTypeReader;
  /** The language of Excel's UI, read at call time. */
  language(): Language;
}

const MS_PER_DAY = 86_400_000;
const EXCEL_EPOCH_OFFSET = 25_569;

/** A cell value Excel can show: empty as "", dates as serial numbers. */
function excelCell(value: CellValue): string | number | boolean {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.getTime() / MS_PER_DAY + EXCEL_EPOCH_OFFSET;
  return value;
}

function excelResult(result: FormulaResult): unknown {
  if (Array.isArray(result)) {
    if (result.length === 0) return [['']];
    return result.map((row) => (row.length === 0 ? [''] : row.map(excelCell)));
  }
  return excelCell(result);
}

/** The function Excel calls: values of each parameter, then the invocation. */
export function excelFunction(formula: FormulaDefinition, host: FunctionsHost) {
  return async (...raw: unknown[]): Promise<unknown> => {
    const lang = host.language();
    try {
      const count = formula.params.length;
      const invocation = raw[count] as CustomFunctions.Invocation | undefined;
      const values = raw.slice(0, count);
      while (values.length < count) values.push(null);
      const addresses = values.map((_, index) => parseAddress(invocation?.parameterAddresses?.[index]));
      let types: Awaited<ReturnType<ValueTypeReader>> = [];
      if (addresses.some(Boolean)) {
        try {
          types = await host.readValueTypes(addresses);
        } catch {
          // Outside the shared runtime the workbook cannot be read: values stay as Excel passed them.
          types = [];
        }
      }
      const normalized = values.map((value, index) =>
        normalizeArgument(value, {
          ...(addresses[index] ? { address: addresses[index] } : {}),
          ...(types[index] ? { valueTypes: types[index] } : {}),
        }),
      );
      const argumentInfo: (ArgumentInfo | undefined)[] = normalized.map((argument) => argument.info);
      const result = runFormula(
        formula.id,
        normalized.map((argument) => argument.value),
        { lang, argumentInfo },
      );
      return excelResult(result);
    } catch (error) {
      if (error instanceof TeamscanError) throw host.error(error.localized(lang));
      throw host.error(error instanceof Error ? error.message : String(error));
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
