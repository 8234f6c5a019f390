// Generates Excel's custom-functions metadata (functions.json) from the registry, one file per language.

import type { Language } from '../../i18n/language';
import { FORMULA_DECLARATIONS } from '../declarations';
import { formulaDescription, paramHelp } from '../help';
import type { FormulaDeclaration, FormulaParam } from '../types';

export interface ExcelParameterMetadata {
  readonly name: string;
  readonly description: string;
  readonly type: 'any' | 'number' | 'string' | 'boolean';
  readonly dimensionality: 'scalar' | 'matrix';
  readonly optional: boolean;
}

export interface ExcelFunctionMetadata {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly result: { readonly type: 'any'; readonly dimensionality: 'scalar' | 'matrix' };
  readonly parameters: readonly ExcelParameterMetadata[];
  readonly options: { readonly requiresParameterAddresses: boolean };
}

export interface ExcelFunctionsMetadata {
  readonly functions: readonly ExcelFunctionMetadata[];
}

/**
 * Ranges arrive as matrices: the team matrix, a profile that may be a custom table, a threshold or target that
 * may be a norms table (a scalar parameter given a range would be called once per cell), a cell to read, and the
 * development plan's sheet.
 */
function isRange(param: FormulaParam): boolean {
  return ['matrix', 'profile', 'level', 'target', 'value', 'plan'].includes(param.kind);
}

function parameterMetadata(param: FormulaParam, lang: Language): ExcelParameterMetadata {
  return {
    name: param.name[lang],
    description: paramHelp(param, lang),
    type: 'any',
    dimensionality: isRange(param) ? 'matrix' : 'scalar',
    optional: param.optional,
  };
}

/** Addresses let the add-in read which cells are truly empty (Excel desktop passes them as 0). */
export function requiresParameterAddresses(formula: FormulaDeclaration): boolean {
  return formula.params.some(isRange);
}

/**
 * Whether Excel takes the function's result as a matrix. A table is one; so is every function with
 * `requiresParameterAddresses`, since the metadata reference requires it: "This property must be used in
 * combination with the dimensionality property of the result object, and dimensionality must be set to
 * matrix" (Office Add-ins docs, custom-functions-json, options). Such a scalar result is returned as [[value]].
 */
export function excelResultIsMatrix(formula: FormulaDeclaration): boolean {
  return formula.result === 'table' || requiresParameterAddresses(formula);
}

function functionMetadata(formula: FormulaDeclaration, lang: Language): ExcelFunctionMetadata {
  return {
    id: formula.id,
    name: formula.name[lang],
    description: formulaDescription(formula, lang),
    result: { type: 'any', dimensionality: excelResultIsMatrix(formula) ? 'matrix' : 'scalar' },
    parameters: formula.params.map((param) => parameterMetadata(param, lang)),
    options: { requiresParameterAddresses: requiresParameterAddresses(formula) },
  };
}

/** The functions.json content for a language; ids are the same in every language, names differ. */
export function excelFunctionsMetadata(lang: Language): ExcelFunctionsMetadata {
  return { functions: FORMULA_DECLARATIONS.map((formula) => functionMetadata(formula, lang)) };
}
