// The HostBridge: everything the shared panel may ask of a host (Excel, Google Sheets, the preview).

import type { Language } from '../i18n/language';
import type { Grid } from '../matrix/grid';
import type { FormMade, FormSpec, FormState } from '../selfscan/form-types';
import type { WorkbookPlan } from '../workbook/plan';

/** The active cell, 1-based as the user sees it. */
export interface Selection {
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
}

/** A sheet's used range from A1, with values as the host reads them. */
export interface SheetSnapshot {
  readonly sheet: string;
  /** Values from A1; empty when the sheet does not exist. */
  readonly grid: Grid;
  readonly exists: boolean;
  /**
   * With `readSheet(sheet, { formulas: true })`: per cell of `grid`, the formula it holds as the host's formula
   * property returns it (Excel `Range.formulas`, Sheets `getFormulas`), null for a constant or a spilled value.
   */
  readonly formulas?: readonly (readonly (string | null)[])[];
}

export interface ReadSheetOptions {
  /** Also read every cell's formula (Profiel and Dekking before a re-injection, to keep a user's own cells). */
  readonly formulas?: boolean;
}

/** A values-only copy of the Teammatrix (docs/design.md#12-rounds-history-and-reports): which sheet, and the day its name carries. */
export interface SnapshotRequest {
  /** The matrix sheet to copy. */
  readonly sheet: string;
  /** The panel's local date, "JJJJ-MM-DD": the copy is named "Scan JJJJ-MM-DD", " (2)" etc. when taken. */
  readonly date: string;
}

/** A self-contained HTML report (shared/report) to show in the host's dialog, with a Print button. */
export interface ReportView {
  readonly title: string;
  readonly html: string;
}

/** A cell value as it crosses a host boundary (no Date: an Apps Script client-server call cannot carry one). */
export type PlainCellValue = string | number | boolean | null;

/**
 * One cell of a row write, named by its column's header (never by a position read earlier: columns get
 * inserted and deleted while a panel is open) and compare-and-set: `expected` is what the cell held when the
 * form was loaded, and the write is refused when it holds something else now (docs/design.md#9-reliability-and-privacy).
 */
export interface RowCellWrite {
  /** The column's header text as the form read it. */
  readonly header: string;
  /** The cell's value when the form loaded it. */
  readonly expected: PlainCellValue;
  /** The value to write; strings stay text, null clears the cell. */
  readonly value: string | number | null;
}

/**
 * Writes one person's row. The host re-reads the header row and the row under its lock (Sheets) or in its
 * batch (Excel), maps every header to its column now, and calls `resolveRowWrite` (shared/host/row-write.ts),
 * which refuses (rowChanged, columnMissing, columnAmbiguous, cellChanged) when anything differs.
 */
export interface RowWrite {
  readonly sheet: string;
  /** 1-based sheet row of the header. */
  readonly headerRow: number;
  /** 1-based sheet row of the person. */
  readonly row: number;
  /** The name column's header, and the name the row must still hold. */
  readonly nameHeader: string;
  readonly expectedName: string;
  readonly cells: readonly RowCellWrite[];
  /** The Bijgewerkt column's header, if the matrix has one; the host stamps the current date and time. */
  readonly updatedHeader?: string;
  /**
   * The self-scan form responses this write takes over (Sheets): under the same lock the host writes nothing
   * when one of them was taken over already, logs each change with the source "zelfscan" (SELFSCAN_SOURCE),
   * and marks them all taken over with the write.
   */
  readonly responses?: readonly string[];
}

/** The change log's source of a self-scan taken over (docs/design.md#12-rounds-history-and-reports). */
export const SELFSCAN_SOURCE = 'zelfscan';

export type Unsubscribe = () => void;

/** A bound matrix's header row (docs/design.md#7-the-injected-workbook, own layouts): 1-based row, first column and width. */
export interface BindingPlace {
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
  readonly columns: number;
}

/**
 * A binding as the workbook keeps it: where the host's named range over the header row is now (a named range
 * follows inserted rows and a renamed sheet) and the panel's record of what it bound (shared/scan/binding.ts).
 */
export interface StoredBinding extends BindingPlace {
  readonly record: string;
  /** The named range refers to nothing any more (its sheet was deleted); the place is then the record's. */
  readonly lost?: boolean;
}

export interface PlanProgress {
  /** 0..1 */
  readonly fraction: number;
  readonly step: string;
}

