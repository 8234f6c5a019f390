// The preview as a fair stand-in, and accessibility: typed formulas, the grid's keyboard and formula bar, the
// page's language, no 404s; the add-in pages opened outside their host; axe-core on every part in nl and en.

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { browserAvailable, launch, servePreview, stopStarted } from './chromium';
import { ARTIFACTS, panelPage, until } from './panel-page';

const suite = browserAvailable ? describe : describe.skip;
const AXE = require.resolve('axe-core/axe.min.js');
const DIST = join(__dirname, '..', '..', 'dist');

interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly nodes: readonly { readonly target: readonly string[] }[];
}

/** Serious and critical axe-core violations of the page as it is now, as "rule: targets" lines. */
async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  const violations = (await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: unknown) => Promise<{ violations: unknown[] }> } }).axe;
    // Fluent's focus manager (tabster) puts aria-hidden focus redirectors around movers such as the TabList: a
    // known false positive of aria-hidden-focus, closed "by design" (microsoft/fluentui#27517) and suppressed the
    // same way by Accessibility Insights (microsoft/accessibility-insights-web#7605).
    return (await axe.run({ include: [['html']], exclude: [['[data-tabster-dummy]']] })).violations;
  })) as AxeViolation[];
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

/** The signs that a part has read the workbook and drawn its content: what axe-core should look at. */
const PART_READY: Record<string, (lang: 'nl' | 'en') => string> = {
  'tab-inject': (lang) => `button:has-text("${lang === 'nl' ? 'Invoegen' : 'Insert'}")`,
  'tab-scan': () => '[data-testid="scan-name"]',
  'tab-coverage': () => '[data-testid="area-basis"]',
};

/**
 * Waits until a part is shown with its content, the page speaks `lang`, and every CSS transition (a tab's or a
 * button's colour) has ended: axe-core's contrast check reads the colours of the moment.
 */
async function partSettled(page: Page, part: string, lang: 'nl' | 'en') {
  await page.locator(`section[role="tabpanel"][aria-labelledby="${part}"]`).waitFor();
  await page
    .locator(`section[aria-labelledby="${part}"] ${PART_READY[part]!(lang)}`)
    .first()
    .waitFor();
  await page.waitForFunction((wanted) => document.documentElement.lang === wanted, lang);
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animation) => animation instanceof CSSTransition)
        .map((animation) => animation.finished.catch(() => undefined)),
    ),
  );
}

