// The declarative WorkbookPlan (docs/design.md#8-architecture): what injection creates, applied by Excel, Sheets, .xlsx and preview.

/** A rectangle on a sheet, 0-based, in cells. */
export interface PlanRange {
  readonly row: number;
  readonly column: number;
  readonly rows: number;
  readonly columns: number;
}

/** An argument of a Teamscan function call; `matrix` and `profileTable` are rendered per host. */
export type FormulaArgument =
  | { readonly kind: 'matrix' }
  | { readonly kind: 'profileTable' }
  | { readonly kind: 'cell'; readonly sheet?: string; readonly row: number; readonly column: number }
  /** A rectangle such as the Dekking sheet's norms table, rendered absolute ("$A$16:$C$22"). */
  | { readonly kind: 'range'; readonly sheet?: string; readonly range: PlanRange }
  | { readonly kind: 'literal'; readonly value: string | number };

/** A call of a Teamscan custom function (rendered as TEAMSCAN.DEKKING in Excel, DEKKING in Sheets). */
export interface CustomFormula {
  readonly kind: 'custom';
  readonly id: string;
  readonly args: readonly FormulaArgument[];
}

/** A native formula in A1 syntax with English function names, starting with "=". */
export interface NativeFormula {
  readonly kind: 'native';
  readonly text: string;
}

export interface PlanFormulaCell {
  readonly formula: CustomFormula | NativeFormula;
}

/**
 * A cell to write. Strings are always text (a name starting with "=" never becomes a formula); only
 * PlanFormulaCell is a formula; null leaves an empty cell.
 */
export type PlanCell = string | number | boolean | null | PlanFormulaCell;

/** Values written as one rectangle, in one call per host. */
export interface CellBlock {
  readonly row: number;
  readonly column: number;
  readonly values: readonly (readonly PlanCell[])[];
}

export type CellStyle = 'title' | 'subtitle' | 'header' | 'note' | 'wrap' | 'level' | 'date' | 'input';

export interface StyledRange {
  readonly range: PlanRange;
  readonly style: CellStyle;
}

/** A dropdown on every cell of a range. `strict: false` warns but accepts other input (a typed word). */
export interface ListValidation {
  readonly range: PlanRange;
  readonly values: readonly (string | number)[];
  readonly strict: boolean;
  readonly prompt: string;
}

/**
 * The colours of the 0–4 level scale, from the one theme (shared/theme/levels.ts) the panel's heat map and the
 * reports draw too. Every applier draws these.
 */
export { LEVEL_SCALE_COLOURS } from '../theme/levels';

/** A colour scale over levels from `min` over `mid` to `max`, in LEVEL_SCALE_COLOURS. */
export interface ColourScale {
  readonly range: PlanRange;
  readonly min: number;
  readonly mid: number;
  readonly max: number;
}

/** Colours a status column by its text: gedekt green, kwetsbaar orange, gat red. */
export interface TextHighlight {
  readonly range: PlanRange;
  readonly rules: readonly { readonly equals: string; readonly colour: 'good' | 'warning' | 'bad' }[];
}

export interface ChartPlan {
  readonly title: string;
  readonly type: 'bar';
  /** Category labels (one column) and series values (one column per series, header on the first row). */
  readonly categories: PlanRange;
  readonly series: readonly PlanRange[];
  /** Where the chart's top-left corner goes. */
  readonly anchor: { readonly row: number; readonly column: number };
}

/**
 * How a sheet prints (docs/design.md#8-architecture): A4, fitted to one page wide (any number of pages high), the
 * header rows repeated on every page. Appliers that cannot set it (a host API without page setup) ignore it.
 */
export interface PrintSetup {
  readonly orientation: 'portrait' | 'landscape';
  /** What prints; absent: the used range. */
  readonly area?: PlanRange;
  /** How many pages high it may print; 0: as many as needed (always one page wide). */
  readonly pagesHigh: number;
  /** Rows (0-based, inclusive) repeated at the top of every printed page. */
  readonly titleRows?: { readonly first: number; readonly last: number };
}

export interface SheetPlan {
  readonly name: string;
  /**
   * `replace`: the sheet is ours (Profiel, Dekking) and is cleared and rewritten.
   * `merge`: the sheet holds scans (Teammatrix): only the blocks are written, nothing else is touched.
   */
  readonly mode: 'replace' | 'merge';
  readonly blocks: readonly CellBlock[];
  readonly styles: readonly StyledRange[];
  readonly columnWidths: readonly { readonly column: number; readonly width: number }[];
  readonly frozen?: { readonly rows: number; readonly columns: number };
  readonly validations: readonly ListValidation[];
  readonly colourScales: readonly ColourScale[];
  readonly highlights: readonly TextHighlight[];
  readonly charts: readonly ChartPlan[];
  /** An Excel table over the matrix (Excel only; other hosts ignore it). */
  readonly table?: { readonly name: string; readonly range: PlanRange };
  /** Protect the sheet against accidental edits (no password). */
  readonly protect: boolean;
  /** Page setup for printing; absent: the host's defaults. */
  readonly print?: PrintSetup;
  /** A helper sheet the user need not see (hidden, not printed); it stays in the workbook for its formulas. */
  readonly hidden?: boolean;
  /** A replace sheet built from a read of the old one: what it read and carries over (carry-over.ts). */
  readonly carry?: SheetCarry;
}

/** A user's cell of a replace sheet: where it was read, what it held, and where the plan writes it back. */
export interface CarriedCell {
  readonly row: number;
  readonly column: number;
  readonly to: { readonly row: number; readonly column: number };
  /** The value as read; a date as its serial number (days since 1899-12-30, local time). */
  readonly value: string | number | boolean;
  /** The user's formula in the host's own formula text, when the cell held one. */
  readonly formula?: string;
  /** The cell held a date: `epochMs` is the moment the host read, to compare like for like. */
  readonly epochMs?: number;
  /**
   * A norm the user typed in the norms table (docs/design.md#4a-norms-per-area): its area's label, and whether the new profile has that
   * area (then `to` is the area's row of the new norms table; else the cell is kept as the user's, with its label).
   */
  readonly norm?: { readonly area: string; readonly kept: boolean };
}

/**
 * What a replace sheet's plan read of the old sheet, so an applier can refuse a stale plan: cells Teamscan
 * counts as its own (areas, and texts it wrote where they were read), and the user's cells it carries.
 */
export interface SheetCarry {
  /** Whether the sheet existed when it was read. */
  readonly existed: boolean;
  readonly teamscanAreas: readonly PlanRange[];
  readonly teamscanTexts: readonly { readonly row: number; readonly column: number; readonly text: string }[];
  readonly cells: readonly CarriedCell[];
}

export interface WorkbookPlan {
  readonly profileId: string;
  readonly detail: 'gebieden' | 'kva' | 'competenties';
  readonly sheets: readonly SheetPlan[];
  /** The sheet to show when done. */
  readonly activate: string;
  /** The matrix area the formulas refer to (sheet Teammatrix), after the plan is applied. */
  readonly matrixRange: PlanRange;
  /** The profile table (sheet Profiel) a custom profile is read from, if the profile is not built in. */
  readonly profileTableRange?: PlanRange;
  /** The language of the sheets' texts; the Teamscan functions are named in it so their tables match. */
  readonly lang?: 'nl' | 'en';
}

export const SHEET_PROFILE = 'Profiel';
export const SHEET_MATRIX = 'Teammatrix';
export const SHEET_DASHBOARD = 'Dekking';
