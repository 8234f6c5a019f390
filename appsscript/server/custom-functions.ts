// runCustomFunction (`TS.run`): what every generated wrapper (=DEKKING(…), =COVERAGE(…)) calls in Apps Script.

import { findFormula, runFormula } from '../../shared/formulas/registry';
import type { FormulaContext, FormulaResult } from '../../shared/formulas/types';
import { KeyedError } from '../../shared/i18n/keyed-error';
import { type Language, languageFromLocale } from '../../shared/i18n/language';
import { argumentInfoFromFormula } from './formula-origin';
import { spreadsheetAppIfAny } from './gas';
import { errorText } from './texts';

type SheetsValue = string | number | boolean | Date;

function sheetsValue(value: unknown): SheetsValue {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value;
  return String(value);
}

/** A result as Sheets takes it: a scalar, or a rectangular table with "" where there is nothing. */
export function toSheetsResult(result: FormulaResult): SheetsValue | SheetsValue[][] {
  if (!Array.isArray(result)) return sheetsValue(result);
  const width = result.reduce((max, row) => Math.max(max, row.length), 1);
  if (result.length === 0) return [['']];
  return result.map((row) => Array.from({ length: width }, (_, column) => sheetsValue(row[column])));
}

/** Where the failing call's ranges are, read from the calling cell; undefined when that cannot be known. */
function argumentInfo(id: string): FormulaContext['argumentInfo'] {
  try {
    const range = spreadsheetAppIfAny()?.getActiveRange();
    const formula = findFormula(id);
    if (!range || !formula) return undefined;
    return argumentInfoFromFormula(range.getFormula(), [formula.name.nl, formula.name.en], range.getSheet().getName());
  } catch {
    return undefined;
  }
}

/**
 * The language of a wrapper whose name both languages share (`auto`, e.g. SCORE): the spreadsheet's locale
 * (Spreadsheet.getSpreadsheetLocale, readable in a custom function, like every get method); Dutch when unknown.
 */
function sharedNameLanguage(): Language {
  try {
    const spreadsheet = spreadsheetAppIfAny()?.getActiveSpreadsheet() as { getSpreadsheetLocale?: () => string };
    return languageFromLocale(spreadsheet?.getSpreadsheetLocale?.());
  } catch {
    return 'nl';
  }
}

/**
 * Runs a registry formula on Apps-Script-shaped arguments ("" for empty cells, Dates, numbers, booleans; a
 * single cell as a scalar). A keyed error (the core's, a plan sheet's) becomes a thrown Error with the message in
 * the formula's language, which Sheets shows as #ERROR! with that text.
 */
export function runCustomFunction(
  id: string,
  lang: string,
  args: ArrayLike<unknown> | undefined,
): SheetsValue | SheetsValue[][] {
  const language: Language = lang === 'auto' ? sharedNameLanguage() : lang === 'en' ? 'en' : 'nl';
  // The wrapper's `arguments`: as many values as the cell's formula gave, in order.
  const values = args && typeof args.length === 'number' ? Array.from(args) : [];
  try {
    return toSheetsResult(runFormula(id, values, { lang: language }));
  } catch (error) {
    if (!(error instanceof KeyedError)) throw new Error(errorText(error));
    // Only a failing call pays for reading its own formula: the message then names the sheet's real cell.
    const info = argumentInfo(id);
    if (info) {
      try {
        runFormula(id, values, { lang: language, argumentInfo: info });
      } catch (located) {
        if (located instanceof KeyedError) throw new Error(located.localized(language));
      }
    }
    throw new Error(error.localized(language));
  }
}
