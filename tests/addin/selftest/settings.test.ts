// The last self-test in Excel's document settings: written and read back, anything else ignored; the safe paths it
// calls for switch this task pane, and a fresh pane takes them from the stored result before anything is written.

import { literalInput } from '../../../addin/excel/cell-values';
import { runtimeState } from '../../../addin/selftest/runtime-state';
import { applyFallbacks, type DocumentSettings, readStored, writeStored } from '../../../addin/selftest/settings';
import { fallbacksOf, NO_FALLBACKS, STORED_KEY, type StoredSelfTest } from '../../../shared/selftest/stored';

/**
 * Office.Settings as documented (learn.microsoft.com/javascript/api/office/office.settings): get returns null for a
 * setting that does not exist; set keeps it in memory; saveAsync persists it and calls back with the status.
 */
function fakeSettings(saveStatus: 'succeeded' | 'failed' = 'succeeded') {
  const memory = new Map<string, unknown>();
  const saved = new Map<string, unknown>();
  const settings: DocumentSettings = {
    get: (name) => (memory.has(name) ? memory.get(name) : null),
    set: (name, value) => memory.set(name, value),
    saveAsync: (callback) => {
      if (saveStatus === 'succeeded') for (const [k, v] of memory) saved.set(k, v);
      setTimeout(() => callback?.({ status: saveStatus }), 0);
    },
  };
  return { settings, saved };
}

const STORED: StoredSelfTest = {
  at: '2026-12-07T06:10:00.000Z',
  host: 'Excel',
  statuses: { 'text-stays-text': 'fail', 'empty-vs-zero': 'pass' },
};

afterEach(() => applyFallbacks(NO_FALLBACKS));

test('the verdicts are saved in the document and read back; a missing or foreign setting is no result', async () => {
  const { settings, saved } = fakeSettings();
  expect(readStored(settings)).toBeUndefined();
  expect(readStored(undefined)).toBeUndefined();
  expect(await writeStored(settings, STORED)).toBe(true);
  expect(typeof saved.get(STORED_KEY)).toBe('string');
  expect(readStored(settings)).toEqual(STORED);
  settings.set(STORED_KEY, { something: 'else' });
  expect(readStored(settings)).toBeUndefined();
  expect(await writeStored(fakeSettings('failed').settings, STORED)).toBe(false);
});

test('a stored text failure puts the apostrophe before every text; a function failure makes the functions refuse', () => {
  applyFallbacks(fallbacksOf(STORED));
  expect(literalInput('007')).toBe("'007");
  expect(runtimeState().functionsRefuse).toBe(false);
  applyFallbacks(fallbacksOf({ ...STORED, statuses: { 'parameter-addresses': 'fail' } }));
  expect(literalInput('007')).toBe('007');
  expect(literalInput('=Jan')).toBe("'=Jan");
  expect(runtimeState().functionsRefuse).toBe(true);
});
