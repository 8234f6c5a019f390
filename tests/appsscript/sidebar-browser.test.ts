// The built sidebar.html in real Chromium, its google.script.run wired to the built server code in a vm.

import { mkdirSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';
import { ENDPOINTS } from '../../appsscript/api';
import { builtinProfileOrFail } from '../../shared/profiles/resolve';
import { buildWorkbookPlan } from '../../shared/workbook/build-plan';
import { SHEET_MATRIX } from '../../shared/workbook/plan';
import { until } from '../browser/panel-page';
import { loadGas, readGasFile } from './fake/load-gas';

const CHROMIUM = '/usr/bin/chromium';
const SIDEBAR_URL = 'https://sidebar.teamscan.invalid/sidebar.html';

/** google.script.run in the page, forwarding each call to Node (as the real one forwards to Google). */
const GOOGLE_SCRIPT_RUN = `
window.google = { script: { get run() {
  let ok = () => {}, fail = () => {};
  const runner = new Proxy({}, { get(_t, name) {
    if (name === 'withSuccessHandler') return (fn) => { ok = fn; return runner; };
    if (name === 'withFailureHandler') return (fn) => { fail = fn; return runner; };
    return (...args) => { window.__gas(name, JSON.stringify(args)).then((json) => ok(JSON.parse(json)), fail); };
  } });
  return runner;
} } };`;

describe('the sidebar in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('mounts the shared panel offline and talks to the server only through the endpoints', async () => {
    const loaded = loadGas();
    const plan = buildWorkbookPlan({
      profile: builtinProfileOrFail('npuls'),
      detail: 'gebieden',
      lang: 'nl',
      names: ['Anna', 'Bert'],
    });
    expect(loaded.call('teamscanApplyPlan', plan, 'nl')).toEqual({ ok: true, value: null });
    loaded.gas.spreadsheet.getSheetByName(SHEET_MATRIX)!.getRange(2, 1).activate();
    const called: string[] = [];
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const external: string[] = [];
    // The sidebar is served from one address; any other request would be a load from outside.
    await page.route('**/*', (route) => {
      if (route.request().url() === SIDEBAR_URL) {
        return route.fulfill({ contentType: 'text/html', body: readGasFile('sidebar.html') });
      }
      external.push(route.request().url());
      return route.abort();
    });
    await page.exposeFunction('__gas', (name: string, json: string) => {
      called.push(name);
      return JSON.stringify(loaded.call(name, ...JSON.parse(json)));
    });
    await page.addInitScript(GOOGLE_SCRIPT_RUN);
    await page.goto(SIDEBAR_URL);
    await page.getByRole('tab').first().waitFor({ timeout: 15000 });
    await page.waitForFunction(() => document.querySelectorAll('[role="tab"]').length === 3);
    // The panel follows the active row (by polling getSelection) and saves that row through writeRow.
    await page.getByRole('heading', { name: 'Anna' }).waitFor({ timeout: 15000 });
    // The level pickers in profile order: Basis, Bruggenbouwer, Adviseur, …
    await page.getByText('3', { exact: true }).nth(2).click({ timeout: 10000 });
    // Fluent's styles are inlined in the sidebar file: the primary button ends its transition on the brand colour.
    const save = page.getByRole('button', { name: 'Opslaan' });
    const background = () => save.evaluate((element) => getComputedStyle(element).backgroundColor);
    expect(await until(background, 'rgb(15, 108, 189)')).toBe('rgb(15, 108, 189)');
    await save.click({ timeout: 10000 });
    const matrix = loaded.gas.spreadsheet.getSheetByName(SHEET_MATRIX)!;
    const column = matrix.rowValues(1).indexOf('Adviseur') + 1;
    expect(await until(async () => matrix.valueAt(2, column), 3)).toBe(3);
    expect(matrix.valueAt(3, column)).toBe('');
    const polls = () => called.filter((name) => name === ENDPOINTS.getSelection).length;
    await until(async () => polls() >= 2, true);
    mkdirSync('test-artifacts', { recursive: true });
    await page.screenshot({ path: 'test-artifacts/gas-sidebar.png' });
    await page.close();

    expect(errors).toEqual([]);
    expect(external).toEqual([]);
    expect(called[0]).toBe(ENDPOINTS.getContext);
    expect(called).toContain(ENDPOINTS.readSheet);
    expect(called).toContain(ENDPOINTS.writeRow);
    expect(called.filter((name) => name === ENDPOINTS.getSelection).length).toBeGreaterThanOrEqual(2);
    const known = new Set(Object.values(ENDPOINTS));
    expect(called.filter((name) => !known.has(name))).toEqual([]);
  }, 60000);
});
