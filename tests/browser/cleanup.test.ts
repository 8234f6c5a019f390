// The browser suites' clean-up ends what a suite started even when its start had not finished (a beforeAll that
// timed out under load): otherwise the preview server or chromium lives on and jest never exits.

import { browserAvailable, launch, servePreview, stopStarted } from './chromium';

const suite = browserAvailable ? describe : describe.skip;

suite('stopStarted', () => {
  test('stops a preview server still building', async () => {
    const starting = servePreview();
    await stopStarted();
    await expect(starting).rejects.toThrow(/preview server stopped/);
  });

  test('closes a browser still launching', async () => {
    const starting = launch();
    await stopStarted();
    const browser = await starting;
    expect(browser.isConnected()).toBe(false);
  }, 60_000);
});
