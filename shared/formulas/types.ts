// The shape of a formula: its declaration (names, parameters, help) and, apart, its implementation.

import type { PlanGoal } from '../analysis/conversation/dev-plan';
import type { Language, Localized } from '../i18n/language';
import type { Scale } from '../levels/scale';
import type { GridOrigin } from '../matrix/address';
import type { CellValue, Grid } from '../matrix/grid';
import type { MatrixReading, Person } from '../matrix/reading';
import type { Detail } from '../profiles/detail';
import type { Profile } from '../profiles/model';

/**
 * What a parameter takes; each kind has one reader (readers.ts) and hosts derive their declared types from it.
 * `level` is a threshold and `target` a number of people, each a single value or a norms table (docs/design.md#4a-norms-per-area);
 * `text` is a person's name.
 */
export type ParamKind =
  | 'matrix'
  | 'profile'
  | 'area'
  | 'level'
  | 'target'
  | 'count'
  | 'text'
  | 'detail'
  | 'value'
  | 'scale'
  | 'plan';

/** A threshold or target as a formula was given it: one value for every area, or a norms table. */
export type NormArgument = { readonly value: number } | { readonly table: Grid };

/** The arguments an implementation receives, read and checked, by the key their parameter declares. */
export interface FormulaArguments {
  readonly matrix: MatrixReading;
  /** An earlier round's matrix (VOORTGANG), read with the same profile. */
  readonly before: MatrixReading;
  readonly profile: Profile;
  /** The index of the area in the profile. */
  readonly area: number;
  readonly person: Person;
  readonly threshold: NormArgument;
  readonly target: NormArgument;
  readonly count: number;
  /** The most learners one mentor takes (LEERKOPPELS). */
  readonly max: number;
  readonly detail: Detail;
  /** A cell read as a level (NIVEAU). */
  readonly value: number;
  /** The scale the matrix, threshold and norms are read in (docs/design.md#3-levels-and-cell-values); undefined for 0–4. */
  readonly scale: Scale | undefined;
  /** The Ontwikkelplan sheet's goals, read with the profile (ONTWIKKELPLAN); undefined where it is optional and not given (VOORTGANG). */
  readonly plan: readonly PlanGoal[] | undefined;
}

export type ParamKey = keyof FormulaArguments;

/** A default as the help text names it: "standaard 2 (Bekwaam)". */
export interface ParamDefault {
  readonly value: number | string;
  readonly note?: Localized;
}

export interface FormulaParam<K extends ParamKey = ParamKey> {
  readonly key: K;
  readonly name: Localized;
  readonly kind: ParamKind;
  readonly optional: boolean;
  readonly default?: ParamDefault;
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

/** Names and parameters: with help.ts's texts, all the panel, the generated metadata and the docs need. */
export interface FormulaDeclaration<P extends readonly FormulaParam[] = readonly FormulaParam[]> {
  /** The Dutch name, upper case; also the id Excel registers. */
  readonly id: string;
  readonly name: Localized;
  readonly params: P;
  readonly result: 'scalar' | 'table';
}

/** The arguments of a formula with parameters P. */
export type ArgumentsOf<P extends readonly FormulaParam[]> = Pick<FormulaArguments, P[number]['key']>;

export interface FormulaDefinition<P extends readonly FormulaParam[] = readonly FormulaParam[]>
  extends FormulaDeclaration<P> {
  readonly run: (args: ArgumentsOf<P>, context: FormulaContext) => FormulaResult;
}
