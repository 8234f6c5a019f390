// Chromium through playwright-core, as the other browser suites drive it (Debian's /usr/bin/chromium).

import { launch } from '../chromium';
import type { Engine, EnginePage } from './engine';

export async function chromiumEngine(): Promise<Engine> {
  const browser = await launch();
  return {
    name: 'chromium',
    async open(viewport) {
      const page = await browser.newPage({ viewport });
      page.setDefaultTimeout(10_000);
      const engine: EnginePage = {
        goto: async (url) => void (await page.goto(url)),
        evaluate: async (expression) => JSON.parse(await page.evaluate(`JSON.stringify((${expression}) ?? null)`)),
        clickAt: (x, y) => page.mouse.click(x, y, { delay: 50 }),
        async press(keys) {
          for (const key of keys) await page.keyboard.press(key);
        },
        screenshot: () => page.screenshot(),
        otherWindowTexts: () =>
          Promise.all(
            page
              .context()
              .pages()
              .filter((other) => other !== page)
              .map((other) => other.evaluate(() => document.body.textContent)),
          ),
        close: () => page.close(),
      };
      return engine;
    },
    close: () => browser.close(),
  };
}
