// The reports in real chromium: nothing requested from outside, charts drawn, A4 print within its page budget.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { anonymousReport, personalReport, teamReport } from '../../shared/report';
import { browserAvailable, launch, stopStarted } from '../browser/chromium';
import { NAMES, reportInput } from './fixture';

const ARTIFACTS = join(__dirname, '..', '..', 'test-artifacts', 'reports');
const suite = browserAvailable ? describe : describe.skip;

/** Pages in a PDF as Chromium writes it: one "/Type /Page" object per page. */
function pdfPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}

suite('reports in chromium', () => {
  let browser: Browser;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    browser = await launch();
  }, 60_000);

  // Closes the browser and stops the server, also one whose start a timed-out beforeAll left running.
  afterAll(stopStarted);

  const reports = (lang: 'nl' | 'en') => {
    const input = reportInput(lang);
    return {
      team: teamReport(input),
      personal: personalReport(input, NAMES[1]!),
      anonymous: anonymousReport(input),
    };
  };

  test.each(['nl', 'en'] as const)('%s: each report renders its charts and requests nothing', async (lang) => {
    for (const [kind, html] of Object.entries(reports(lang))) {
      const page = await browser.newPage({ viewport: { width: 900, height: 1200 } });
      const requests: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      const file = join(ARTIFACTS, `${kind}-${lang}.html`);
      writeFileSync(file, html);
      await page.goto(`file://${file}`);
      // Only the page itself is loaded: no font, image, style sheet or script from anywhere.
      expect(requests).toEqual([`file://${file}`]);
      const charts = await page.locator('svg[role="img"]').count();
      expect(charts).toBeGreaterThan(0);
      const box = await page.locator('svg[role="img"] rect').first().boundingBox();
      expect(box?.width ?? 0).toBeGreaterThan(0);
      expect(await page.evaluate(() => document.scripts.length)).toBe(0);
      await page.screenshot({ path: join(ARTIFACTS, `${kind}-${lang}.png`), fullPage: true });
      await page.close();
    }
  });

  test('printed to A4: the team report of twelve fits on two pages, the personal one on one', async () => {
    const { team, personal } = reports('nl');
    const pages: Record<string, number> = {};
    for (const [kind, html] of Object.entries({ team, personal })) {
      const page = await browser.newPage();
      await page.setContent(html);
      const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
      writeFileSync(join(ARTIFACTS, `${kind}-nl.pdf`), pdf);
      pages[kind] = pdfPages(pdf);
      await page.close();
    }
    expect(pages.team).toBeGreaterThanOrEqual(1);
    expect(pages.team).toBeLessThanOrEqual(2);
    expect(pages.personal).toBe(1);
  });
});
