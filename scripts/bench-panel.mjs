// Panel latency for `npm run bench` (docs/design.md#10-performance-targets): in Chromium on the built preview
// (dist/preview), 60 people × every npuls item: selection → form ready and Enter → next person ready, timed in the
// page from the input event to the first frame that shows the person, beside a baseline from the same run (the
// same click to the next frame, the floor any panel pays), Dekking after an edit in the grid, and the injection of the
// 60 names.

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
/** Injections of the 60 names, each into a fresh workbook: about half a second each. */
const INJECTIONS = 3;

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/**
 * Arms a watch in the page: from the next `event` (its timeStamp) until the panel is `ready`, then one more frame;
 * resolves with the milliseconds (NaN when it is not ready within 10 s). `ready` is one of: { frame } (the next
 * frame only), { person, other } (the form shows `person` with its pickers, or with `other` any person but them),
 * { selector, before } (the text of `selector` differs from `before`).
 */
function arm(page, event, ready) {
  return page.evaluate(
    ({ event, ready }) => {
      window.__latency = new Promise((resolve) => {
        // A state that never comes is reported as not reached, not waited for.
        setTimeout(() => resolve(Number.NaN), 10_000);
        const reached = () => {
          if (ready.frame) return true;
          if (ready.selector) return document.querySelector(ready.selector)?.textContent !== ready.before;
          const person = document.querySelector('#panel [data-testid="scan-name"]')?.textContent;
          if (!person || (ready.other ? person === ready.person : person !== ready.person)) return false;
          return document.querySelector('#panel [role="radiogroup"]') !== null;
        };
        window.addEventListener(
          event,
          (start) => {
            const t0 = start.timeStamp;
            const done = () => requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0), 0));
            if (reached()) return done();
            const observer = new MutationObserver(() => {
              if (!reached()) return;
              observer.disconnect();
              done();
            });
            observer.observe(document.getElementById('panel'), { subtree: true, childList: true, characterData: true });
          },
          { capture: true, once: true },
        );
      });
    },
    { event, ready },
  );
}

const measured = (page) => page.evaluate(() => window.__latency);

/** Injects the profile with `names` into a fresh preview workbook; the milliseconds from Invoegen to "Klaar". */
async function inject(page, url, names) {
  const panel = page.locator('#panel');
  await page.goto(`${url}?reset&lang=nl`);
  await panel.getByRole('tab', { name: 'Profiel invoegen' }).click();
  await panel.getByLabel('Detail').selectOption('competenties');
  await panel.getByLabel('Namen (optioneel, één per regel)').fill(names.join('\n'));
  const start = Date.now();
  await panel.getByRole('button', { name: 'Invoegen' }).click();
  await panel.getByText(/Klaar:/).waitFor();
  return Date.now() - start;
}

/**
 * Dekking after an edit: with Dekking shown, a level typed into a person's first item cell (E, BAS-K1) in the grid, from the
 * Enter that ends the edit to the frame after that person's row of the heat map changed (the panel reads the
 * workbook again on its own when the matrix changes).
 */
async function coverageAfterEdits(page, rounds) {
  const panel = page.locator('#panel');
  await panel.getByRole('tab', { name: 'Dekking' }).click();
  await panel.getByTestId('heat-map').waitFor();
  const times = [];
  for (let i = 0; i < rounds; i++) {
    const row = 3 + (i % (PEOPLE - 2));
    const heatRow = `#panel [data-testid="heat-map"] tbody tr:nth-child(${row - 1})`;
    const before = await page.locator(heatRow).textContent();
    const cell = page.locator(`td[data-cell="E${row}"]`);
    const typed = (await cell.textContent())?.trim() === '4' ? '0' : '4';
    await cell.dblclick();
    await page.keyboard.press('Control+A');
    await page.keyboard.type(typed);
    await arm(page, 'keydown', { selector: heatRow, before });
    await page.keyboard.press('Enter');
    times.push(await measured(page));
  }
  return times;
}

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
    // Each injection into a fresh workbook; the figure is their median, the last one stays for the rounds below.
    const injections = [];
    for (let i = 0; i < INJECTIONS; i++) injections.push(await inject(page, url, names));

    await panel.getByRole('button', { name: 'Naar Scan' }).click();
    await page.locator('td[data-cell="A2"]').click();
    await panel.getByTestId('scan-name').getByText(names[0], { exact: true }).waitFor();

    const baseline = [];
    const selection = [];
    for (let i = 0; i < WARM_UP + RUNS; i++) {
      // Baseline: a click on the header cell, timed to the next frame.
      await arm(page, 'click', { frame: true });
      await page.locator('td[data-cell="A1"]').click();
      baseline.push(await measured(page));
      const row = 3 + (i % (PEOPLE - 2));
      await arm(page, 'click', { person: names[row - 2] });
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
      await arm(page, 'keydown', { person: current, other: true });
      await page.keyboard.press('Enter');
      next.push(await measured(page));
    }
    const coverage = await coverageAfterEdits(page, WARM_UP + RUNS);
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
      line('Dekking after an edit', coverage.slice(WARM_UP)),
      line('first selection (one run)', selection.slice(0, 1)),
      line(`injection of 60 names (median of ${INJECTIONS})`, injections),
    ].join('\n');
  } finally {
    await browser.close();
    server.close();
  }
}
