// The add-in-free workbook: native formulas for the Dekking sheet, its Rekenblad, and native formula texts.

export { type CachedValue, type PlanResults, planResults } from './evaluate/plan-results';
export { nativeFormula } from './formula';
export { matrixLayout, plannedMatrixGrid } from './layout';
export { lookupTable } from './lookup';
export { BASIS_COLUMN, buildNativeWorkbookPlan } from './native-plan';
export { CALC_SHEET } from './texts';
