// Reports in the built preview in chromium: Dekking's Teamrapport and Scan's Persoonlijk rapport open a new window
// holding the report (SVG charts, a Print button that prints it) that loads nothing at all; English too; the
// anonymous report is refused in the panel below five scanned people. Screenshots in test-artifacts/browser/.

import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { browserAvailable, previewPages } from './chromium';
import { ARTIFACTS, panelPage } from './panel-page';

const suite = browserAvailable ? describe : describe.skip;

const SCANS: Record<string, string> = { Anna: '231042', Bram: '313421', Chris: '404140' };

suite('reports in the preview', () => {
  const preview = previewPages({ width: 1280, height: 800 });

  /** Injects and scans three people with the keyboard loop (6 digits + Enter each). */
  async function scannedTeam() {
    const { page } = preview;
    const ui = panelPage(page);
    const names = Object.keys(SCANS);
    await ui.injected(preview.url, names);
    await ui.picker('Basis').getByRole('radio').first().focus();
    for (const name of names) {
      await ui.panel().getByTestId('scan-name').getByText(name).waitFor();
      for (const key of SCANS[name]!) await page.keyboard.press(key);
      await page.keyboard.press('Enter');
      await ui.panel().getByTestId('scan-notice').getByText(`Opgeslagen voor ${name}.`).waitFor();
    }
    return ui;
  }

  /** Clicks `button` and returns the window it opens, with every request made from the click on. */
  async function openedBy(click: () => Promise<void>) {
    const { page } = preview;
    const requests: string[] = [];
    page.context().on('request', (request) => requests.push(request.url()));
    const [report] = await Promise.all([page.context().waitForEvent('page'), click()]);
    await report.waitForLoadState();
    await report.locator('svg').first().waitFor();
    return { report, requests };
  }

  async function checkReportPage(report: Page, printLabel: string) {
    // The Print button's script is the page's only one; the policy forbids anything from elsewhere.
    expect(await report.locator('script').count()).toBe(1);
    expect(await report.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).toMatch(
      /^default-src 'none'; script-src 'sha256-[^']+';/,
    );
    expect(await report.locator('[src], link[href]').count()).toBe(0);
    const print = report.locator('#teamscan-print');
    expect(await print.textContent()).toBe(printLabel);
    // The inline script runs (its hash is allowed): Print calls window.print.
    await report.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed++;
      };
    });
    await print.click();
    expect(await report.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    // In print the button is hidden by the report's own CSS.
    await report.emulateMedia({ media: 'print' });
    expect(await print.isVisible()).toBe(false);
    await report.emulateMedia({ media: 'screen' });
  }

  test('Teamrapport opens a window with the team report; it loads nothing; Print prints it', async () => {
    const ui = await scannedTeam();
    await ui.panel().getByRole('tab', { name: 'Dekking' }).click();
    const reports = ui.panel().getByTestId('team-reports');
    const { report, requests } = await openedBy(() =>
      reports.getByRole('button', { name: 'Teamrapport', exact: true }).click(),
    );
    expect(await report.locator('html').getAttribute('lang')).toBe('nl');
    expect(await report.locator('h1').first().textContent()).toBe('Teamscan — teambeeld');
    expect(await report.locator('svg').count()).toBeGreaterThan(0);
    for (const name of Object.keys(SCANS)) expect(await report.getByText(name).count()).toBeGreaterThan(0);
    await report.screenshot({ path: join(ARTIFACTS, 'report-team-nl.png'), fullPage: true });
    await checkReportPage(report, 'Afdrukken of pdf bewaren');
    expect(requests).toEqual([]);
    await report.close();

    // Three scanned people: the anonymous report cannot be asked for below k = 5 (docs/design.md#9-reliability-and-privacy);
    // the button stays focusable and points to the reason shown under it.
    const anonymous = reports.getByRole('button', { name: 'Anoniem teamrapport' });
    expect(await anonymous.getAttribute('aria-disabled')).toBe('true');
    const why = reports.getByTestId('report-anonymous-why');
    expect(await anonymous.getAttribute('aria-describedby')).toBe('report-anonymous-why');
    expect(await why.textContent()).toMatch(/vanaf 5 gescande mensen; nu zijn het er 3/);
    await ui.shot('report-anonymous-refused');
  });

  test('Persoonlijk rapport opens the selected person’s report', async () => {
    const ui = await scannedTeam();
    await preview.page.locator('td[data-cell="A3"]').click();
    await ui.panel().getByTestId('scan-name').getByText('Bram').waitFor();
    const { report, requests } = await openedBy(() =>
      ui.panel().getByRole('button', { name: 'Persoonlijk rapport' }).click(),
    );
    expect(await report.locator('h1').first().textContent()).toBe('Teamscan — gespreksdocument: Bram');
    await report.screenshot({ path: join(ARTIFACTS, 'report-personal-nl.png'), fullPage: true });
    await checkReportPage(report, 'Afdrukken of pdf bewaren');
    expect(requests).toEqual([]);
  });

  test('in English the report and its button are English', async () => {
    const ui = await scannedTeam();
    await ui.panel().getByLabel('Taal').selectOption('en');
    await ui.panel().getByRole('tab', { name: 'Coverage' }).click();
    const { report, requests } = await openedBy(() =>
      ui.panel().getByTestId('team-reports').getByRole('button', { name: 'Team report', exact: true }).click(),
    );
    expect(await report.locator('html').getAttribute('lang')).toBe('en');
    expect(await report.locator('h1').first().textContent()).toBe('Teamscan — team picture');
    await report.screenshot({ path: join(ARTIFACTS, 'report-team-en.png'), fullPage: true });
    await checkReportPage(report, 'Print or save as PDF');
    expect(requests).toEqual([]);
  });
});
