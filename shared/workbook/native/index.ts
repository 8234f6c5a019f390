// The add-in-free workbook: native formulas for the Dekking sheet, its Rekenblad, and native formula texts.

export { type CalcRefs, type CalcSheet, calcSheet } from './calc-sheet';
export { basisCells, nativeDashboard } from './dashboard';
export { type CachedValue, type PlanResults, planResults } from './evaluate/evaluate';
export {
  isNativeFormula,
  NATIVE_FORMULA_IDS,
  type NativeFormulaId,
  type NativeFormulaOffer,
  nativeFormula,
} from './formula';
export { type AreaColumns, type MatrixLayout, matrixLayout, plannedMatrixGrid } from './layout';
export { type LookupEntry, type LookupTable, lookupTable } from './lookup';
export { BASIS_COLUMN, buildNativeWorkbookPlan } from './native-plan';
export { CALC_SHEET } from './texts';
