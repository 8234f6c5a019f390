// Loads the built dist/gas/ project into a bare vm context, as Apps Script runs it: no require, no module.

import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { createFakeGas, type FakeGas } from './services';

export const GAS_DIR = join(__dirname, '..', '..', '..', 'dist', 'gas');
/** Apps Script's server files, in the order clasp pushes them (alphabetical). */
export const SERVER_FILES = ['functions.js', 'main.js', 'teamscan.js'];

/** Builds dist/gas/ if it is not there (npm test builds everything first). */
export function ensureBuilt(): void {
  if (existsSync(join(GAS_DIR, 'teamscan.js')) && existsSync(join(GAS_DIR, 'sidebar.html'))) return;
  const root = join(GAS_DIR, '..', '..');
  execFileSync(
    process.execPath,
    ['--input-type=module', '-e', "(await import('./scripts/build/40-gas.mjs')).build()"],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
}

export function readGasFile(name: string): string {
  ensureBuilt();
  return readFileSync(join(GAS_DIR, name), 'utf8');
}

export interface LoadedGas {
  readonly gas: FakeGas;
  readonly context: vm.Context;
  /** Calls a top-level function of the project by name. */
  call(name: string, ...args: unknown[]): unknown;
  /** Evaluates an expression inside the script's realm (e.g. `new Date(…)` as Apps Script would make it). */
  evaluate(code: string): unknown;
}

export function loadGas(gas: FakeGas = createFakeGas()): LoadedGas {
  // Only what the Apps Script runtime provides: its services. No require, module, process or timers.
  const context = vm.createContext({ ...gas.globals });
  for (const file of SERVER_FILES) vm.runInContext(readGasFile(file), context, { filename: file });
  return {
    gas,
    context,
    call(name, ...args) {
      const fn = context[name];
      if (typeof fn !== 'function') throw new Error(`no top-level function ${name}`);
      // The end of an execution applies what Sheets still held back (spreadsheet.ts); a failure there fails it.
      let result: unknown;
      try {
        result = fn(...args);
      } catch (error) {
        try {
          gas.spreadsheet.applyPending();
        } catch {
          // The execution's own error is the one it ends with.
        }
        throw error;
      }
      gas.spreadsheet.applyPending();
      return result;
    },
    evaluate: (code) => vm.runInContext(code, context),
  };
}

/**
 * The error a custom function of the loaded project throws. It comes from the project's own V8 context, so it is no
 * instance of this realm's Error and a plain `instanceof` check would miss it.
 */
export function thrownByFunction(run: () => unknown): Error {
  try {
    run();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the custom function to throw');
}
