// The one registry of formulas: every host, the generated metadata and the docs are derived from it.

import type { Language } from '../i18n/language';
import { DEKKING, GEDEKT, HIATEN, WIE } from './functions/coverage';
import { BASISNIVEAU, KANDIDATEN, SCORE } from './functions/people';
import { NIVEAU, PROFIEL } from './functions/reference';
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
];

/** The formula with this id or name in either language (case does not matter). */
export function findFormula(name: string): FormulaDefinition | undefined {
  const key = name.trim().toUpperCase();
  return FORMULAS.find((formula) => formula.id === key || formula.name.nl === key || formula.name.en === key);
}

/** Runs a formula by id; errors are TeamscanErrors for the host to turn into its own error value. */
export function runFormula(
  id: string,
  args: readonly unknown[],
  context: FormulaContext = { lang: 'nl' },
): FormulaResult {
  const formula = findFormula(id);
  if (!formula) throw new RangeError(`Unknown formula ${id}`);
  return formula.run(args, context);
}

/** The name a formula has in a language. */
export function formulaName(formula: FormulaDefinition, lang: Language): string {
  return formula.name[lang];
}
