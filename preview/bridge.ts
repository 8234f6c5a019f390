// The preview's HostBridge: the panel's contract implemented on the in-memory workbook.

import type {
  BindingPlace,
  HostBridge,
  PlanProgress,
  ReadSheetOptions,
  ReportView,
  RowWrite,
  Selection,
  SheetSnapshot,
  SnapshotRequest,
  StoredBinding,
  Unsubscribe,
} from '../shared/host/bridge';
import { sameFormula } from '../shared/host/bridge';
import { changeLogEntries, LOG_HEADER, LOG_SHEET, logRowValues } from '../shared/host/change-log';
import { resolveRowWrite } from '../shared/host/row-write';
import { type Language, languageFromLocale } from '../shared/i18n/language';
import type { WorkbookPlan } from '../shared/workbook/plan';
import { applyPlan } from './apply-plan';
import { computeSheet, isTeamscanCall } from './evaluate';
import { readPreviewSheet } from './read-sheet';
import { openReportWindow } from './report-window';
import { withSnapshot } from './snapshot';
import type { WorkbookStore } from './store';
import { previewText } from './texts';
import { cloneWorkbook, emptySheet, findSheet, isFormula, type PreviewWorkbook, setCell, usedSize } from './workbook';

export class PreviewBridge implements HostBridge {
  readonly host = 'preview' as const;
  private readonly selectionListeners = new Set<(selection: Selection) => void>();
  /** The panel's language: the change log's header is written in it. Follows the panel's choice. */
  private language: Language;

  constructor(
    private readonly store: WorkbookStore,
    readonly locale = 'nl-NL',
    /** The moment Bijgewerkt is stamped with; the clock by default. */
    private readonly now: () => Date = () => new Date(),
  ) {
    this.language = languageFromLocale(locale);
  }

  /** Called when the user picks another language in the panel. */
  setLanguage(lang: Language): void {
    this.language = lang;
  }

  async readSheet(sheet: string, options?: ReadSheetOptions): Promise<SheetSnapshot> {
    return readPreviewSheet(this.store.workbook, sheet, options?.formulas === true);
  }

  /** Compare-and-set on the sheet as it is now (docs/design.md#9-reliability-and-privacy): columns by header, cells as the form loaded them. */
  async writeRow(write: RowWrite): Promise<void> {
    const workbook = this.store.workbook;
    if (!findSheet(workbook, write.sheet)) throw new Error(previewText('noSheet', 'nl', { sheet: write.sheet }));
    // The same values readSheet hands the panel (formulas computed), so the comparison is like for like.
    const values = computeSheet(workbook, write.sheet).values;
    const resolved = resolveRowWrite(write, values[write.headerRow - 1] ?? [], values[write.row - 1] ?? []);
    const next = cloneWorkbook(workbook);
    const sheet = findSheet(next, write.sheet)!;
    const moment = this.now().toISOString();
    for (const cell of resolved.cells) setCell(sheet, write.row - 1, cell.column, cell.value);
    if (resolved.updatedColumn !== undefined) {
      setCell(sheet, write.row - 1, resolved.updatedColumn, { date: moment });
    }
    // The log goes into the same copy, so the row and its log rows are stored together or not at all.
    this.appendLog(next, logRowValues(changeLogEntries(write, values[write.row - 1] ?? [], resolved)), moment);
    this.store.set(next);
  }

  /** Appends log rows (Tijd first, as a date) below the log's last used row; creates the log with its header. */
  private appendLog(workbook: PreviewWorkbook, rows: readonly (string | number | boolean | null)[][], moment: string) {
    if (rows.length === 0) return;
    let log = findSheet(workbook, LOG_SHEET);
    if (!log) {
      // The preview's sheets have no hidden state: the log shows as a tab of its own.
      log = emptySheet(LOG_SHEET);
      workbook.sheets.push(log);
      log.cells.push([...LOG_HEADER[this.language]]);
    }
    const first = Math.max(1, usedSize(log).rows);
    rows.forEach((values, index) => {
      // Plain values, never { formula }: a name starting with "=" stays text.
      [{ date: moment }, ...values].forEach((value, column) => {
        setCell(log, first + index, column, value);
      });
    });
  }

  async getSelection(): Promise<Selection> {
    return this.store.workbook.active;
  }

  onSelectionChanged(listener: (selection: Selection) => void): Unsubscribe {
    this.selectionListeners.add(listener);
    return () => this.selectionListeners.delete(listener);
  }

