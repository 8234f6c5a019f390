// The contract between the sidebar and the Apps Script server: endpoint names, argument types and wire values.

import type { RowWrite, Selection, SnapshotRequest } from '../shared/host/bridge';
import type { Language } from '../shared/i18n/language';
import type { MessageParams } from '../shared/i18n/message';
import type { CellValue } from '../shared/matrix/grid';
import type { WorkbookPlan } from '../shared/workbook/plan';

/** A Date as it crosses google.script.run (Dates may not): milliseconds since 1970. */
export interface WireDate {
  readonly $date: number;
}

export type WireCell = string | number | boolean | null | WireDate;

export interface WireSnapshot {
  readonly sheet: string;
  readonly values: WireCell[][];
  readonly exists: boolean;
  /** With readSheet's `formulas`: each cell's formula as Range.getFormulas gives it, null for none. */
  readonly formulas?: (string | null)[][];
}

/** Why the sidebar was opened: the menu item picks the panel's first view. */
export type SidebarView = 'inject' | 'scan' | 'dashboard';

export interface SidebarContext {
  readonly locale: string;
  readonly lang: Language;
  readonly view: SidebarView;
}

/** The string table a keyed error's key belongs to: the core's or the Sheets host's (server/texts.ts). */
export type WireErrorSource = 'core' | 'sheets';

export function isWireErrorSource(source: unknown): source is WireErrorSource {
  return source === 'core' || source === 'sheets';
}

/**
 * What every endpoint returns: errors travel as data, so a keyed error keeps its table, key and parameters and
 * the sidebar shows it in the panel's language of the moment; `message` is its text in the caller's language.
 */
export type WireResult<T> =
  | { readonly ok: true; readonly value: T }
  | {
      readonly ok: false;
      readonly message: string;
      readonly source?: WireErrorSource;
      readonly key?: string;
      readonly params?: MessageParams;
    };

/** The server functions the sidebar may call, by method. */
export interface ServerApi {
  getContext(): SidebarContext;
  /** `formulas` (null on the wire when left out): each cell's formula too. */
  readSheet(sheet: string, formulas?: boolean): WireSnapshot;
  writeRow(write: RowWrite, lang: Language): null;
  getSelection(): Selection;
  /** `column` is 1-based; absent (null on the wire) keeps the active column, as HostBridge.selectRow says. */
  selectRow(sheet: string, row: number, column?: number): null;
  applyPlan(plan: WorkbookPlan, lang: Language): null;
  insertFormula(formula: string, lang: Language): null;
  /** Empties the cell only if it still holds the formula, under the document lock; whether it did. */
  removeFormula(at: Selection, formula: string): boolean;
  /** The spreadsheet's sheet names in tab order. */
  listSheets(): string[];
  /** Saves a protected, values-only copy of the matrix sheet; returns its name ("Scan JJJJ-MM-DD", " (2)" …). */
  saveSnapshot(request: SnapshotRequest, lang: Language): string;
  /** Shows a report page (made in the sidebar, Print button included) in a modal dialog with this title. */
  openReport(html: string, title: string): null;
  /** The self-test's server step (server/self-test.ts): store, or put/remove the temporary sheet. */
  selfTest(op: string, name?: string | null, cells?: unknown[][]): unknown;
}

export type ServerMethod = keyof ServerApi;

/** The top-level Apps Script function behind each method (google.script.run calls functions by name). */
export const ENDPOINTS: { readonly [K in ServerMethod]: string } = {
  getContext: 'teamscanGetContext',
  readSheet: 'teamscanReadSheet',
  writeRow: 'teamscanWriteRow',
  getSelection: 'teamscanGetSelection',
  selectRow: 'teamscanSelectRow',
  applyPlan: 'teamscanApplyPlan',
  insertFormula: 'teamscanInsertFormula',
  removeFormula: 'teamscanRemoveFormula',
  listSheets: 'teamscanListSheets',
  saveSnapshot: 'teamscanSaveSnapshot',
  openReport: 'teamscanOpenReport',
  selfTest: 'teamscanSelfTest',
};

/** The menu items: top-level function name and the view it opens. */
export const MENU_ACTIONS: readonly { readonly name: string; readonly view: SidebarView }[] = [
  { name: 'teamscanMenuInject', view: 'inject' },
  { name: 'teamscanMenuScan', view: 'scan' },
  { name: 'teamscanMenuDashboard', view: 'dashboard' },
];

export function isWireDate(value: unknown): value is WireDate {
  return typeof value === 'object' && value !== null && typeof (value as WireDate).$date === 'number';
}

/** A wire cell as the panel sees it: a date back as a Date. */
export function fromWire(cell: WireCell): CellValue {
  return isWireDate(cell) ? new Date(cell.$date) : cell;
}
