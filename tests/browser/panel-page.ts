// Shared steps for the browser tests: open the preview, inject through the panel, locate pickers and cells.

import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

export const ARTIFACTS = join(__dirname, '..', '..', 'test-artifacts', 'browser');
mkdirSync(ARTIFACTS, { recursive: true });

export function panelPage(page: Page) {
  const panel = () => page.locator('#panel');
  return {
    panel,
    picker: (item: string) => panel().getByRole('radiogroup', { name: `Niveau voor ${item}` }),
    cellText: (address: string) => page.locator(`td[data-cell="${address}"]`).textContent(),
    shot: (name: string) => page.screenshot({ path: join(ARTIFACTS, `${name}.png`) }),
    /** The accessible name of the picker holding the focus, if any. */
    focusedPicker: () =>
      page.evaluate(() => document.activeElement?.closest('[role="radiogroup"]')?.getAttribute('aria-label') ?? null),
    /** A fresh workbook with npuls injected at `detail` for `names`, the Scan part open on row 2. */
    async injected(url: string, names: readonly string[], detail: 'gebieden' | 'kva' | 'competenties' = 'gebieden') {
      await page.goto(`${url}?reset&lang=nl`);
      await panel().getByRole('tab', { name: 'Profiel invoegen' }).click();
      await panel().getByLabel('Detail').selectOption(detail);
      await panel().getByLabel('Namen (optioneel, één per regel)').fill(names.join('\n'));
      await panel().getByRole('button', { name: 'Invoegen' }).click();
      await panel()
        .getByText(/Klaar:/)
        .waitFor();
      await panel().getByRole('button', { name: 'Naar Scan' }).click();
      await page.locator('td[data-cell="A2"]').click();
      await panel().getByTestId('scan-name').getByText(names[0]!).waitFor();
    },
  };
}

/** Polls `read` until it returns `wanted` (or 5 s pass); returns the last value read, for the assertion. */
export async function until<T>(read: () => Promise<T>, wanted: T): Promise<T | undefined> {
  let last: T | undefined;
  for (let attempt = 0; attempt < 50; attempt++) {
    last = await read().catch(() => undefined);
    if (last === wanted) return last;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return last;
}
