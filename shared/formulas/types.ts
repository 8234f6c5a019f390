// The shape of a formula in the registry: names, parameters and help in both languages, and its implementation.

import type { Language, Localized } from '../i18n/language';
import type { GridOrigin } from '../matrix/address';
import type { CellValue } from '../matrix/grid';

/** What a parameter takes; hosts derive their declared types from it. */
export type ParamKind = 'matrix' | 'profile' | 'area' | 'level' | 'count' | 'text' | 'detail' | 'value';

export interface FormulaParam {
  readonly name: Localized;
  readonly description: Localized;
  readonly kind: ParamKind;
  readonly optional: boolean;
}

export type FormulaTable = CellValue[][];
export type FormulaResult = CellValue | FormulaTable;

/** What a host knows of a range argument beyond its values. */
export interface ArgumentInfo {
  readonly origin?: GridOrigin;
  /** Cells known to be empty (Excel desktop passes them as 0). */
  readonly emptyMask?: readonly (readonly boolean[])[];
}

export interface FormulaContext {
  readonly lang: Language;
  /** Per parameter position, where the host knows it. */
  readonly argumentInfo?: readonly (ArgumentInfo | undefined)[];
}

export interface FormulaDefinition {
  /** The Dutch name, upper case; also the id Excel registers. */
  readonly id: string;
  readonly name: Localized;
  readonly description: Localized;
  readonly params: readonly FormulaParam[];
  readonly result: 'scalar' | 'table';
  readonly run: (args: readonly unknown[], context: FormulaContext) => FormulaResult;
}
