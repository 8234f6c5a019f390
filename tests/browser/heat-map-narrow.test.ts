// At 320 px the heat map is not cut off: every column is inside the panel or reachable by scrolling its own box,
// and the panel itself never scrolls sideways.

import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { browserAvailable, launch, servePreview, stopStarted } from './chromium';

const ARTIFACTS = join(__dirname, '..', '..', 'test-artifacts', 'browser');
const suite = browserAvailable ? describe : describe.skip;

suite('the heat map at 320 px', () => {
  let browser: Browser;
  let server: { url: string; close: () => Promise<void> };

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    server = await servePreview();
    browser = await launch();
  }, 120_000);

  afterAll(stopStarted);

  test('scrolls inside its own box and its last column can be seen', async () => {
    const page = await browser.newPage({ viewport: { width: 320, height: 900 } });
    page.setDefaultTimeout(10_000);
    await page.goto(`${server.url}?reset&lang=nl`);
    const panel = page.locator('#panel');
    await panel.getByLabel('Namen (optioneel, één per regel)').fill('Anna de Vries\nBram Jansen');
    await panel.getByRole('button', { name: 'Invoegen' }).click();
    await panel.getByText(/Klaar:/).waitFor();
    await panel.getByRole('tab', { name: 'Dekking' }).click();
    const region = panel.getByRole('region', { name: 'Niveaus per persoon en gebied' });
    await region.waitFor();
    const measure = await region.evaluate((box) => {
      const panelBox = document.getElementById('panel')!;
      const table = box.querySelector('table')!;
      const last = table.querySelector('thead tr')!.lastElementChild!;
      box.scrollLeft = box.scrollWidth;
      const boxRect = box.getBoundingClientRect();
      const lastRect = last.getBoundingClientRect();
      return {
        panelOverflow: panelBox.scrollWidth - panelBox.clientWidth,
        boxRight: boxRect.right,
        panelRight: panelBox.getBoundingClientRect().right,
        lastRight: lastRect.right,
        lastLeft: lastRect.left,
        boxLeft: boxRect.left,
      };
    });
    await region.screenshot({ path: join(ARTIFACTS, 'heat-map-320px.png') });
    expect(measure.panelOverflow).toBeLessThanOrEqual(0);
    // The box stays within the panel, and scrolled to its end, the last column is wholly inside the box.
    expect(measure.boxRight).toBeLessThanOrEqual(measure.panelRight + 0.5);
    expect(measure.lastRight).toBeLessThanOrEqual(measure.boxRight + 0.5);
    expect(measure.lastLeft).toBeGreaterThanOrEqual(measure.boxLeft - 0.5);
    await page.close();
  }, 60_000);
});