  /** Moves the active cell (the grid's clicks and the panel's Vorige / Volgende). */
  select(selection: Selection): void {
    const current = this.store.workbook.active;
    if (current.sheet === selection.sheet && current.row === selection.row && current.column === selection.column)
      return;
    this.store.set({ ...this.store.workbook, active: selection });
    for (const listener of this.selectionListeners) listener(selection);
  }

  async selectRow(sheet: string, row: number, column = 1): Promise<void> {
    this.select({ sheet, row, column });
  }

  async applyPlan(plan: WorkbookPlan, onProgress?: (progress: PlanProgress) => void): Promise<void> {
    const total = plan.sheets.length;
    const next = applyPlan(this.store.workbook, plan, (name, index) =>
      onProgress?.({ fraction: index / total, step: name }),
    );
    this.store.set(next);
    onProgress?.({ fraction: 1, step: plan.activate });
    for (const listener of this.selectionListeners) listener(next.active);
  }

  async listSheets(): Promise<string[]> {
    return this.store.workbook.sheets.map((sheet) => sheet.name);
  }

  /** A values-only, read-only copy of the matrix as "Scan JJJJ-MM-DD" (snapshot.ts), in one store write. */
  async saveSnapshot(request: SnapshotRequest): Promise<string> {
    const { workbook, name } = withSnapshot(this.store.workbook, request);
    this.store.set(workbook);
    return name;
  }

  /** A new window with the report and its Print button (preview/report-window.ts). */
  async openReport(report: ReportView): Promise<void> {
    openReportWindow(report);
  }

  async insertFormula(formula: string): Promise<void> {
    const next = cloneWorkbook(this.store.workbook);
    const { sheet: name, row, column } = next.active;
    const sheet = findSheet(next, name);
    if (!sheet) throw new Error(previewText('noSheet', 'nl', { sheet: name }));
    // An empty formula empties the cell, as in Excel and Sheets (the helper's undo).
    setCell(sheet, row - 1, column - 1, formula === '' ? null : { formula });
    this.store.set(next);
  }

  /** Every change of the in-memory workbook (a cell typed in the grid, a save, an injection) calls back. */
  onSheetsChanged(_sheets: readonly string[], listener: () => void): () => void {
    return this.store.subscribe(() => listener());
  }

  /** The workbook's binding; `lost` once its sheet is gone (the preview has no named ranges to follow a rename). */
  async readBinding(): Promise<StoredBinding | undefined> {
    const binding = this.store.workbook.binding;
    if (!binding) return undefined;
    const lost = !findSheet(this.store.workbook, binding.place.sheet);
    return { ...binding.place, record: binding.record, ...(lost ? { lost } : {}) };
  }

  async saveBinding(place: BindingPlace, record: string): Promise<void> {
    this.store.set({ ...this.store.workbook, binding: { place, record } });
  }

  /** Empties the cell only if it still holds the formula (the helper's undo never removes later input). */
  async removeFormula(at: Selection, formula: string): Promise<boolean> {
    const next = cloneWorkbook(this.store.workbook);
    const sheet = findSheet(next, at.sheet);
    const cell = sheet?.cells[at.row - 1]?.[at.column - 1];
    if (!sheet || !isFormula(cell) || !sameFormula(cell.formula, formula)) return false;
    setCell(sheet, at.row - 1, at.column - 1, null);
    this.store.set(next);
    return true;
  }

  /**
   * A user's typing into a cell, as a spreadsheet takes it: numbers become numbers; a Teamscan function typed
   * with "=" becomes a formula, computed by the same registry; anything else stays text (the grid marks an
   * "=" text as text, since the preview computes no other functions).
   */
  editCell(sheetName: string, row: number, column: number, text: string): void {
    const next = cloneWorkbook(this.store.workbook);
    const sheet = findSheet(next, sheetName);
    // A snapshot is read-only: the preview's stand-in for a protected sheet.
    if (!sheet || sheet.readOnly) return;
    const trimmed = text.trim();
    const value =
      trimmed === ''
        ? null
        : /^-?\d+([.,]\d+)?$/.test(trimmed)
          ? Number(trimmed.replace(',', '.'))
          : isTeamscanCall(trimmed)
            ? { formula: trimmed }
            : text;
    setCell(sheet, row - 1, column - 1, value);
    this.store.set(next);
  }
}
