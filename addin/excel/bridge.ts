// The ExcelBridge: the shared panel's HostBridge over Office.js, each call one Excel.run with batched syncs.

import {
  type BindingPlace,
  type HostBridge,
  type PlanProgress,
  type ReadSheetOptions,
  type ReportView,
  type RowWrite,
  type Selection,
  type SheetSnapshot,
  type SnapshotRequest,
  type StoredBinding,
  sameFormula,
  type Unsubscribe,
} from '../../shared/host/bridge';
import {
  checkFormulaText,
  checkOptionalColumn,
  checkReport,
  checkRow,
  checkSheetName,
  EXCEL_LIMITS,
} from '../../shared/host/validate';
import { type Language, languageFromLocale } from '../../shared/i18n/language';
import type { WorkbookPlan } from '../../shared/workbook/plan';
import { functionLanguage } from '../function-locales';
import { AddinError } from '../texts';
import { type DocumentSettings, readExcelBinding, saveExcelBinding } from './binding';
import { officeErrorCode } from './cell-values';
import { loadPlanApplier } from './load-plan-applier';
import { usedRangeProperties, usedRangeSnapshot } from './read-sheet';
import { openReportDialog } from './report-dialog';
import { saveRow } from './row-write';
import { type ExcelRun, refusingInCellEditMode } from './run';
import { ScaleRecordOnce } from './scale-record';
import { saveSnapshot } from './snapshot';

/** The tables a formula refers to by structured reference ("Teammatrix[#All]"), outside its text literals. */
export function referencedTables(formula: string): string[] {
  const code = formula.replace(/"(?:[^"]|"")*"/g, '""');
  return [...new Set([...code.matchAll(/([A-Za-z_\\][A-Za-z0-9_.]*)\[/g)].map((match) => match[1]!))];
}

export class ExcelBridge implements HostBridge {
  readonly host = 'excel' as const;
  /**
   * The panel's language, for the texts the bridge writes itself (progress steps, the list's alert in the
   * workbook); it follows the panel's choice (setLanguage). Errors carry a key and are translated by the panel.
   */
  private language: Language;
  /**
   * The language Excel shows the TEAMSCAN function names in: the metadata the manifest's Overrides load for
   * this UI locale (functions.en.json for the English locales). Injection and the formula helper use it.
   */
  readonly formulaLanguage: Language;

  /** Excel.run; a batch refused while the user edits a cell becomes the panel's message (run.ts). */
  private readonly run: ExcelRun;

  constructor(
    run: ExcelRun,
    readonly locale: string,
    /** Office.context.document.settings, where a binding's record is kept; without it the panel binds nothing. */
    private readonly settings?: DocumentSettings,
  ) {
    this.run = refusingInCellEditMode(run);
    this.language = languageFromLocale(locale);
    this.formulaLanguage = functionLanguage(locale);
  }

  get lang(): Language {
    return this.language;
  }

  /** Called when the user picks another language in the panel. */
  setLanguage(lang: Language): void {
    this.language = lang;
  }

  async readSheet(sheet: string, options?: ReadSheetOptions): Promise<SheetSnapshot> {
    checkSheetName(sheet);
    const withFormulas = options?.formulas === true;
    return this.run(async (context) => {
      const worksheet = context.workbook.worksheets.getItemOrNullObject(sheet);
      worksheet.load('name');
      await context.sync();
      if (worksheet.isNullObject) return { sheet, grid: { values: [] }, exists: false };
      const used = worksheet.getUsedRangeOrNullObject(true);
      // Formulas and number formats in the same load as the values (one sync), only when asked.
      used.load(usedRangeProperties(withFormulas));
      try {
        await context.sync();
      } catch (error) {
        // Five million cells per read, 5 MB per answer on the web (excel/performance, "size limitations").
        const code = officeErrorCode(error);
        if (code === 'ResponsePayloadSizeLimitExceeded') throw new AddinError('sheetTooLarge', { sheet });
        throw error;
      }
      return usedRangeSnapshot(sheet, used.isNullObject ? undefined : used, withFormulas);
    });
  }

  /** Compare-and-set in one Excel.run of two syncs (see row-write.ts). */
  writeRow(write: RowWrite): Promise<void> {
    return saveRow(this.run, write, this.lang);
  }

  async getSelection(): Promise<Selection> {
    return this.run(async (context) => {
      const cell = context.workbook.getActiveCell();
      cell.load('rowIndex,columnIndex');
      cell.worksheet.load('name');
      await context.sync();
      return { sheet: cell.worksheet.name, row: cell.rowIndex + 1, column: cell.columnIndex + 1 };
    });
  }

  onSelectionChanged(listener: (selection: Selection) => void): Unsubscribe {
    let active = true;
    const registration = this.run(async (context) => {
      const handler = context.workbook.worksheets.onSelectionChanged.add(async () => {
        if (!active) return;
        try {
          listener(await this.getSelection());
        } catch {
          // A selection that cannot be read (e.g. while Excel edits a cell) is skipped; the next one follows.
        }
      });
      await context.sync();
      return handler;
    });
    return () => {
      active = false;
      // Removed inside Excel.run(handler.context, …), as excel-add-ins-events ("Remove an event handler") shows:
      // the context of the run that added it has ended, and a sync on it outside a run fails.
      void registration
        .then((handler) =>
          this.run(async (context) => {
            handler.remove();
            await context.sync();
          }, handler.context),
        )
        .catch(() => undefined);
    };
  }

