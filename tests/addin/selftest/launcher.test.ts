/** @jest-environment jsdom */
// The task pane's launcher: selftest.js is added to the page on first use and reused; the start-up notice loads it
// only when the stored result holds a failure.

import type { ExcelBridge } from '../../../addin/excel/bridge';
import type { DocumentSettings } from '../../../addin/selftest/settings';
import { excelSelfTestLauncher, SELF_TEST_GLOBAL, type SelfTestScript } from '../../../addin/taskpane/load-selftest';
import { STORED_KEY } from '../../../shared/selftest/stored';

function settingsWith(value: unknown): DocumentSettings {
  return { get: (name) => (name === STORED_KEY ? value : null), set: () => undefined, saveAsync: () => undefined };
}

const scripts = () => [...document.head.querySelectorAll('script')].filter((s) => s.src.endsWith('/selftest.js'));

/** Answers the page's request for selftest.js as the built script would: it sets its global, then loads. */
function serveScript(script: SelfTestScript) {
  const added = scripts().at(-1)!;
  (globalThis as Record<string, unknown>)[SELF_TEST_GLOBAL] = script;
  added.dispatchEvent(new Event('load'));
}

test('no failure stored: no notice and nothing loaded; a failure: selftest.js loaded once, its notice shown', async () => {
  const deps = { bridge: {} as ExcelBridge, locale: 'nl-NL', onFallbacks: () => undefined };
  const passing = JSON.stringify({ at: '2026-12-07T06:10:00Z', host: 'Excel', statuses: { a: 'pass', b: 'na' } });
  expect(await excelSelfTestLauncher({ ...deps, settings: settingsWith(passing) }).notice('nl')).toBeUndefined();
  expect(scripts()).toHaveLength(0);

  const failing = JSON.stringify({
    at: '2026-12-07T06:10:00Z',
    host: 'Excel',
    statuses: { 'text-stays-text': 'fail' },
  });
  const launcher = excelSelfTestLauncher({ ...deps, settings: settingsWith(failing) });
  const notice = launcher.notice('nl');
  expect(scripts()).toHaveLength(1);
  const opened: string[] = [];
  serveScript({
    startupNotice: (stored, lang) => `${lang}: ${Object.keys(stored?.statuses ?? {}).join()}`,
    openExcelSelfTest: (_container, lang) => opened.push(lang),
  });
  expect(await notice).toBe('nl: text-stays-text');
  await launcher.open(document.createElement('div'), 'en');
  expect(opened).toEqual(['en']);
  expect(scripts()).toHaveLength(1);
});
