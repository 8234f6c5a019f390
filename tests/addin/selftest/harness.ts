// The Excel self-test over the fakes: the fake workbook (with TEAMSCAN formulas computed as Excel calls the
// functions), the fake dialog API with the real dialog page, and Office's answers as documented.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ExcelBridge } from '../../../addin/excel/bridge';
import { closeReportDialog, type OfficeDialogs, openReportDialog } from '../../../addin/excel/report-dialog';
import { excelError } from '../../../addin/functions/errors';
import { type FunctionsHost, registerFunctions } from '../../../addin/functions/register';
import { excelValueTypeReader } from '../../../addin/functions/value-types';
import { type DialogOffice, startReportDialog } from '../../../addin/report/dialog-page';
import type { OfficeFacts } from '../../../addin/selftest/host';
import { runtimeState } from '../../../addin/selftest/runtime-state';
import { FORMULAS } from '../../../shared/formulas/registry';
import type { SelfTestClock } from '../../../shared/selftest/runner';
import { fakeOfficeDialogs } from '../fake/dialog';
import { callAsExcel, type Platform, type Runtime, range } from '../fake/functions';
import type { FakeOptions } from '../fake/model';
import { fill } from '../fake/user';
import { cellOf, emptySheet, type FakeBook, type FakeExcel, fakeExcel } from '../fake-excel';

export const PANE = 'https://teamscan.test/addin/taskpane.html';

/** A clock that never waits: the probes' polling and the runner's limits run at once. */
export const instantClock: SelfTestClock = { now: () => 0, after: () => new Promise(() => undefined) };

/**
 * The requirement sets a current Excel on the web answers true for (Office.context.requirements.isSetSupported:
 * "Check if the specified requirement set is supported by the Office application",
 * learn.microsoft.com/javascript/api/office/office.requirementsetsupport); `missing` names sets it lacks.
 */
export function setsSupported(missing: readonly string[] = []) {
  return (name: string, version: string) => !missing.includes(`${name} ${version}`);
}

export interface HarnessOptions {
  readonly platform?: Platform;
  readonly runtime?: Runtime;
  readonly missingSets?: readonly string[];
  readonly fake?: FakeOptions;
  /** Makes a TEAMSCAN cell's result something else than what the function returned (the host answering otherwise). */
  readonly functionResult?: (value: unknown) => unknown;
  /** Lets a test change cells after each sync (e.g. Excel not keeping "@" text). */
  readonly afterWrite?: (book: FakeBook) => void;
  readonly noDialogs?: boolean;
}

/** The user's own sheet, which no probe may touch. */
export const USER_SHEET = [
  ['Naam', 'coach'],
  ['Jan', 2],
];

/** Every TEAMSCAN formula cell of the book computed by calling the registered function as Excel would. */
async function computeFunctions(
  excel: FakeExcel,
  functions: Map<string, (...args: unknown[]) => Promise<unknown>>,
  options: HarnessOptions,
): Promise<void> {
  for (const sheet of excel.book.sheets) {
    for (const cell of sheet.cells.values()) {
      const match = /^=TEAMSCAN\.([A-Z]+)\((.*)\)$/i.exec(cell.formula ?? '');
      if (!match || cell.value !== cell.formula) continue;
      const formula = FORMULAS.find(
        (f) => f.name.nl === match[1]!.toUpperCase() || f.name.en === match[1]!.toUpperCase(),
      );
      if (!formula) continue;
      const args = match[2]!
        .split(',')
        .map((arg) => (arg.startsWith('"') ? arg.slice(1, -1) : range(`'${sheet.name}'!${arg}`)));
      let value: unknown;
      try {
        value = await callAsExcel(functions.get(formula.id)!, formula.params.length, excel.book, args, {
          platform: options.platform ?? 'desktop',
          runtime: options.runtime ?? '1.5',
        });
        if (Array.isArray(value)) value = value[0]?.[0];
      } catch (error) {
        // CustomFunctions.Error shows as its code's error value (#VALUE!, #N/A, #NUM!).
        value = (error as { code?: string }).code === 'notAvailable' ? '#N/A' : '#VALUE!';
      }
      const shown = options.functionResult ? options.functionResult(value) : value;
      cell.value = (shown ?? '') as string;
    }
  }
}

export interface Harness {
  readonly excel: FakeExcel;
  readonly bridge: ExcelBridge;
  readonly office: OfficeFacts;
  readonly scope: object;
  /** The user's sheet as it is now (to compare with before). */
  userSheet(): string;
}

export function harness(options: HarnessOptions = {}): Harness {
  let computing = false;
  const functions = new Map<string, (...args: unknown[]) => Promise<unknown>>();
  const excel: FakeExcel = fakeExcel(
    { sheets: [fill(emptySheet('Teammatrix'), USER_SHEET)] },
    {
      ...options.fake,
      // Excel computes a custom function after the batch that wrote it; a later read sees the result.
      beforeSync: async () => {
        if (computing) return;
        computing = true;
        try {
          options.afterWrite?.(excel.book);
          await computeFunctions(excel, functions, options);
        } finally {
          computing = false;
        }
      },
    },
  );
  const host: FunctionsHost = {
    associate: (id, fn) => functions.set(id, fn as (...args: unknown[]) => Promise<unknown>),
    error: (message, kind) => excelError(kind, message, (code, text) => Object.assign(new Error(text), { code })),
    readValueTypes: excelValueTypeReader(excel.run),
    language: () => 'nl',
  };
  registerFunctions(host);
  const bridge = new ExcelBridge(excel.run, 'nl-NL');
  const scope = globalThis;
  const page = document.implementation.createHTMLDocument('report');
  page.documentElement.innerHTML = readFileSync(join(__dirname, '../../../addin/report/report.html'), 'utf8')
    .replace(/^[\s\S]*?<html[^>]*>/, '')
    .replace(/<\/html>\s*$/, '');
  const dialogs = fakeOfficeDialogs({ onOpen: (dialog) => startReportDialog(dialog.office as DialogOffice, page) });
  const dialogOffice = dialogs.office as OfficeDialogs;
  const office: OfficeFacts = {
    isSetSupported: setsSupported(options.missingSets),
    diagnostics: { version: '16.0.17928.20114', platform: 'OfficeOnline' },
    lastInvocation: () => runtimeState(scope).invocation,
    forgetInvocation: () => {
      delete runtimeState(scope).invocation;
    },
    ...(options.noDialogs
      ? {}
      : {
          openDialog: (report, onClosed) =>
            openReportDialog(dialogOffice, PANE, report, onClosed).then(() => () => {
              closeReportDialog(dialogOffice);
            }),
        }),
    wait: () => Promise.resolve(),
    today: '2026-12-07',
  };
  const userSheet = () => JSON.stringify([...excel.book.sheets[0]!.cells.entries()]);
  return { excel, bridge, office, scope, userSheet };
}

export const cellValue = (book: FakeBook, sheet: string, row: number, column: number) =>
  cellOf(book.sheets.find((s) => s.name === sheet)!, row, column)?.value;
