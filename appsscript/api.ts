// The contract between the sidebar and the Apps Script server: endpoint names, argument types and wire values.

import type { RowWrite, Selection, SnapshotRequest } from '../shared/host/bridge';
import type { Language } from '../shared/i18n/language';
import type { MessageParams } from '../shared/i18n/message';
import type { CellValue } from '../shared/matrix/grid';
import type { FormMade, FormSpec, FormState } from '../shared/selfscan/form-types';
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
 * the sidebar shows it in the panel's language of the moment; `message` is its text in the caller's language (the
 * key, for a refusal of the Sheets host itself: its texts are only the sidebar's, `sheets-errors.ts`).
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

/** A binding to save: the header row's sheet and cells ("A3:F3") and the panel's record (shared/scan/binding.ts). */
export interface WireBindingSave {
  readonly sheet: string;
  readonly cells: string;
  readonly record: string;
}

/** The record kept (null: no binding), and the named range's sheet and cells now (null: its sheet is gone). */
export type WireBinding = readonly [record: string | null, sheet: string | null, cells: string | null];

/** The server functions the sidebar may call, by method. */
export interface ServerApi {
  getContext(): SidebarContext;
  /** `formulas` (null on the wire when left out): each cell's formula too. */
  readSheet(sheet: string, formulas?: boolean): WireSnapshot;
  /** null when written; false when a self-scan response it takes over was taken over already (nothing written). */
  writeRow(write: RowWrite, lang: Language): null | false;
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
  /** With `save`, binds an own-layout matrix first; answers the binding as the spreadsheet keeps it. */
  binding(save?: WireBindingSave | null): WireBinding;
  /** A fingerprint of these sheets' values, polled by the sidebar to read again only after a change. */
  watch(sheets: string[]): number;
  /** Makes the self-scan form the panel describes, its responses to this spreadsheet; its links. */
  createForm(spec: FormSpec): FormMade;
  /** The self-scan form made here and its responses, each marked whether taken over; null without one. */
  readResponses(): FormState | null;
  /** The self-test's server step (server/self-test.ts): store, or put/remove the temporary sheet. */
  selfTest(op: string, name?: string | null, cells?: unknown[][]): unknown;
}

export type ServerMethod = keyof ServerApi;

/** A name for each parameter of a method, in order (an optional parameter may be named or left out). */
type ParameterNames<T extends readonly unknown[]> = { readonly [I in keyof T]: string };

/**
 * The one declaration of the sidebar's server endpoints: every ServerApi method (no more, no fewer) with the names
 * of its parameters; `lang` is the caller's language, which the server answers in. The top-level functions in
 * main.js (server/top-level.ts), the server's endpoint table (server/endpoints.ts) and the sidebar's client
 * (sidebar/client.ts) are derived from it.
 */
export const ENDPOINT_PARAMS = {
  getContext: [],
  readSheet: ['sheet', 'formulas'],
  writeRow: ['write', 'lang'],
  getSelection: [],
  selectRow: ['sheet', 'row', 'column'],
  applyPlan: ['plan', 'lang'],
  insertFormula: ['formula', 'lang'],
  removeFormula: ['at', 'formula'],
  listSheets: [],
  saveSnapshot: ['request', 'lang'],
  openReport: ['html', 'title'],
  binding: ['save'],
  watch: ['sheets'],
  createForm: ['spec'],
  readResponses: [],
  selfTest: ['op', 'name', 'cells'],
} as const satisfies { readonly [K in ServerMethod]: ParameterNames<Parameters<ServerApi[K]>> };

/** The server methods in their declared order. */
export const SERVER_METHODS = Object.keys(ENDPOINT_PARAMS) as ServerMethod[];

/** The top-level Apps Script function behind a method (google.script.run calls functions by name): teamscanReadSheet … */
export function endpointName(method: ServerMethod): string {
  return `teamscan${method.charAt(0).toUpperCase()}${method.slice(1)}`;
}

/** Each method's top-level function name, derived from ENDPOINT_PARAMS. */
export const ENDPOINTS = Object.fromEntries(SERVER_METHODS.map((method) => [method, endpointName(method)])) as {
  readonly [K in ServerMethod]: string;
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
