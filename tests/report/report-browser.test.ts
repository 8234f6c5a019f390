// The reports in real chromium: nothing requested from outside, charts drawn, A4 print within its page budget.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { anonymousReport, personalReport, teamReport } from '../../shared/report';
import { printablePage } from '../../shared/ui/report/printable';
import { browserAvailable, launch, stopStarted } from '../browser/chromium';
import { itemReportInput, NAMES, reportInput } from './fixture';

const AXE = require.resolve('axe-core/axe.min.js');

/** axe-core's findings that count here: serious or critical, and every landmark or region finding, as "rule: targets". */
async function axeFindings(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  const violations = (await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: unknown) => Promise<{ violations: unknown[] }> } }).axe;
    return (await axe.run(document)).violations;
  })) as { id: string; impact: string | null; nodes: { target: string[] }[] }[];
  return violations
    .filter(
      (violation) =>
        violation.impact === 'serious' ||
        violation.impact === 'critical' ||
        violation.id === 'region' ||
        violation.id.startsWith('landmark'),
    )
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

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

  test.each(['nl', 'en'] as const)(
    '%s: axe-core finds nothing serious and no landmark finding on any report',
    async (lang) => {
      const items = itemReportInput(lang);
      const pages = {
        ...reports(lang),
        'personal-items': personalReport(items, 'Anna de Vries'),
        'team-items': teamReport(items),
        // The page as the preview and Sheets show it, with its Print button.
        printable: printablePage(teamReport(reportInput(lang))),
      };
      const findings: string[] = [];
      for (const [kind, html] of Object.entries(pages)) {
        // The report's policy allows no script: axe-core is let in past it, the page itself stays as it is.
        const page = await browser.newPage({ viewport: { width: 900, height: 1200 }, bypassCSP: true });
        await page.setContent(html);
        findings.push(...(await axeFindings(page)).map((finding) => `${kind}: ${finding}`));
        await page.close();
      }
      expect(findings).toEqual([]);
    },
  );

  test.each(['nl', 'en'] as const)('%s: every chart text lies inside its chart, also a long reason', async (lang) => {
    // Five people: no team average beside Anna's levels, each row says why in a sentence.
    const items = itemReportInput(lang);
    const pages = { ...reports(lang), 'personal-items': personalReport(items, 'Anna de Vries') };
    for (const [kind, html] of Object.entries(pages)) {
      const page = await browser.newPage({ viewport: { width: 900, height: 1200 } });
      await page.setContent(html);
      const outside = await page.evaluate(() =>
        [...document.querySelectorAll('svg')].flatMap((svg) => {
          const width = svg.viewBox.baseVal.width;
          return [...svg.querySelectorAll('text')]
            .filter((text) => {
              const box = text.getBBox();
              return box.x < 0 || box.x + box.width > width;
            })
            .map((text) => text.textContent);
        }),
      );
      expect({ kind, outside }).toEqual({ kind, outside: [] });
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
