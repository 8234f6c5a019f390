// The built task pane (dist/addin/taskpane.html) in real chromium against the fake behind Excel.run: it mounts the
// shared panel on the ExcelBridge, injects, saves a scan and shows coverage through Office.js calls; on an older
// Excel it says what it needs. The page runs without Object.hasOwn.

import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { build } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { DIALOG_RETRY } from '../../addin/excel/report-dialog';
import { analyze } from '../../shared/analysis/analyze';
import { readMatrix } from '../../shared/matrix/read';
import { findBuiltinProfile } from '../../shared/profiles/builtins';
import { browserAvailable, launch, stopStarted } from '../browser/chromium';
import { until } from '../browser/panel-page';

const ROOT = join(__dirname, '..', '..');
const DIST = join(ROOT, 'dist', 'addin');
const ARTIFACTS = join(ROOT, 'test-artifacts', 'addin');
const ORIGIN = 'https://teamscan.test';
const NAMES = ['Anna de Vries', '=Chris'];
const AREAS = ['Basis', 'Bruggenbouwer', 'Adviseur', 'Coach', 'Didacticus', 'Innovator'];
const SCAN = [2, 3, 2, 1, 0, 4];
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
};

/** Stands in for Office.js: the Office and Excel globals over the recording fake (bundled for the browser). */
async function officeStub(): Promise<string> {
  const fake = await build({
    entryPoints: [join(__dirname, 'fake-excel.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: 'TeamscanFake',
    platform: 'browser',
    logLevel: 'silent',
  });
  // Object.hasOwn is removed first, as in a webview older than Safari 15.4 / Chrome 93: the bundles must not need
  // it. "?unsupported=ExcelApi 1.13" makes isSetSupported answer no for that set.
  return `delete Object.hasOwn;
${fake.outputFiles[0]!.text}
window.__excel = TeamscanFake.fakeExcel({ sheets: [TeamscanFake.emptySheet('Blad1')] });
window.__unsupported = new URLSearchParams(location.search).getAll('unsupported');
// Office.onReady resolves, and calls back, with the host and platform ("an object that specifies the Office
// client application … and platform", learn.microsoft.com/office/dev/add-ins/develop/initialize-add-in).
window.Office = {
  onReady: (callback) => {
    const info = { host: 'Excel', platform: 'OfficeOnline' };
    setTimeout(() => callback(info), 0);
    return Promise.resolve(info);
  },
  context: {
    displayLanguage: 'nl-NL',
    requirements: { isSetSupported: (name, version) => !window.__unsupported.includes(name + ' ' + version) },
    // displayDialogAsync(startAddress, options, callback): the callback gets an AsyncResult; here it records the
    // address and fails as a blocked dialog does, code 12007 (learn.microsoft.com/office/dev/add-ins/develop/dialog-api-in-office-add-ins).
    ui: {
      displayDialogAsync: (address, options, callback) => {
        window.__dialogs.push(address);
        setTimeout(() => callback({ status: 'failed', error: { code: 12007, message: 'blocked' } }), 0);
      },
    },
  },
  EventType: { DialogMessageReceived: 'dialogMessageReceived', DialogEventReceived: 'dialogEventReceived' },
  AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
};
window.__dialogs = [];
// Excel.run(batch), or Excel.run(context, batch) in an earlier batch's context (OfficeExtension.RunOptions).
window.Excel = {
  run: (first, second) => (typeof first === 'function' ? window.__excel.run(first) : window.__excel.run(second, first)),
};`;
}

const suite = browserAvailable && existsSync(join(DIST, 'taskpane.js')) ? describe : describe.skip;

suite('task pane in chromium on the ExcelBridge', () => {
  let browser: Browser;
  let page: Page;

  const requested: string[] = [];

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const stub = await officeStub();
    browser = await launch();
    page = await browser.newPage({ viewport: { width: 360, height: 900 } });
    page.setDefaultTimeout(10_000);
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    // Office.js comes from Microsoft's CDN in Excel; here the stub answers, and dist/addin/ serves the rest.
    await page.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      if (url.hostname === 'appsforoffice.microsoft.com') {
        return route.fulfill({ contentType: 'text/javascript', body: stub });
      }
      const file = join(DIST, url.pathname.replace(/^\/+/, ''));
      if (url.origin !== ORIGIN || !existsSync(file)) return route.fulfill({ status: 404, body: '' });
      return route.fulfill({
        contentType: TYPES[extname(file)] ?? 'application/octet-stream',
        body: readFileSync(file),
      });
    });
  }, 120_000);

  // Closes the browser and stops the server, also one whose start a timed-out beforeAll left running.
  afterAll(stopStarted);

  const panel = () => page.locator('#teamscan');
  /** The fake workbook's sheets, cells as [key, cell] entries (a Map does not cross page.evaluate). */
  const book = () =>
    page.evaluate(() => ({
      sheets: (window as any).__excel.book.sheets.map((sheet: any) => ({
        ...sheet,
        cells: [...sheet.cells.entries()],
      })),
    }));

  test('is styled from taskpane.css: Fluent components and the panel styles', async () => {
    await page.goto(`${ORIGIN}/taskpane.html`);
    const insert = panel().getByRole('button', { name: 'Invoegen' });
    await insert.waitFor();
    const style = (locator: ReturnType<typeof panel>) =>
      locator.evaluate((element) => {
        const computed = getComputedStyle(element);
        return { background: computed.backgroundColor, display: computed.display, weight: computed.fontWeight };
      });
    // A primary Fluent button: brand background (once its colour transition ends) and semibold text; neither is a
    // browser default.
    const brand = 'rgb(15, 108, 189)';
    expect(await until(async () => (await style(insert)).background, brand)).toBe(brand);
    expect(await style(insert)).toMatchObject({ background: brand, weight: '600' });
    // The panel's header comes from Teamscan's own makeStyles (compiled ahead of time into the same sheet).
    const header = panel().locator('header').first();
    expect((await style(header)).display).toBe('flex');
  });

  test('on an Excel without ExcelApi 1.13 shows which Excel it needs instead of the panel', async () => {
    await page.goto(`${ORIGIN}/taskpane.html?unsupported=ExcelApi%201.13`);
    const message = panel().getByRole('alert');
    await message.waitFor();
    expect(await message.textContent()).toMatch(/te oud voor Teamscan.*ExcelApi 1\.13/);
    expect(await panel().getByRole('button', { name: 'Invoegen' }).count()).toBe(0);
  });

  test('injects, saves a scan in two syncs and shows the coverage the core computes', async () => {
    await page.goto(`${ORIGIN}/taskpane.html`);
    await panel().getByLabel('Detail').selectOption('gebieden');
    await panel().getByLabel('Namen (optioneel, één per regel)').fill(NAMES.join('\n'));
    await panel().getByRole('button', { name: 'Invoegen' }).click();
    await panel()
      .getByText(/Klaar:/)
      .waitFor();
    const runs: number[] = await page.evaluate(() => (window as any).__excel.runs);
    expect(Math.max(...runs)).toBeLessThanOrEqual(3);
    const sheets = (await book()).sheets.map((sheet: { name: string }) => sheet.name);
    expect(sheets).toEqual(['Blad1', 'Profiel', 'Teammatrix', 'Dekking']);

    // Select Anna's row in "Excel", then scan her through the panel.
    await page.evaluate(() => {
      (window as any).__excel.book.active = { sheet: 'Teammatrix', row: 1, column: 0 };
    });
    await panel().getByRole('button', { name: 'Naar Scan' }).click();
    await page.evaluate(() => Promise.all((window as any).__excel.handlers.map((handler: () => unknown) => handler())));
    await panel().getByTestId('scan-name').getByText(NAMES[0]!).waitFor();
    for (const [index, value] of SCAN.entries()) {
      await panel()
        .getByRole('radiogroup', { name: `Niveau voor ${AREAS[index]}` })
        .getByRole('radio', { name: new RegExp(`^${value} `) })
        .click();
    }
    const before: number = await page.evaluate(() => (window as any).__excel.runs.length);
    await panel().getByRole('button', { name: 'Opslaan', exact: true }).click();
    await panel().getByText(`Opgeslagen voor ${NAMES[0]}.`).waitFor();
    const saveRuns: number[] = await page.evaluate((from) => (window as any).__excel.runs.slice(from), before);
    // One Excel.run: read header and row, then write (the form re-reads the sheet afterwards).
    expect(saveRuns[0]).toBe(2);
    await page.screenshot({ path: join(ARTIFACTS, 'taskpane-scan.png') });

    // The matrix as written: the scan in Anna's row, "=Chris" kept as text.
    const matrix = (await book()).sheets.find((sheet: { name: string }) => sheet.name === 'Teammatrix');
    const cells = new Map<string, { value: unknown; formula?: string }>(matrix.cells);
    const width = Math.max(...[...cells.keys()].map((key) => Number(key.split(',')[1]))) + 1;
    const values = [0, 1, 2].map((row) =>
      Array.from({ length: width }, (_, column) => {
        const value = cells.get(`${row},${column}`)?.value;
        return value === '' || value === undefined ? null : (value as string | number);
      }),
    );
    expect(values[2]![0]).toBe('=Chris');
    expect(cells.get('2,0')?.formula).toBeUndefined();
    const header = values[0]!;
    for (const [index, area] of AREAS.entries()) expect(values[1]![header.indexOf(area)]).toBe(SCAN[index]);

    // Coverage in the panel equals the core's analysis of the same cells.
    const analysis = analyze(readMatrix({ values }, findBuiltinProfile('npuls')!));
    await page.locator('#tab-coverage').click();
    for (const area of analysis.areas) {
      // Opening Dekking reads the workbook again: wait for the card to show the read that follows the save.
      const status = () => panel().getByTestId(`area-${area.id}`).locator('[data-status]').getAttribute('data-status');
      expect(await until(status, area.status)).toBe(area.status);
    }
    await page.screenshot({ path: join(ARTIFACTS, 'taskpane-coverage.png') });
  });

  test('loads reports.js only when a report is asked for, then hands the report to the dialog', async () => {
    // The previous test left the pane on Dekking; nothing so far asked for a report.
    expect(requested).toContain('/taskpane.js');
    expect(requested).not.toContain('/reports.js');
    await panel().getByRole('button', { name: 'Teamrapport', exact: true }).click();
    // The fake answers 12007 (a dialog already open), which the pane tries again DIALOG_RETRY.attempts times.
    const attempts = DIALOG_RETRY.attempts;
    expect(await until(() => page.evaluate(() => (window as any).__dialogs.length), attempts)).toBe(attempts);
    expect(requested.filter((path) => path === '/reports.js')).toHaveLength(1);
    const addresses: string[] = await page.evaluate(() => (window as any).__dialogs);
    for (const address of addresses) expect(address).toMatch(/\/report\.html/);
  });

  test('loads selftest.js only when Zelftest is pressed; the self-test runs and leaves no temporary sheet', async () => {
    expect(requested).not.toContain('/selftest.js');
    await panel().getByTestId('selftest-button').click();
    const start = panel().getByRole('button', { name: 'Zelftest starten' });
    await start.waitFor();
    expect(requested.filter((path) => path === '/selftest.js')).toHaveLength(1);
    await start.click();
    const result = panel().getByTestId('selftest-result');
    await result.waitFor({ state: 'visible', timeout: 60_000 });
    const text = (await result.textContent()) ?? '';
    expect(text).toMatch(/^Teamscan-zelftest\nHost: Excel · versie \? · platform \? · taal nl-NL · Teamscan /);
    expect(text).toContain('[goed] text-stays-text');
    expect(text).toContain('Tijdelijk blad: verwijderd');
    expect(await panel().getByTestId('selftest-send').textContent()).toContain('Stuur dit naar');
    const names = (await book()).sheets.map((sheet: { name: string }) => sheet.name);
    expect(names.some((name: string) => name.startsWith('Teamscan-zelftest'))).toBe(false);
    await page.screenshot({ path: join(ARTIFACTS, 'taskpane-selftest.png') });
  }, 90_000);

  test('without inject.js the pane opens, Profiel invoegen says the file did not load, and Opnieuw proberen loads it', async () => {
    // Routes matching one URL run in the order opposite to their registration (playwright.dev/docs/api/class-page#page-route).
    const blocked = (route: { fulfill(response: { status: number; body: string }): Promise<void> }) =>
      route.fulfill({ status: 404, body: '' });
    await page.route('**/inject.js', blocked);
    await page.goto(`${ORIGIN}/taskpane.html`);
    const alert = panel().getByRole('alert').filter({ hasText: 'inject.js is niet geladen' });
    await alert.waitFor();
    expect(await panel().getByRole('button', { name: 'Invoegen' }).isDisabled()).toBe(true);
    // The other parts need no inject.js.
    await panel().getByRole('tab', { name: 'Dekking' }).click();
    expect(await panel().getByRole('tab', { name: 'Dekking', selected: true }).count()).toBe(1);
    await panel().getByRole('tab', { name: 'Profiel invoegen' }).click();

    await page.unroute('**/inject.js', blocked);
    await alert.getByRole('button', { name: 'Opnieuw proberen' }).click();
    const insert = panel().getByRole('button', { name: 'Invoegen' });
    expect(await until(() => insert.isEnabled(), true)).toBe(true);
    await insert.click();
    await panel()
      .getByText(/Klaar:/)
      .waitFor();
  });
});
