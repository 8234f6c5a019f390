// The server side of the sidebar's bridge: each method runs in its own Apps Script execution.

import { type RowWrite, type Selection, type SnapshotRequest, sameFormula } from '../../shared/host/bridge';
import {
  checkFormulaText,
  checkOptionalColumn,
  checkReport,
  checkRow,
  checkSheetName,
  SHEETS_LIMITS,
} from '../../shared/host/validate';
import { checkPlan } from '../../shared/host/validate-plan';
import { KeyedError } from '../../shared/i18n/keyed-error';
import { type Language, languageFromLocale } from '../../shared/i18n/language';
import type { WorkbookPlan } from '../../shared/workbook/plan';
import {
  ENDPOINT_PARAMS,
  isWireErrorSource,
  SERVER_METHODS,
  type ServerApi,
  type SidebarContext,
  type SidebarView,
  type WireResult,
  type WireSnapshot,
} from '../api';
import { applyWorkbookPlan } from './apply/apply-plan';
import { readSheetSnapshot } from './apply/read-sheet';
import { binding, fingerprint } from './binding';
import { createForm, readResponses } from './forms';
import { type Services, services } from './gas';
import { withDocumentLock } from './lock';
import { showReportDialog } from './report-dialog';
import { saveRow } from './save-row';
import { selfTestStep } from './self-test';
import { saveSnapshot } from './snapshot';
import { errorText, SheetsError } from './texts';
import { toWire } from './wire';

export { toWire };

export const VIEW_PROPERTY = 'teamscan.view';

function language(lang: unknown): Language {
  return lang === 'en' ? 'en' : 'nl';
}

export function userLocale(gas: Services): string {
  const locale = gas.session.getActiveUserLocale() || 'nl';
  return locale.replace(/_/g, '-');
}

/** A 1-based cell as sent: a sheet name and whole numbers from 1; undefined for anything else. */
function wireCell(at: unknown): Selection | undefined {
  if (typeof at !== 'object' || at === null) return undefined;
  const { sheet, row, column } = at as Record<string, unknown>;
  const whole = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 1;
  if (typeof sheet !== 'string' || sheet.length > 200 || !whole(row) || !whole(column)) return undefined;
  return { sheet, row, column };
}

function readView(value: string | null): SidebarView {
  return value === 'inject' || value === 'dashboard' ? value : 'scan';
}

