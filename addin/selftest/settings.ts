// The last self-test in Excel's document settings, and the safe paths it calls for in this task pane.

import { type Fallbacks, parseStored, STORED_KEY, type StoredSelfTest, storedText } from '../../shared/selftest/stored';
import { setTextFallback } from '../excel/cell-values';
import { runtimeState } from './runtime-state';

/**
 * Office.Settings (Office.context.document.settings): "get: Retrieves the specified setting" (null when there is
 * none), "set: Sets or creates the specified setting", "saveAsync: Persists the in-memory copy of the settings
 * property bag in the document" (learn.microsoft.com/javascript/api/office/office.settings).
 */
export interface DocumentSettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback?: (result: { status: unknown; error?: { message?: string } }) => void): void;
}

export function readStored(settings: DocumentSettings | undefined): StoredSelfTest | undefined {
  try {
    return parseStored(settings?.get(STORED_KEY));
  } catch {
    return undefined;
  }
}

/** Stores the verdicts in the workbook; resolves whether Office saved them. */
export function writeStored(settings: DocumentSettings | undefined, stored: StoredSelfTest): Promise<boolean> {
  if (!settings) return Promise.resolve(false);
  return new Promise((resolve) => {
    try {
      settings.set(STORED_KEY, storedText(stored));
      settings.saveAsync((result) => resolve(result.status === 'succeeded'));
    } catch {
      resolve(false);
    }
  });
}

/**
 * Switches this task pane (and the functions sharing its runtime) to the safe paths: every text with an apostrophe,
 * functions refusing with the self-test's reason.
 */
export function applyFallbacks(fallbacks: Fallbacks, scope: object = globalThis): void {
  setTextFallback(fallbacks.textApostrophe);
  runtimeState(scope).functionsRefuse = fallbacks.functionsRefuse;
}
