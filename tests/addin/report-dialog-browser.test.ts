// The built report dialog page (dist/addin/report.html + report.js): nothing but Office.js comes from elsewhere,
// and in chromium, under a stand-in for the dialog's Office.js, it shows the report parts it is sent in a frame
// that runs no script, prints that frame only, and asks the pane to close.

import { existsSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { reportParts } from '../../addin/report/messages';
import { analyze } from '../../shared/analysis/analyze';
import { readMatrix } from '../../shared/matrix/read';
import { findBuiltinProfile } from '../../shared/profiles/builtins';
import { teamReport } from '../../shared/report';
import { browserAvailable, launch, stopStarted } from '../browser/chromium';

const ROOT = join(__dirname, '..', '..');
const DIST = join(ROOT, 'dist', 'addin');
const ARTIFACTS = join(ROOT, 'test-artifacts', 'addin');
const ORIGIN = 'https://teamscan.test';
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const built = existsSync(join(DIST, 'report.html')) && existsSync(join(DIST, 'report.js'));

describe('the built report page', () => {
  const check = built ? test : test.skip;
  check('loads Office.js from its CDN and everything else from its own folder: no other address', () => {
    const html = readFileSync(join(DIST, 'report.html'), 'utf8');
    const addresses = [...html.matchAll(/\b(?:src|href)\s*=\s*"([^"]+)"/g)].map((match) => match[1]);
    expect(addresses).toEqual([OFFICE_JS, 'report.js']);
    expect(html.replace(OFFICE_JS, '')).not.toMatch(/https?:\/\/|url\(/i);
    expect(readFileSync(join(DIST, 'report.js'), 'utf8')).not.toMatch(/https?:\/\/(?!www\.w3\.org)/);
  });
});

function reportHtml(): string {
  const profile = findBuiltinProfile('npuls')!;
  const header = ['Naam', 'Rol', ...profile.areas.map((area) => area.role)];
  const rows = [header, ['Anna', '', 2, 3, 1, 0, 4, 2], ['Bram', '', 3, 0, 2, 2, 1, 1]];
  const reading = readMatrix({ values: rows }, profile, { lenient: true });
  return teamReport({ reading, analysis: analyze(reading), lang: 'nl', date: '2026-12-01' });
}

/**
 * The dialog's Office.js: onReady, addHandlerAsync(DialogParentMessageReceived, handler, callback) and messageParent
 * (learn.microsoft.com/javascript/api/office/office.ui); the test plays the pane through window.__fromPane.
 */
const DIALOG_OFFICE = `
window.__toPane = [];
window.Office = {
  EventType: { DialogParentMessageReceived: 'dialogParentMessageReceived' },
  AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
  onReady: (callback) => { setTimeout(() => callback({ host: 'Excel' }), 0); return Promise.resolve({ host: 'Excel' }); },
  context: { ui: {
    addHandlerAsync: (type, handler, callback) => {
      window.__fromPane = (message) => setTimeout(() => handler({ type, message }), 0);
      setTimeout(() => callback({ status: 'succeeded' }), 0);
    },
    messageParent: (message) => window.__toPane.push(message),
  } },
};`;

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript' };
const suite = browserAvailable && built ? describe : describe.skip;

suite('the report dialog page in chromium', () => {
  let browser: Browser;
  let page: Page;
  const requests: string[] = [];

  beforeAll(async () => {
    browser = await launch();
    page = await browser.newPage({ viewport: { width: 900, height: 900 } });
    page.setDefaultTimeout(10_000);
    page.on('request', (request) => requests.push(request.url()));
    await page.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      if (url.href === OFFICE_JS) return route.fulfill({ contentType: 'text/javascript', body: DIALOG_OFFICE });
      const file = join(DIST, url.pathname.replace(/^\/addin\//, ''));
      if (url.origin !== ORIGIN || !existsSync(file)) return route.fulfill({ status: 404, body: '' });
      return route.fulfill({ contentType: TYPES[extname(file)] ?? 'text/plain', body: readFileSync(file) });
    });
  }, 120_000);

  // Closes the browser and stops the server, also one whose start a timed-out beforeAll left running.
  afterAll(stopStarted);

  test('says ready, shows the report sent in parts, prints the frame only and asks to close', async () => {
    await page.goto(`${ORIGIN}/addin/report.html?_host_Info=Excel`);
    await page.waitForFunction(() => (window as unknown as { __toPane: string[] }).__toPane.length > 0);
    expect(await page.evaluate(() => (window as unknown as { __toPane: string[] }).__toPane)).toEqual([
      '{"type":"ready"}',
    ]);
    const html = reportHtml();
    // Sent in small parts, last first: the page puts them in order.
    const parts = reportParts('r1', html, 2_000).reverse();
    expect(parts.length).toBeGreaterThan(2);
    for (const part of parts) {
      await page.evaluate(
        (message) => (window as unknown as { __fromPane: (m: string) => void }).__fromPane(message),
        JSON.stringify(part),
      );
    }
    const frame = page.frameLocator('#report');
    await frame.locator('svg').first().waitFor();
    expect(await frame.locator('h1').textContent()).toBe('Teamscan — teambeeld');
    // The frame's document is the report itself: its policy, and no script runs in it.
    expect(await page.locator('#report').getAttribute('sandbox')).toBe('allow-same-origin allow-modals');
    expect(await page.evaluate(() => (document.getElementById('report') as HTMLIFrameElement).srcdoc.length)).toBe(
      html.length,
    );
    await page.screenshot({ path: join(ARTIFACTS, 'report-dialog.png') });
    // The page around the report: its toolbar and frame each in a landmark, nothing serious for axe-core.
    await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
    const findings = (await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (context: unknown) => Promise<{ violations: unknown[] }> } }).axe;
      return (await axe.run({ exclude: [['#report']] })).violations;
    })) as { id: string; impact: string | null }[];
    expect(
      findings
        .filter(
          ({ id, impact }) =>
            impact === 'serious' || impact === 'critical' || id === 'region' || id.startsWith('landmark'),
        )
        .map(({ id }) => id),
    ).toEqual([]);

    await page.evaluate(() => {
      const target = (document.getElementById('report') as HTMLIFrameElement).contentWindow as Window & {
        printed?: number;
      };
      target.printed = 0;
      target.print = () => {
        target.printed! += 1;
      };
      window.print = () => {
        throw new Error('the dialog page itself must not print');
      };
    });
    await page.getByRole('button', { name: 'Afdrukken of pdf bewaren' }).click();
    expect(
      await page.evaluate(
        () =>
          ((document.getElementById('report') as HTMLIFrameElement).contentWindow as Window & { printed: number })
            .printed,
      ),
    ).toBe(1);
    await page.getByRole('button', { name: 'Sluiten' }).click();
    expect(await page.evaluate(() => (window as unknown as { __toPane: string[] }).__toPane.at(-1))).toBe(
      '{"type":"close"}',
    );
    // Only the page, its script and Office.js were fetched; the report loaded nothing.
    expect(requests.map((url) => new URL(url).href.replace(/\?.*$/, ''))).toEqual([
      `${ORIGIN}/addin/report.html`,
      OFFICE_JS,
      `${ORIGIN}/addin/report.js`,
    ]);
  });
});
