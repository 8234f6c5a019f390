// The panel's journeys in each engine its hosts use (docs/design.md#8-architecture): Chromium (WebView2, Chrome, Edge), Firefox ESR and
// WebKitGTK (Safari, Excel for Mac's WKWebView), all from Debian's packages. One list of journeys, the engine a
// parameter, one preview build and one server for all; a failing journey leaves a screenshot per engine.

import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM, servePreview, stopStarted } from './chromium';
import { chromiumEngine } from './engines/chromium-engine';
import { DriverTimeout, type Engine, type EngineName, type EnginePage } from './engines/engine';
import { FIREFOX, firefoxEngine, firefoxInstalled } from './engines/firefox-engine';
import { JOURNEYS } from './engines/journeys';
import { webkitEngine, webkitInstalled } from './engines/webkit-engine';
import { ARTIFACTS } from './panel-page';

const SHOTS = join(ARTIFACTS, 'engines');
mkdirSync(SHOTS, { recursive: true });

const ENGINES: readonly { name: EngineName; installed: () => boolean; needs: string; start: () => Promise<Engine> }[] =
  [
    { name: 'chromium', installed: () => existsSync(CHROMIUM), needs: 'chromium', start: chromiumEngine },
    { name: 'firefox', installed: firefoxInstalled, needs: `firefox-esr (${FIREFOX})`, start: firefoxEngine },
    { name: 'webkit', installed: webkitInstalled, needs: 'webkit2gtk-driver and xvfb', start: webkitEngine },
  ];

let server: { url: string } | undefined;
beforeAll(async () => {
  server = await servePreview();
}, 120_000);
afterAll(stopStarted);

const file = (text: string) => text.replace(/[^a-z0-9]+/gi, '-').toLowerCase();

for (const engine of ENGINES) {
  // Under CI=true a missing engine fails (its start throws); locally it is skipped with a note.
  const run = engine.installed() || process.env.CI === 'true';
  if (!run) console.warn(`engines: ${engine.name} skipped, not installed (Debian: ${engine.needs})`);
  (run ? describe : describe.skip)(`panel journeys in ${engine.name}`, () => {
    let started: Engine | undefined;
    beforeAll(async () => {
      started = await engine.start();
    }, 120_000);
    afterAll(async () => started?.close());

    /** One run of a journey in a fresh page; a failure leaves a screenshot. */
    const runOnce = async (journey: (typeof JOURNEYS)[number]) => {
      const page: EnginePage = await started!.open({ width: 1280, height: 800 });
      const shot = async (name: string) =>
        writeFileSync(join(SHOTS, `${engine.name}-${name}.png`), await page.screenshot());
      try {
        await journey.run(page, server!.url, shot);
      } catch (error) {
        await shot(`failed-${file(journey.name)}`).catch(() => undefined);
        throw error;
      } finally {
        await page.close();
      }
    };

    for (const journey of JOURNEYS) {
      test(journey.name, async () => {
        try {
          await runOnce(journey);
        } catch (error) {
          // A command the driver left unanswered is the driver's fault: the journey runs again once, in a fresh
          // page. A state the panel did not reach, or an assertion, fails at once.
          if (!(error instanceof DriverTimeout)) throw error;
          console.warn(`engines: ${engine.name}, "${journey.name}": ${error.message}; running it again`);
          await runOnce(journey);
        }
      }, 240_000);
    }
  });
}