suite('preview page in chromium', () => {
  let browser: Browser;
  let server: { url: string; close: () => Promise<void> };
  let page: Page;
  const missing: string[] = [];

  beforeAll(async () => {
    server = await servePreview();
    browser = await launch();
  }, 120_000);
  beforeEach(async () => {
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.setDefaultTimeout(10_000);
    page.on('response', (response) => {
      if (response.status() >= 400) missing.push(`${response.status()} ${response.url()}`);
    });
  });
  afterEach(async () => page?.close());
  // Closes the browser and stops the server, also one whose start a timed-out beforeAll left running.
  afterAll(stopStarted);

  test('typed formulas, the grid keyboard, the formula bar and the page language', async () => {
    const ui = panelPage(page);
    await ui.injected(server.url, ['Anna', 'Bram']);
    // A Teamscan function typed with "=" is computed by the registry; other "=" text is marked as text.
    await page.locator('.sheet-tabs button', { hasText: 'Dekking' }).click();
    await page.locator('td[data-cell="H28"]').dblclick();
    await page.keyboard.type('=GEDEKT(Teammatrix!A1:O3,"adviseur")');
    await page.keyboard.press('Enter');
    expect(await ui.cellText('H28')).toBe('0');
    expect(await page.getByTestId('formula-bar').textContent()).toBe('=GEDEKT(Teammatrix!A1:O3,"adviseur")');
    await page.locator('td[data-cell="H29"]').dblclick();
    await page.keyboard.type('=SOM(1;2)');
    await page.keyboard.press('Enter');
    expect(await page.locator('td[data-cell="H29"]').getAttribute('class')).toContain('as-text');
    // Arrows move the selection; Bijgewerkt's date shows as a date in the formula bar, never an object.
    await page.keyboard.press('ArrowUp');
    expect(await page.getByTestId('active-cell').textContent()).toBe('Dekking!H28');
    await page.locator('.sheet-tabs button', { hasText: 'Teammatrix' }).click();
    await page.locator('td[data-cell="A2"]').click();
    await ui.panel().getByTestId('scan-name').getByText('Anna').waitFor();
    await ui.picker('Basis').getByRole('radio', { name: /^2 / }).click();
    await ui.panel().getByRole('button', { name: 'Opslaan', exact: true }).click();
    await ui.panel().getByText('Opgeslagen voor Anna.').waitFor();
    await page.locator('td[data-cell="A2"]').click();
    for (const key of ['ArrowRight', 'ArrowRight', 'ArrowRight']) await page.keyboard.press(key);
    expect(await page.getByTestId('active-cell').textContent()).toBe('Teammatrix!D2');
    expect(await page.getByTestId('formula-bar').textContent()).toMatch(/^\d{2}-\d{2}-\d{4}/);
    // Typing on a selected cell opens the editor with the focus in it.
    await page.keyboard.press('ArrowRight');
    await page.keyboard.type('3');
    // The editor takes the focus a task after it opens (preview/cell-editor.ts): wait for it, do not race it.
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? null);
    expect(await until(focused, 'E2')).toBe('E2');
    expect(await page.locator('td[data-cell="E2"] input').inputValue()).toBe('3');
    await page.keyboard.press('Escape');
    // The page's lang follows the panel's language.
    expect(await page.getAttribute('html', 'lang')).toBe('nl');
    await ui.panel().getByLabel('Taal').selectOption('en');
    expect(await until(() => page.getAttribute('html', 'lang'), 'en')).toBe('en');
    expect(await page.locator('#reset').textContent()).toBe('Empty workbook');
    expect(missing).toEqual([]);
  });

  test('pasted duplicates merged; the helper refuses to write over a name; a "hoog" leaves Dekking working', async () => {
    const ui = panelPage(page);
    await page.goto(`${server.url}?reset&lang=nl`);
    await ui.panel().getByRole('tab', { name: 'Profiel invoegen' }).click();
    await ui.panel().getByLabel('Namen (optioneel, één per regel)').fill('Anna\nanna \nBram\nA\u200bnna\nChris');
    await ui.panel().getByText('Teammatrix: 15 kolommen, 3 namen').waitFor();
    expect(await ui.panel().getByTestId('plan-notes').textContent()).toBe(
      'Dubbel geplakt, één keer toegevoegd: "anna" = Anna, "A\\u200bnna" = Anna',
    );
    await ui.shot('writes-1-pasted-duplicates');
    await ui.panel().getByRole('button', { name: 'Invoegen' }).click();
    await ui
      .panel()
      .getByText(/Klaar:/)
      .waitFor();
    expect([
      await ui.cellText('A2'),
      await ui.cellText('A3'),
      await ui.cellText('A4'),
      await ui.cellText('A5'),
    ]).toEqual(['Anna', 'Bram', 'Chris', '']);
    // The helper with the selection on a name: nothing written, a free spot on Dekking proposed.
    await page.locator('td[data-cell="A3"]').click();
    await page.locator('#tab-coverage').click();
    await ui.panel().getByLabel('Functie').selectOption('GEDEKT');
    await ui.panel().getByRole('button', { name: 'In actieve cel zetten' }).click();
    const proposal = ui.panel().getByTestId('formula-proposal');
    await proposal.getByText('Teammatrix!A3 ligt in de Teammatrix').waitFor();
    expect(await ui.cellText('A3')).toBe('Bram');
    await ui.shot('writes-2-helper-refuses');
    await proposal.getByRole('button', { name: 'Daar zetten' }).click();
    await ui
      .panel()
      .getByText(/Formule gezet in Dekking!A\d+\./)
      .waitFor();
    // "hoog" typed into a level cell: Dekking still computes and names the cell, with a link to it.
    await page.locator('.sheet-tabs button', { hasText: 'Teammatrix' }).click();
    await page.locator('td[data-cell="E3"]').dblclick();
    await page.keyboard.type('hoog');
    await page.keyboard.press('Enter');
    await ui.panel().getByRole('button', { name: 'Vernieuwen' }).click();
    const problems = ui.panel().getByTestId('read-problems').last();
    await problems
      .getByText(/Teammatrix!E3/)
      .first()
      .waitFor();
    expect(await problems.textContent()).toContain('"hoog"');
    expect(await ui.panel().getByTestId('area-basis').textContent()).toContain('0 gedekt, 0 gescand');
    await problems.scrollIntoViewIfNeeded();
    await ui.shot('writes-3-hoog-left-out');
    await problems.getByRole('button', { name: 'Ga naar Teammatrix!E3' }).click();
    expect(await until(() => page.getByTestId('active-cell').textContent(), 'Teammatrix!E3')).toBe('Teammatrix!E3');
  });

  test('axe-core finds no serious violation in any part, in Dutch and English', async () => {
    const ui = panelPage(page);
    await ui.injected(server.url, ['Anna', 'Bram', 'Chris']);
    await ui.picker('Basis').getByRole('radio', { name: /^3 / }).click();
    await ui.panel().getByRole('button', { name: 'Opslaan', exact: true }).click();
    await ui.panel().getByText('Opgeslagen voor Anna.').waitFor();
    const found: Record<string, string[]> = {};
    for (const lang of ['nl', 'en'] as const) {
      await ui
        .panel()
        .getByLabel(lang === 'nl' ? 'Taal' : 'Language')
        .selectOption(lang);
      for (const part of ['tab-inject', 'tab-scan', 'tab-coverage']) {
        await page.locator(`#${part}`).click();
        await partSettled(page, part, lang);
        found[`${lang} ${part}`] = await axeViolations(page);
        await page.screenshot({ path: join(ARTIFACTS, `part-${lang}-${part.slice(4)}.png`) });
      }
      await ui
        .panel()
        .getByLabel(lang === 'nl' ? 'Taal' : 'Language')
        .selectOption(lang === 'nl' ? 'en' : 'nl');
    }
    expect(found).toEqual(Object.fromEntries(Object.keys(found).map((key) => [key, []])));
  });

  const built = existsSync(join(DIST, 'addin', 'taskpane.html')) && existsSync(join(DIST, 'gas', 'sidebar.html'));
  (built ? test : test.skip)('taskpane.html and sidebar.html opened outside their host say what they are', async () => {
    // No network here: office.js cannot load, as in a browser tab without Office.
    await page.route('https://appsforoffice.microsoft.com/**', (route) => route.abort());
    for (const [file, lang, text] of [
      ['addin/taskpane.html', 'nl-NL', 'Het werkt alleen in Excel'],
      ['addin/taskpane.html', 'en-GB', 'It only works inside Excel'],
      ['gas/sidebar.html', 'nl-NL', 'Het werkt alleen in een spreadsheet'],
      ['gas/sidebar.html', 'en-GB', 'It only works inside a spreadsheet'],
    ] as const) {
      const context = await browser.newContext({ locale: lang });
      const tab = await context.newPage();
      await tab.route('https://appsforoffice.microsoft.com/**', (route) => route.abort());
      await tab.goto(`file://${join(DIST, file)}`);
      await tab.getByText(text, { exact: false }).waitFor();
      expect(await tab.getAttribute('html', 'lang')).toBe(lang.slice(0, 2));
      expect(await axeViolations(tab)).toEqual([]);
      await tab.screenshot({ path: join(ARTIFACTS, `outside-${file.split('/')[0]}-${lang.slice(0, 2)}.png`) });
      await context.close();
    }
  });
});