export interface HostBridge {
  /** Which host this is, for the formula syntax ("excel", "sheets") and the UI. */
  readonly host: 'excel' | 'sheets' | 'preview';
  /** The host's UI language as a locale tag, e.g. "nl-NL". */
  readonly locale: string;
  /**
   * The language of the function names the host registered, where it differs per installation: Excel loads
   * English metadata (TEAMSCAN.COVERAGE) for English UI locales. Formulas the panel writes use it; Dutch when
   * absent (the names every host registers).
   */
  readonly formulaLanguage?: Language;
  /** Follows the panel's language choice: the texts the host writes itself (the change log's header) use it. */
  setLanguage(lang: Language): void;
  /** The used range of a sheet from A1; with `formulas`, each cell's formula too. */
  readSheet(sheet: string, options?: ReadSheetOptions): Promise<SheetSnapshot>;
  /** The workbook's sheet names in tab order (hidden ones included). */
  listSheets(): Promise<string[]>;
  /**
   * Saves a protected, values-only copy of the matrix sheet as "Scan JJJJ-MM-DD" in a constant number of host
   * round trips, and resolves to the name it got (a suffix when a copy of that day exists).
   */
  saveSnapshot(request: SnapshotRequest): Promise<string>;
  /** Opens a report in the host's dialog (Excel: displayDialogAsync; Sheets: showModalDialog; preview: a window). */
  openReport(report: ReportView): Promise<void>;
  /**
   * Where the host's report window can hold up the workbook while open (Excel: an open dialog can stop custom
   * functions recalculating, office-js#6920): tells the listener when a report window opens and closes.
   */
  onReportWindow?(listener: (open: boolean) => void): Unsubscribe;
  /**
   * Writes one row, compare-and-set; rejects with a TeamscanError (rowChanged, columnMissing, columnAmbiguous,
   * cellChanged) and writes nothing when the row, its columns or its cells are not what the form loaded.
   */
  writeRow(write: RowWrite): Promise<void>;
  getSelection(): Promise<Selection>;
  /** Calls back whenever the active cell moves (Excel events; Sheets by polling; the preview directly). */
  onSelectionChanged(listener: (selection: Selection) => void): Unsubscribe;
  /**
   * Moves the selection to a row of a sheet (Vorige / Volgende), or to one cell of it: `column` is 1-based, as
   * in Selection (a read problem's link selects the very cell). Without it the host picks the column: Excel and
   * Sheets keep the active cell's column when it is on that sheet, else the first; the preview the first.
   */
  selectRow(sheet: string, row: number, column?: number): Promise<void>;
  /** Applies an injection plan; all or nothing: a failure leaves the workbook as it was. */
  applyPlan(plan: WorkbookPlan, onProgress?: (progress: PlanProgress) => void): Promise<void>;
  /** Writes a formula into the active cell. */
  insertFormula(formula: string): Promise<void>;
  /**
   * Empties a cell (1-based) only if it still holds `formula` (spaces and case aside), compared and cleared in one
   * host call (Excel: one batch run; Sheets: under the document lock): the formula helper's undo never removes
   * what was typed there since. Resolves whether it emptied the cell. Hosts without it: the panel leaves cells be.
   */
  removeFormula?(at: Selection, formula: string): Promise<boolean>;
  /**
   * Calls back when a cell of one of these sheets changes (Excel: Worksheet.onChanged on each that exists; the
   * preview: its workbook's changes), so the panel reads again without waiting for a selection. Optional.
   */
  onSheetsChanged?(sheets: readonly string[], listener: () => void): Unsubscribe;
  /**
   * The formula of the workbook name Teamscan_Schaal (`="ja-nee"`), the scale a no-install workbook written from a
   * yes/no matrix records; undefined without it. Excel only: a Sheets named range holds no text constant.
   */
  readScaleRecord?(): Promise<string | undefined>;
  /** The workbook's binding to an own-layout matrix, if it has one (Excel: a named range and settings; Sheets: a named range and developer metadata). */
  readBinding?(): Promise<StoredBinding | undefined>;
  /** Remembers the binding in the workbook: a workbook-scoped name over the header row plus the record. */
  saveBinding?(place: BindingPlace, record: string): Promise<void>;
  /**
   * Google Sheets: the self-scan form (docs/design.md#12-rounds-history-and-reports). Makes the form the panel
   * describes, its responses to this spreadsheet; reads it back with its responses (null: none made here); takes
   * one person's answers over with writeRow's compare-and-set, logged with the source "zelfscan", the write's
   * `responses` marked taken over under the same lock. Resolves false, writing nothing, when one of those
   * responses was taken over meanwhile.
   */
  createSelfscanForm?(spec: FormSpec): Promise<FormMade>;
  readSelfscanForm?(): Promise<FormState | null>;
  takeOverRow?(write: RowWrite): Promise<boolean>;
}

/** Whether a cell's formula as the host returns it is `formula`: hosts may tidy spaces and case when storing. */
export function sameFormula(held: unknown, formula: string): boolean {
  const key = (text: string) => text.replace(/\s+/g, '').toUpperCase();
  return typeof held === 'string' && held.startsWith('=') && key(held) === key(formula);
}
