// The Sheets self-test over the fakes: the built server project in its fake Apps Script runtime, reached through
// the fake google.script.run, with SCORE formulas computed as Sheets runs a custom function.

import { JSDOM } from 'jsdom';
import { SheetsBridge } from '../../../appsscript/sidebar/bridge';
import { type ScriptRun, ServerClient } from '../../../appsscript/sidebar/client';
import type { SheetsSelfTestDeps } from '../../../appsscript/sidebar/selftest/launcher';
import { callAsCustomFunction } from '../fake/custom-function';
import { type LoadedGas, loadGas } from '../fake/load-gas';
import { scriptRunOver } from '../fake/script-run';

export interface SheetsHarnessOptions {
  /** Makes a SCORE cell show something else than what the function returned (the host answering otherwise). */
  readonly functionResult?: (value: unknown) => unknown;
  /** Makes a server call fail before it runs, as a scope the user did not grant would. */
  readonly refuse?: (name: string, loaded: LoadedGas) => boolean;
  /** Called after each server call (a test's way to make the host answer otherwise). */
  readonly afterCall?: (loaded: LoadedGas, name: string) => void;
  /** What a modal dialog loads of the page it was given; undefined: it shows nothing (the host answering otherwise). */
  readonly dialogPage?: (html: string) => string | undefined;
}

/**
 * A modal dialog as Sheets shows one: its page loads in the browser and its scripts run, with google.script.run
 * calling the project's functions ("an asynchronous client-side JavaScript API available in HTML-service pages
 * that can call server-side Apps Script functions", developers.google.com/apps-script/guides/html/reference/run)
 * and google.script.host.close() closing it ("Closes the current dialog or sidebar",
 * developers.google.com/apps-script/guides/html/reference/host).
 */
function showDialogs(loaded: LoadedGas, shown: number, options: SheetsHarnessOptions): number {
  const dialogs = loaded.gas.ui.dialogs;
  for (const dialog of dialogs.slice(shown)) {
    const html = options.dialogPage ? options.dialogPage(dialog.html) : dialog.html;
    if (html === undefined) continue;
    const page = new JSDOM(html, {
      runScripts: 'dangerously',
      beforeParse(window) {
        const host = { close: () => Object.assign(dialog, { closed: true }) };
        Object.defineProperty(window, 'google', {
          value: {
            script: {
              host,
              get run() {
                return scriptRunOver(loaded)();
              },
            },
          },
        });
      },
    });
    page.window.close();
  }
  return dialogs.length;
}

/** Values of an A1 range of a fake sheet as Sheets passes them to a custom function ("" for an empty cell). */
function rangeValues(loaded: LoadedGas, sheet: string, a1: string): unknown[][] {
  const found = loaded.gas.spreadsheet.getSheetByName(sheet)!;
  const [, c1, r1, c2, r2] = /^([A-Z])(\d+):([A-Z])(\d+)$/.exec(a1)!;
  const column = c1!.charCodeAt(0) - 64;
  const row = Number(r1);
  return found
    .getRange(row, column, Number(r2) - row + 1, c2!.charCodeAt(0) - 64 - column + 1)
    .getValues() as unknown[][];
}

/**
 * Sheets computes a custom-function cell after the execution that wrote it: each "=SCORE(A10:B12,"x","y")" is run
 * as a custom function (read-only services) and its cell then shows the result.
 */
function computeScores(loaded: LoadedGas, options: SheetsHarnessOptions): void {
  for (const sheet of loaded.gas.spreadsheet.sheets) {
    for (const [key, formula] of [...sheet.formulas]) {
      const match = /^=SCORE\(([A-Z]+\d+:[A-Z]+\d+),"([^"]*)","([^"]*)"\)$/.exec(formula);
      if (!match) continue;
      const run = callAsCustomFunction(loaded, 'SCORE', rangeValues(loaded, sheet.name, match[1]!), match[2], match[3]);
      let value = run.result;
      if (Array.isArray(value)) value = value[0]?.[0];
      if (value instanceof Error || run.refused.length > 0) value = '#ERROR!';
      sheet.formulas.delete(key);
      sheet.values.set(key, options.functionResult ? options.functionResult(value) : value);
    }
  }
}

export interface SheetsHarness {
  readonly loaded: LoadedGas;
  readonly deps: SheetsSelfTestDeps;
  /** The user's sheets and their cells, to compare before and after. */
  userState(): string;
}

export function sheetsHarness(options: SheetsHarnessOptions = {}): SheetsHarness {
  const loaded = loadGas();
  const user = loaded.gas.spreadsheet.insertSheet('Teammatrix', 0);
  user.getRange(1, 1, 2, 2).setValues([
    ['Naam', 'coach'],
    ['Jan', 2],
  ]);
  loaded.gas.spreadsheet.applyPending();
  // Each server call as google.script.run makes it; Sheets then computes the custom functions it wrote and shows
  // the dialogs it opened.
  let dialogsShown = 0;
  const run: () => ScriptRun = scriptRunOver({
    ...loaded,
    call: (name, ...args) => {
      if (options.refuse?.(name, loaded))
        throw new Error('Exception: You do not have permission to call getSheetByName');
      const result = loaded.call(name, ...args);
      computeScores(loaded, options);
      dialogsShown = showDialogs(loaded, dialogsShown, options);
      options.afterCall?.(loaded, name);
      return result;
    },
  });
  const client = new ServerClient(run);
  const bridge = new SheetsBridge(client, { locale: 'nl-NL', lang: 'nl' });
  let time = 0;
  const deps: SheetsSelfTestDeps = {
    client,
    bridge,
    // Each reading of the clock is 40 ms later: a round trip of 40 ms. A probe's short wait (polling a custom
    // function) passes at once; the runner's limits (seconds) never run out.
    clock: { now: () => (time += 40), after: (ms) => (ms < 1000 ? Promise.resolve() : new Promise(() => undefined)) },
    platform: 'jsdom',
    now: () => '2026-12-07T06:10:00.000Z',
  };
  const userState = () =>
    JSON.stringify(
      loaded.gas.spreadsheet.sheets
        .filter((sheet) => sheet.name !== 'Teamscan-log')
        .map((sheet) => [sheet.name, [...sheet.values], [...sheet.formulas]]),
    );
  return { loaded, deps, userState };
}
