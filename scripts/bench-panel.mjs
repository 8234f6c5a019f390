// Panel latency for `npm run bench` (docs/design.md#10-performance-targets): in Chromium on the built preview
// (dist/preview), 60 people × every npuls item: selection → form ready and Enter → next person ready, timed in the
// page from the input event to the first frame that shows the person, beside a baseline from the same run (the
// same click to the next frame, the floor any panel pays), and the injection of the 60 names.

import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { startServer } from './serve.mjs';

const CHROMIUM = '/usr/bin/chromium';
const PEOPLE = 60;
const RUNS = 15;
/**
 * Rounds before the measured ones, the same steps untimed: the first few forms are drawn by code the engine has not
 * optimized yet (a selection then takes up to twice as long), and a median of 9 rounds mixed them in or not by chance.
 * The first selection is printed on its own line.
 */
const WARM_UP = 5;

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/**
 * Arms a watch in the page: from the next `event` (its timeStamp) until the panel shows `name` with its pickers
 * (or, with `other`, any person but `name`), then one more frame; resolves with the milliseconds. With `name`
 * null it waits for the next frame only.
 */
function arm(page, event, name, other = false) {
  return page.evaluate(
    ({ event, name, other }) => {
      window.__latency = new Promise((resolve) => {
        // A person that never shows is reported as not reached, not waited for.
        setTimeout(() => resolve(Number.NaN), 10_000);
        window.addEventListener(
          event,
          (start) => {
            const t0 = start.timeStamp;
            const done = () => requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0), 0));
            if (name === null) return done();
            const ready = () => {
              const shown = document.querySelector('#panel [data-testid="scan-name"]');
              const person = shown?.textContent;
              if (!person || (other ? person === name : person !== name)) return false;
              return document.querySelector('#panel [role="radiogroup"]') !== null;
            };
            if (ready()) return done();
            const observer = new MutationObserver(() => {
              if (!ready()) return;
              observer.disconnect();
              done();
            });
            observer.observe(document.getElementById('panel'), { subtree: true, childList: true, characterData: true });
          },
          { capture: true, once: true },
        );
      });
    },
    { event, name, other },
  );
}

const measured = (page) => page.evaluate(() => window.__latency);

export async function panelFigures() {
  if (!existsSync('dist/preview/preview.js')) return '  (no dist/preview: run `npm run build` first)';
  if (!existsSync(CHROMIUM)) return `  (no ${CHROMIUM}: panel latency not measured)`;
  const { server, url } = await startServer({ root: 'dist', port: 0 });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.setDefaultTimeout(60_000);
    const panel = page.locator('#panel');
    const names = Array.from({ length: PEOPLE }, (_, i) => `Persoon ${i + 1}`);
    await page.goto(`${url}?reset&lang=nl`);
    await panel.getByRole('tab', { name: 'Profiel invoegen' }).click();
    await panel.getByLabel('Detail').selectOption('competenties');
    await panel.getByLabel('Namen (optioneel, één per regel)').fill(names.join('\n'));
    const injectStart = Date.now();
    await panel.getByRole('button', { name: 'Invoegen' }).click();
    await panel.getByText(/Klaar:/).waitFor();
    const injectMs = Date.now() - injectStart;

    await panel.getByRole('button', { name: 'Naar Scan' }).click();
    await page.locator('td[data-cell="A2"]').click();
    await panel.getByTestId('scan-name').getByText(names[0], { exact: true }).waitFor();

    const baseline = [];
    const selection = [];
    for (let i = 0; i < WARM_UP + RUNS; i++) {
      // Baseline: a click on the header cell, timed to the next frame.
      await arm(page, 'click', null);
      await page.locator('td[data-cell="A1"]').click();
      baseline.push(await measured(page));
      const row = 3 + (i % (PEOPLE - 2));
      await arm(page, 'click', names[row - 2]);
      await page.locator(`td[data-cell="A${row}"]`).click();
      selection.push(await measured(page));
    }
    const next = [];
    for (let i = 0; i < WARM_UP + RUNS; i++) {
      const current = await panel.getByTestId('scan-name').textContent();
      await panel.getByRole('radiogroup').first().getByRole('radio').first().focus();
      await page.keyboard.type('2');
      // Enter on Opslaan (or on the last item) saves the person and moves on to the next.
      await panel.getByRole('button', { name: 'Opslaan', exact: true }).focus();
      await arm(page, 'keydown', current, true);
      await page.keyboard.press('Enter');
      next.push(await measured(page));
    }
    const line = (label, values, target) => {
      if (values.some(Number.isNaN)) return `  ${label.padEnd(34)}  not reached within 10 s`;
      const ms = median(values);
      const verdict = target === undefined ? '' : `   (target ≤ ${target} ms: ${ms <= target ? 'met' : 'NOT MET'})`;
      return `  ${label.padEnd(34)}${ms.toFixed(0).padStart(6)} ms${verdict}`;
    };
    return [
      `Chromium, preview, ${PEOPLE} × 127 (competenties), medians of ${RUNS} after ${WARM_UP} untimed, in-page from the event to the next frame:`,
      line('baseline: click → next frame', baseline.slice(WARM_UP)),
      line('selection → form ready', selection.slice(WARM_UP), 100),
      line('Enter → next person ready', next.slice(WARM_UP), 100),
      line('first selection (one run)', selection.slice(0, 1)),
      `  ${'injection of 60 names (one run)'.padEnd(34)}${String(injectMs).padStart(6)} ms`,
    ].join('\n');
  } finally {
    await browser.close();
    server.close();
  }
}
