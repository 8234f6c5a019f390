// The conversation document in real Chromium, printed as PDF: a quickscan on at most two A4 pages (the personal report alone
// fills one; see docs/design.md#the-development-conversation), a full scan on at most three; axe-core clean.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { personalReport } from '../../shared/report';
import type { ConversationReportInput } from '../../shared/report/conversation';
import { browserAvailable, launch, stopStarted } from '../browser/chromium';
import { conversationInput, fullScanInput } from './conversation-fixture';
import { NAMES } from './fixture';

const ARTIFACTS = join(__dirname, '..', '..', 'test-artifacts', 'reports');
const AXE = require.resolve('axe-core/axe.min.js');
const suite = browserAvailable ? describe : describe.skip;

/** Pages in a PDF as Chromium writes it: one "/Type /Page" object per page. */
function pdfPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}

interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly nodes: readonly { readonly target: readonly string[] }[];
}

/**
 * The serious and critical axe-core violations of the page, as the preview's test counts them (the report forbids
 * scripts; the test's context bypasses that to run axe).
 */
async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  const violations = (await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: () => Promise<{ violations: unknown[] }> } }).axe;
    return (await axe.run()).violations;
  })) as AxeViolation[];
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

suite('the conversation document in chromium', () => {
  let browser: Browser;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    browser = await launch();
  }, 60_000);

  afterAll(stopStarted);

  async function printed(input: ConversationReportInput, file: string) {
    const context = await browser.newContext({ bypassCSP: true, viewport: { width: 900, height: 1200 } });
    const page = await context.newPage();
    await page.setContent(personalReport(input, NAMES[1]!));
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    writeFileSync(join(ARTIFACTS, `${file}.pdf`), pdf);
    await page.screenshot({ path: join(ARTIFACTS, `${file}.png`), fullPage: true });
    const violations = await axeViolations(page);
    await context.close();
    return { pages: pdfPages(pdf), violations };
  }

  test.each(['nl', 'en'] as const)(
    '%s: a quickscan prints on at most two A4 pages, axe-clean',
    async (lang) => {
      const { pages, violations } = await printed(conversationInput(lang), `conversation-quickscan-${lang}`);
      expect(pages).toBeGreaterThanOrEqual(1);
      expect(pages).toBeLessThanOrEqual(2);
      expect(violations).toEqual([]);
    },
    60_000,
  );

  test.each(['nl', 'en'] as const)(
    '%s: a full scan prints on at most three A4 pages, axe-clean',
    async (lang) => {
      const { pages, violations } = await printed(fullScanInput(lang), `conversation-fullscan-${lang}`);
      expect(pages).toBeGreaterThanOrEqual(1);
      expect(pages).toBeLessThanOrEqual(3);
      expect(violations).toEqual([]);
    },
    60_000,
  );
});
