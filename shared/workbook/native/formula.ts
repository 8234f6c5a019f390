// The native alternative to a Teamscan function ("werkt zonder add-in") for the panel's formula helper.

import type { Language } from '../../i18n/language';
import type { PlanCell, SheetPlan } from '../plan';
import { calcSheet } from './calc-sheet';
import { basisCells, nativeDashboard } from './dashboard';
import type { MatrixLayout } from './layout';

/** Functions with a native form: the tables of the Dekking sheet and the one-cell count. */
export const NATIVE_FORMULA_IDS = ['DEKKING', 'GEDEKT', 'BASISNIVEAU'] as const;
export type NativeFormulaId = (typeof NATIVE_FORMULA_IDS)[number];

export interface NativeFormulaOffer {
  /** The cells to write from the chosen cell on: one cell for GEDEKT, a table for DEKKING and BASISNIVEAU. */
  readonly cells: PlanCell[][];
  /** The Rekenblad the formulas read; apply it with the plan applier before writing the cells. */
  readonly requires: readonly SheetPlan[];
}

/**
 * The native formulas for a Teamscan function on a matrix laid out as `layout` (see matrixLayout). They read
 * each area's threshold and target from the Dekking sheet's norms table (else B2:B3) like the dashboard; `area` is the profile index for GEDEKT.
 */
export function nativeFormula(
  id: NativeFormulaId,
  layout: MatrixLayout,
  lang: Language,
  options: { readonly area?: number } = {},
): NativeFormulaOffer {
  const calc = calcSheet(layout, lang);
  const requires = [calc.sheet];
  if (id === 'BASISNIVEAU') return { cells: basisCells(calc.refs, lang), requires };
  if (id === 'DEKKING') {
    const context = { profile: layout.profile, lang } as Parameters<ReturnType<typeof nativeDashboard>['coverage']>[0];
    return { cells: nativeDashboard(calc.refs).coverage(context), requires };
  }
  const area = options.area ?? 0;
  const levels = calc.refs.levels[area];
  if (!levels) throw new RangeError(`no area ${area} in profile ${layout.profile.id}`);
  return {
    cells: [[{ formula: { kind: 'native', text: `=SUMPRODUCT(--(${levels}>=${calc.refs.thresholds[area]}))` } }]],
    requires,
  };
}
