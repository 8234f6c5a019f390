// The one registry of formulas: declarations (declarations.ts) with their implementations; every host runs
// formulas through it. The panel imports declarations.ts only, so it does not bundle the implementations.

import type { Language } from '../i18n/language';
import { DEKKING, GEDEKT, HIATEN, WIE } from './functions/coverage';
import { LEERKOPPELS, SLEUTELPERSONEN, VOORTGANG } from './functions/insights';
import { BASISNIVEAU, KANDIDATEN, SCORE } from './functions/people';
import { NIVEAU, PROFIEL } from './functions/reference';
import { readArguments } from './readers';
import type { FormulaContext, FormulaDefinition, FormulaResult } from './types';

export const FORMULAS: readonly FormulaDefinition[] = [
  DEKKING,
  GEDEKT,
  HIATEN,
  WIE,
  SCORE,
  BASISNIVEAU,
  KANDIDATEN,
  PROFIEL,
  NIVEAU,
  SLEUTELPERSONEN,
  LEERKOPPELS,
  VOORTGANG,
];

/** The formula with this id or name in either language (case does not matter). */
export function findFormula(name: string): FormulaDefinition | undefined {
  const key = name.trim().toUpperCase();
  return FORMULAS.find((formula) => formula.id === key || formula.name.nl === key || formula.name.en === key);
}

/**
 * Runs a formula by id on the arguments as a host passes them, by position: each is read by its parameter's
 * kind (profile first, then the matrix), and the implementation gets them by key. Errors are TeamscanErrors
 * for the host to turn into its own error value.
 */
export function runFormula(
  id: string,
  args: readonly unknown[],
  context: FormulaContext = { lang: 'nl' },
): FormulaResult {
  const formula = findFormula(id);
  if (!formula) throw new RangeError(`Unknown formula ${id}`);
  return formula.run(readArguments(formula.params, args, context), context);
}

/** The name a formula has in a language. */
export function formulaName(formula: FormulaDefinition, lang: Language): string {
  return formula.name[lang];
}
