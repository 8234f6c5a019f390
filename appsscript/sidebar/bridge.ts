// SheetsBridge: the shared panel's HostBridge in the Google Sheets sidebar, over the typed server client.

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
} from '../../shared/host/bridge';
import type { Language } from '../../shared/i18n/language';
import type { FormMade, FormSpec, FormState } from '../../shared/selfscan/form-types';
import { printablePage } from '../../shared/ui/report/printable';
import type { WorkbookPlan } from '../../shared/workbook/plan';
import { fromWire, type SidebarContext } from '../api';
import type { ServerClient } from './client';
import { type PageActivity, pageActivity, SelectionPoller, type Timers } from './polling';
import { bindingSave, storedBinding, watchSheets } from './watch';

function sameSelection(a: Selection | undefined, b: Selection): boolean {
  return !!a && a.sheet === b.sheet && a.row === b.row && a.column === b.column;
}

export class SheetsBridge implements HostBridge {
  readonly host = 'sheets' as const;
  readonly locale: string;
  /** The panel's language: the server writes the protected sheets' warning in it. Follows the panel's choice. */
  private lang: Language;
  private readonly listeners = new Set<(selection: Selection) => void>();
  private readonly poller: SelectionPoller;
  private polling = false;
  private last: Selection | undefined;

  constructor(
    private readonly client: ServerClient,
    context: Pick<SidebarContext, 'locale' | 'lang'>,
    private readonly timers: Timers = globalThis as unknown as Timers,
    private readonly activity: PageActivity = pageActivity(),
  ) {
    this.locale = context.locale;
    this.lang = context.lang;
    // The sidebar has no selection event (docs/design.md#8-architecture): the active cell is polled.
    this.poller = new SelectionPoller(() => this.poll(), timers, activity);
  }

  /** Called when the user picks another language in the panel. */
  setLanguage(lang: Language): void {
    this.lang = lang;
  }

  /** The selection poller, for tests and diagnostics. */
  get selectionPoller(): SelectionPoller {
    return this.poller;
  }

  async readSheet(sheet: string, options?: ReadSheetOptions): Promise<SheetSnapshot> {
    const snapshot = await this.client.call('readSheet', sheet, options?.formulas === true);
    return {
      sheet: snapshot.sheet,
      exists: snapshot.exists,
      grid: { values: snapshot.values.map((row) => row.map(fromWire)), origin: { sheet, row: 1, column: 1 } },
      ...(snapshot.formulas ? { formulas: snapshot.formulas } : {}),
    };
  }

  async writeRow(write: RowWrite): Promise<void> {
    await this.client.call('writeRow', write, this.lang);
  }

  getSelection(): Promise<Selection> {
    return this.client.call('getSelection');
  }

  onSelectionChanged(listener: (selection: Selection) => void): Unsubscribe {
    this.listeners.add(listener);
    this.poller.start();
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0) this.poller.stop();
    };
  }

  /** One poll at a time: a slow server never piles calls up. Resolves whether the selection moved. */
  async poll(): Promise<boolean> {
    if (this.polling) return false;
    this.polling = true;
    try {
      const selection = await this.getSelection();
      if (sameSelection(this.last, selection)) return false;
      this.last = selection;
      for (const listener of [...this.listeners]) listener(selection);
      return true;
    } catch {
      // A failed poll is retried on the next tick.
      return false;
    } finally {
      this.polling = false;
    }
  }

  async selectRow(sheet: string, row: number, column?: number): Promise<void> {
    if (column === undefined) await this.client.call('selectRow', sheet, row);
    else await this.client.call('selectRow', sheet, row, column);
  }

  async applyPlan(plan: WorkbookPlan, onProgress?: (progress: PlanProgress) => void): Promise<void> {
    // One server call under one lock (all or nothing), so progress is just start and end.
    const step = plan.sheets.map((sheet) => sheet.name).join(', ');
    onProgress?.({ fraction: 0, step });
    await this.client.call('applyPlan', plan, this.lang);
    onProgress?.({ fraction: 1, step });
  }

  listSheets(): Promise<string[]> {
    return this.client.call('listSheets');
  }

  /** A protected, values-only copy made by the server under the document lock (server/snapshot.ts). */
  saveSnapshot(request: SnapshotRequest): Promise<string> {
    return this.client.call('saveSnapshot', request, this.lang);
  }

  /** A modal dialog over the spreadsheet; the page (report and Print button) is made here, not on the server. */
  async openReport(report: ReportView): Promise<void> {
    await this.client.call('openReport', printablePage(report.html), report.title);
  }

  async insertFormula(formula: string): Promise<void> {
    await this.client.call('insertFormula', formula, this.lang);
  }

  async removeFormula(at: Selection, formula: string): Promise<boolean> {
    return this.client.call('removeFormula', at, formula);
  }

  /** Live reads: the sheets' fingerprint is polled (watch.ts), slower while nothing changes, never while hidden. */
  onSheetsChanged(sheets: readonly string[], listener: () => void): Unsubscribe {
    return watchSheets(() => this.client.call('watch', [...sheets]), listener, this.timers, this.activity);
  }

  /** The named range over the bound header row and the record in the document's properties (server/binding.ts). */
  async readBinding(): Promise<StoredBinding | undefined> {
    return storedBinding(await this.client.call('binding', null));
  }

  async saveBinding(place: BindingPlace, record: string): Promise<void> {
    await this.client.call('binding', bindingSave(place, record));
  }

  /** The self-scan form: made and read by the server (server/forms.ts), described here (shared/selfscan). */
  createSelfscanForm(spec: FormSpec): Promise<FormMade> {
    return this.client.call('createForm', spec);
  }

  readSelfscanForm(): Promise<FormState | null> {
    return this.client.call('readResponses');
  }

  /** writeRow with the responses it takes over: false when another take-over took them meanwhile. */
  async takeOverRow(write: RowWrite): Promise<boolean> {
    return (await this.client.call('writeRow', write, this.lang)) !== false;
  }
}