/** The methods themselves, for a given set of services. */
export function serverApi(gas: Services): ServerApi {
  const spreadsheet = () => gas.spreadsheet.getActiveSpreadsheet();
  return {
    getContext(): SidebarContext {
      const locale = userLocale(gas);
      const view = readView(gas.properties.getUserProperties().getProperty(VIEW_PROPERTY));
      return { locale, lang: languageFromLocale(locale), view };
    },
    readSheet(name: string, formulas?: boolean): WireSnapshot {
      return readSheetSnapshot(spreadsheet(), checkSheetName(name), formulas === true);
    },
    writeRow(write: RowWrite, lang: Language): null | false {
      return saveRow(gas, write, language(lang));
    },
    getSelection(): Selection {
      const sheet = spreadsheet().getActiveSheet();
      const range = sheet.getActiveRange();
      return { sheet: sheet.getName(), row: range?.getRow() ?? 1, column: range?.getColumn() ?? 1 };
    },
    selectRow(name: string, row: number, column?: number): null {
      // Checked before anything is read: a whole row and column within Sheets' largest sheet (none: null).
      checkSheetName(name);
      checkRow(row, name, SHEETS_LIMITS);
      const wanted = checkOptionalColumn(column, name, SHEETS_LIMITS);
      const sheet = spreadsheet().getSheetByName(name);
      if (!sheet) throw new SheetsError('missingSheet', { sheet: name });
      const active = spreadsheet().getActiveSheet();
      const activeColumn = active.getName() === sheet.getName() ? (active.getActiveRange()?.getColumn() ?? 1) : 1;
      sheet.activate();
      // getRange throws beyond the sheet: a row or column past its end selects its last one.
      sheet
        .getRange(Math.min(row, sheet.getMaxRows()), Math.min(wanted ?? activeColumn, sheet.getMaxColumns()))
        .activate();
      return null;
    },
    applyPlan(plan: WorkbookPlan, lang: Language): null {
      applyWorkbookPlan(gas, checkPlan(plan, SHEETS_LIMITS), language(lang));
      return null;
    },
    insertFormula(formula: string, _lang: Language): null {
      if (typeof formula === 'string' && !formula.startsWith('=')) {
        throw new SheetsError('notAFormula', { value: JSON.stringify(formula.slice(0, 60)) });
      }
      const text = checkFormulaText(formula);
      withDocumentLock(gas, () => {
        const range = spreadsheet().getActiveRange() ?? spreadsheet().getActiveSheet().getRange(1, 1);
        range.getSheet().getRange(range.getRow(), range.getColumn()).setFormula(text);
      });
      return null;
    },
    removeFormula(at: Selection, formula: string): boolean {
      const text = String(formula ?? '');
      const cell = wireCell(at);
      if (!text.startsWith('=') || !cell) throw new SheetsError('notAFormula', { value: JSON.stringify(text) });
      // Compared and cleared under the lock: a value typed there since (by anyone) is never removed.
      return withDocumentLock(gas, () => {
        const sheet = spreadsheet().getSheetByName(cell.sheet);
        if (!sheet || cell.row > sheet.getMaxRows() || cell.column > sheet.getMaxColumns()) return false;
        const range = sheet.getRange(cell.row, cell.column);
        if (!sameFormula(range.getFormula(), text)) return false;
        range.clearContent();
        return true;
      });
    },
    listSheets(): string[] {
      return spreadsheet()
        .getSheets()
        .map((sheet) => sheet.getName());
    },
    saveSnapshot(request: SnapshotRequest, lang: Language): string {
      return saveSnapshot(gas, request, language(lang));
    },
    openReport(html: string, title: string): null {
      const report = checkReport(html, title);
      showReportDialog(gas, report.html, report.title);
      return null;
    },
    binding: (save) => binding(gas, save),
    watch: (sheets) => fingerprint(gas, sheets),
    createForm: (spec) => createForm(gas, spec),
    readResponses: () => readResponses(gas),
    selfTest: (op, name, cells) => selfTestStep(gas, op, name, cells),
  };
}

/**
 * Errors travel as data: a keyed error (the core's or this host's) keeps its table, key and parameters, so the
 * sidebar rebuilds it and the panel shows it in the language it has then. `message` is the text in `lang`,
 * for an error without a key and for logs; for this host's own refusals it is the key (their texts are the
 * sidebar's, `appsscript/sheets-errors.ts`).
 */
export function asResult<T>(run: () => T, lang: unknown): WireResult<T> {
  try {
    return { ok: true, value: run() };
  } catch (error) {
    if (error instanceof KeyedError && isWireErrorSource(error.source)) {
      return {
        ok: false,
        message: error.localized(language(lang)),
        source: error.source,
        key: error.key,
        params: error.params,
      };
    }
    return { ok: false, message: errorText(error) };
  }
}

type Endpoints = {
  [K in keyof ServerApi]: (...args: Parameters<ServerApi[K]>) => WireResult<ReturnType<ServerApi[K]>>;
};

/**
 * What the top-level endpoint functions call, one per declared method (ENDPOINT_PARAMS in ../api); services are
 * resolved per call, as Apps Script requires. Errors are worded in the call's `lang` argument where it has one.
 */
export const endpoints = Object.fromEntries(
  SERVER_METHODS.map((method) => {
    const langAt = (ENDPOINT_PARAMS[method] as readonly string[]).indexOf('lang');
    const endpoint = (...args: unknown[]) =>
      asResult(
        () => (serverApi(services())[method] as (...values: unknown[]) => unknown)(...args),
        langAt < 0 ? 'nl' : args[langAt],
      );
    return [method, endpoint];
  }),
) as Endpoints;
