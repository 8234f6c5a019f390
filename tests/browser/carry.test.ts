// Re-injection in the built preview in Chromium: notes typed on the Dekking sheet in the grid survive injecting
// again at another detail, and the panel says before Invoegen which of them moves where.

import { browserAvailable, previewPages } from './chromium';
import { panelPage } from './panel-page';

const suite = browserAvailable ? describe : describe.skip;

suite('re-injection keeps notes typed on Dekking', () => {
  const preview = previewPages({ width: 1280, height: 1000 });

  test('a note in M3 stays, a note under the gaps table moves right, and the summary names the move', async () => {
    const { page } = preview;
    const ui = panelPage(page);
    await ui.injected(preview.url, ['Anna', 'Bram', 'Chris']);
    await page.locator('.sheet-tabs button', { hasText: 'Dekking' }).click();
    for (const [address, text] of [
      ['M3', 'let op: Bram met verlof'],
      ['H20', 'eigen notitie onder de hiaten'],
    ] as const) {
      await page.locator(`td[data-cell="${address}"]`).dblclick();
      await page.keyboard.type(text);
      await page.keyboard.press('Enter');
    }
    expect(await ui.cellText('M3')).toBe('let op: Bram met verlof');

    const panel = ui.panel();
    await panel.getByRole('tab', { name: 'Profiel invoegen' }).click();
    await panel.getByLabel('Detail').selectOption('competenties');
    const notes = panel.getByTestId('plan-notes');
    await notes.getByText(/eigen cellen op Dekking/).waitFor();
    const line = (await notes.locator('li').allTextContents()).find((text) => text.includes('eigen cellen'))!;
    expect(line).toMatch(/^2 eigen cellen op Dekking blijven staan; Dekking!H20 gaat naar Dekking![A-Z]+20$/);
    await notes.scrollIntoViewIfNeeded();
    await ui.shot('carry-summary');

    await panel.getByRole('button', { name: 'Invoegen' }).click();
    await panel.getByText(/Klaar:/).waitFor();
    const target = /Dekking!([A-Z]+20)$/.exec(line)![1]!;
    await page.locator('.sheet-tabs button', { hasText: 'Dekking' }).click();
    expect(await ui.cellText('M3')).toBe('let op: Bram met verlof');
    expect(await ui.cellText(target)).toBe('eigen notitie onder de hiaten');
    await page.locator(`td[data-cell="${target}"]`).scrollIntoViewIfNeeded();
    await ui.shot('carry-after');
  }, 120_000);
});
