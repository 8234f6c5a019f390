// The built preview asks before "Leeg werkboek" wipes the workbook: Escape and Annuleren keep the work, focus
// starts on Annuleren, Leegmaken empties; screenshots of the question in nl and en.

import { join } from 'node:path';
import { browserAvailable, previewPages } from './chromium';
import { ARTIFACTS, panelPage } from './panel-page';

const suite = browserAvailable ? describe : describe.skip;

suite('Leeg werkboek asks first', () => {
  const preview = previewPages({ width: 1100, height: 700 });

  test('Escape and Annuleren keep a typed cell; Leegmaken empties the workbook', async () => {
    const { page } = preview;
    const ui = panelPage(page);
    await page.goto(`${preview.url}?reset&lang=nl`);
    await page.locator('td[data-cell="B2"]').dblclick();
    await page.keyboard.type('eigen werk');
    await page.keyboard.press('Enter');
    expect(await ui.cellText('B2')).toBe('eigen werk');

    await page.locator('#reset').click();
    const dialog = page.getByRole('alertdialog', { name: 'Werkboek leegmaken?' });
    await dialog.waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Annuleren');
    await page.screenshot({ path: join(ARTIFACTS, 'reset-dialog-nl.png') });
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('reset');
    expect(await ui.cellText('B2')).toBe('eigen werk');

    // Enter on the focused default (Annuleren) cancels too.
    await page.locator('#reset').click();
    await dialog.waitFor();
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await page.reload();
    expect(await ui.cellText('B2')).toBe('eigen werk');

    await page.locator('#reset').click();
    await dialog.getByRole('button', { name: 'Leegmaken' }).click();
    await page.waitForLoadState('load');
    await page.locator('td[data-cell="B2"]').waitFor();
    expect(await ui.cellText('B2')).toBe('');
  });

  test('in English', async () => {
    const { page } = preview;
    await page.goto(`${preview.url}?reset&lang=en`);
    await page.locator('#reset').click();
    const dialog = page.getByRole('alertdialog', { name: 'Empty the workbook?' });
    await dialog.waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Cancel');
    await page.screenshot({ path: join(ARTIFACTS, 'reset-dialog-en.png') });
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
  });
});