  /**
   * Worksheet.onChanged ("occurs when the data of individual cells or comments has changed", Excel API 1.7;
   * learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-events) on each of the sheets that exists now,
   * registered in one Excel.run and removed together.
   */
  onSheetsChanged(sheets: readonly string[], listener: () => void): Unsubscribe {
    let active = true;
    const registration = this.run(async (context) => {
      const found = sheets.map((name) => context.workbook.worksheets.getItemOrNullObject(name));
      await context.sync();
      const handlers = found
        .filter((sheet) => !sheet.isNullObject)
        .map((sheet) =>
          sheet.onChanged.add(async () => {
            if (active) listener();
          }),
        );
      await context.sync();
      return handlers;
    });
    return () => {
      active = false;
      // Removed inside Excel.run(the handlers' context, …), as for the selection handler above.
      void registration
        .then((handlers) => {
          const first = handlers[0];
          if (!first) return undefined;
          return this.run(async (context) => {
            for (const handler of handlers) handler.remove();
            await context.sync();
          }, first.context);
        })
        .catch(() => undefined);
    };
  }

  /** Selects the cell at `row` and `column` (1-based); without a column, the active one when on that sheet. */
  async selectRow(sheet: string, row: number, column?: number): Promise<void> {
    // The same checks as the Sheets endpoint (shared/host/validate.ts), within Excel's largest sheet.
    checkSheetName(sheet);
    checkRow(row, sheet, EXCEL_LIMITS);
    checkOptionalColumn(column, sheet, EXCEL_LIMITS);
    await this.run(async (context) => {
      const worksheet = context.workbook.worksheets.getItem(sheet);
      let columnIndex: number;
      if (column === undefined) {
        const active = context.workbook.getActiveCell();
        active.load('columnIndex');
        active.worksheet.load('name');
        await context.sync();
        columnIndex = active.worksheet.name === sheet ? active.columnIndex : 0;
      } else {
        columnIndex = column - 1;
      }
      worksheet.activate();
      worksheet.getRangeByIndexes(row - 1, columnIndex, 1, 1).select();
      await context.sync();
    });
  }

  async applyPlan(plan: WorkbookPlan, onProgress?: (progress: PlanProgress) => void): Promise<void> {
    // The applier comes with the Inject part's kit (inject.js in the task pane), loaded when the part opened.
    const { applyCheckedPlan } = await loadPlanApplier();
    return applyCheckedPlan(this.run, plan, { text: this.lang, formulas: this.formulaLanguage }, onProgress);
  }

  async listSheets(): Promise<string[]> {
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load('items/name');
      await context.sync();
      return sheets.items.map((sheet) => sheet.name);
    });
  }

  /** A protected, values-only copy of the matrix in one Excel.run of three syncs (snapshot.ts). */
  saveSnapshot(request: SnapshotRequest): Promise<string> {
    return saveSnapshot(this.run, request);
  }

  /** Office's dialog on report.html, beside the task pane (report-dialog.ts). */
  async openReport(report: ReportView): Promise<void> {
    const { html, title } = checkReport(report?.html, report?.title);
    let closed = false;
    await openReportDialog(Office, window.location.href, { html, title }, () => {
      closed = true;
      this.reportWindow(false);
    });
    if (!closed) this.reportWindow(true);
  }

  private readonly reportListeners = new Set<(open: boolean) => void>();
  private reportWindow(open: boolean): void {
    for (const listener of this.reportListeners) listener(open);
  }

  /** An open report dialog can stop custom functions recalculating (office-js#6920): the panel says so. */
  onReportWindow(listener: (open: boolean) => void): Unsubscribe {
    this.reportListeners.add(listener);
    return () => this.reportListeners.delete(listener);
  }

  /** Writes the formula into the active cell; refuses one that names a table the workbook does not have. */
  async insertFormula(formula: string): Promise<void> {
    checkFormulaText(formula);
    await this.run(async (context) => {
      const tables = referencedTables(formula).map((name) => ({
        name,
        table: context.workbook.tables.getItemOrNullObject(name),
      }));
      if (tables.length > 0) {
        await context.sync();
        const missing = tables.find(({ table }) => table.isNullObject);
        if (missing) throw new AddinError('tableMissing', { table: missing.name });
      }
      context.workbook.getActiveCell().formulas = [[formula]];
      await context.sync();
    });
  }

  /** Compare and clear in one Excel.run: the cell's formulas are loaded, and it is cleared only if they match. */
  async removeFormula(at: Selection, formula: string): Promise<boolean> {
    return this.run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject(at.sheet);
      await context.sync();
      if (sheet.isNullObject) return false;
      const cell = sheet.getRangeByIndexes(at.row - 1, at.column - 1, 1, 1);
      cell.load('formulas');
      await context.sync();
      if (!sameFormula(cell.formulas[0]?.[0], formula)) return false;
      // Range.clear(ClearApplyTo.contents) empties the cell and keeps its format (Excel.Range.clear reference).
      cell.clear('Contents');
      await context.sync();
      return true;
    });
  }

  /** The name Teamscan_Schaal's formula (`="ja-nee"`), if the workbook has it; read once per panel session (scale-record.ts). */
  readScaleRecord(): Promise<string | undefined> {
    return this.scaleRecord.read(this.run);
  }
  private readonly scaleRecord = new ScaleRecordOnce();

  /** The binding to an own-layout matrix: a workbook-scoped name and the record in the document's settings (binding.ts). */
  async readBinding(): Promise<StoredBinding | undefined> {
    const settings = this.settings;
    if (!settings) return undefined;
    return this.run((context) => readExcelBinding(context, settings));
  }

  async saveBinding(place: BindingPlace, record: string): Promise<void> {
    const settings = this.settings;
    if (!settings) return;
    checkSheetName(place.sheet);
    await this.run((context) => saveExcelBinding(context, settings, place, record));
  }
}
