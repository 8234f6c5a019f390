// The one registry of formulas: declarations (declarations.ts) with their implementations; every host runs
// formulas through it. The panel imports declarations.ts only, so it does not bundle the implementations.

import { FORMULA_DECLARATIONS, findDeclaration } from './declarations';
import * as coverage from './functions/coverage';
import * as insights from './functions/insights';
import * as people from './functions/people';
import * as plan from './functions/plan';
import * as reference from './functions/reference';
import { readArguments } from './readers';
import type { FormulaContext, FormulaDefinition, FormulaResult } from './types';

function isDefinition(value: unknown): value is FormulaDefinition {
  return (
    typeof value === 'object' &&
    value !== null &&
    'id' in value &&
    typeof (value as FormulaDefinition).run === 'function'
  );
}

/** The implementations by id, collected from the function modules (each exports its definitions). */
const IMPLEMENTATIONS = new Map(
  [coverage, insights, people, plan, reference]
    .flatMap((module) => Object.values(module))
    .filter(isDefinition)
    .map((formula) => [formula.id, formula] as const),
);

function implementation(id: string): FormulaDefinition {
  const formula = IMPLEMENTATIONS.get(id);
  if (!formula) throw new RangeError(`Formula ${id} is declared but not implemented`);
  return formula;
}

/** Every formula with its implementation, in the declarations' order (docs/design.md#6-the-formulas). */
export const FORMULAS: readonly FormulaDefinition[] = FORMULA_DECLARATIONS.map((formula) => implementation(formula.id));

/** The formula with this id or name in either language (case does not matter). */
export function findFormula(name: string): FormulaDefinition | undefined {
  const declared = findDeclaration(name);
  return declared ? implementation(declared.id) : undefined;
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
