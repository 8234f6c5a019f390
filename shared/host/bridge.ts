// The HostBridge: everything the shared panel may ask of a host (Excel, Google Sheets, the preview).

import type { CellValue, Grid } from '../matrix/grid';
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
}

/** One cell of a row write: 0-based column in the sheet, the value to write (strings stay text). */
export interface RowCellWrite {
  readonly column: number;
  readonly value: string | number | null;
}

/** Writes one person's row: refused when the row no longer holds that person (rows get sorted). */
export interface RowWrite {
  readonly sheet: string;
  /** 1-based sheet row. */
  readonly row: number;
  /** 0-based column of the name, and the name the row must still hold. */
  readonly nameColumn: number;
  readonly expectedName: string;
  readonly cells: readonly RowCellWrite[];
  /** 0-based column of Bijgewerkt to stamp, if any; the host writes the current date and time as a date. */
  readonly updatedColumn?: number;
}

export type Unsubscribe = () => void;

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
  /** The used range of a sheet from A1. */
  readSheet(sheet: string): Promise<SheetSnapshot>;
  /** Writes one row; rejects with a TeamscanError (key rowChanged) if the row holds someone else. */
  writeRow(write: RowWrite): Promise<void>;
  getSelection(): Promise<Selection>;
  /** Calls back whenever the active cell moves (Excel events; Sheets by polling; the preview directly). */
  onSelectionChanged(listener: (selection: Selection) => void): Unsubscribe;
  /** Moves the selection to a row of a sheet (Vorige / Volgende). */
  selectRow(sheet: string, row: number): Promise<void>;
  /** Applies an injection plan; all or nothing: a failure leaves the workbook as it was. */
  applyPlan(plan: WorkbookPlan, onProgress?: (progress: PlanProgress) => void): Promise<void>;
  /** Writes a formula into the active cell. */
  insertFormula(formula: string): Promise<void>;
}

/** The values of a sheet row as the panel needs them for the scan form. */
export type RowValues = readonly CellValue[];
