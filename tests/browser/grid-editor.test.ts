// The preview grid's cell editor in Chromium: keys typed while the editor is still opening (before it holds the
// focus) reach it in order, after a double-click and when typing starts an edit; nothing typed is lost.

import type { Page } from 'playwright-core';
import { browserAvailable, previewPages } from './chromium';
import { panelPage } from './panel-page';

const suite = browserAvailable ? describe : describe.skip;

/**
 * Opens the editor of `address` (by double-click, or by typing on the selected cell when `open` is a key) and
 * sends `early` keys in the same task, before the editor's focus arrives; reports what the page looked like then.
 */
function openAndTypeEarly(page: Page, address: string, open: 'dblclick' | { key: string }, early: string[]) {
  return page.evaluate(
    async ({ address, open, early }) => {
      const settle = () => new Promise<void>((resolve) => queueMicrotask(resolve));
      const key = (target: EventTarget, name: string) =>
        target.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true, cancelable: true }));
      const cell = document.querySelector(`td[data-cell="${address}"]`)!;
      if (open === 'dblclick') cell.dispatchEvent(new MouseEvent('dblclick', { bubbles: true }));
      else key(document.activeElement!, open.key);
      await settle();
      await settle();
      const editor = cell.querySelector('input');
      const state = { editorShown: editor !== null, editorFocused: document.activeElement === editor };
      // The first early key goes to the grid, the rest to the page itself (the focus can sit on the body).
      early.forEach((name, index) => {
        if (index === 1) (document.activeElement as HTMLElement | null)?.blur();
        key(index === 0 ? document.activeElement! : document.body, name);
      });
      return state;
    },
    { address, open, early },
  );
}

/** Once the editor of `address` holds the focus: types the rest and presses Enter. */
async function typeRestAndSave(page: Page, address: string, rest: string) {
  await page.locator(`td[data-cell="${address}"] input:focus`).waitFor();
  await page.keyboard.type(rest);
  await page.keyboard.press('Enter');
}

suite('the preview grid keeps every key typed while a cell editor opens', () => {
  const preview = previewPages({ width: 1100, height: 700 });

  test('double-click: early keys start the text, later keys follow, Enter saves', async () => {
    const { page } = preview;
    const ui = panelPage(page);
    await page.goto(`${preview.url}?reset&lang=nl`);
    await page.locator('td[data-cell="B2"]').click();
    const state = await openAndTypeEarly(page, 'B2', 'dblclick', ['e', 'i']);
    // The condition under test: the editor is on the page and does not hold the focus yet.
    expect(state).toEqual({ editorShown: true, editorFocused: false });
    await typeRestAndSave(page, 'B2', 'gen notitie');
    expect(await ui.cellText('B2')).toBe('eigen notitie');
  });

  test('double-click on a filled cell: the first early key replaces its text, as a key typed in the editor does', async () => {
    const { page } = preview;
    const ui = panelPage(page);
    await page.goto(`${preview.url}?reset&lang=nl`);
    await page.locator('td[data-cell="C3"]').dblclick();
    await page.keyboard.type('oud');
    await page.keyboard.press('Enter');
    expect(await ui.cellText('C3')).toBe('oud');
    const state = await openAndTypeEarly(page, 'C3', 'dblclick', ['n', 'i']);
    expect(state.editorFocused).toBe(false);
    await typeRestAndSave(page, 'C3', 'euw');
    expect(await ui.cellText('C3')).toBe('nieuw');
  });

  test('typing on a selected cell: every key after the first stays, the caret at the end', async () => {
    const { page } = preview;
    const ui = panelPage(page);
    await page.goto(`${preview.url}?reset&lang=nl`);
    await page.locator('td[data-cell="A4"]').click();
    const state = await openAndTypeEarly(page, 'A4', { key: 'h' }, ['o']);
    expect(state.editorFocused).toBe(false);
    await typeRestAndSave(page, 'A4', 'og');
    expect(await ui.cellText('A4')).toBe('hoog');
  });

  test('Enter typed before the editor has the focus saves, and Escape cancels', async () => {
    const { page } = preview;
    const ui = panelPage(page);
    await page.goto(`${preview.url}?reset&lang=nl`);
    await page.locator('td[data-cell="B5"]').click();
    await openAndTypeEarly(page, 'B5', { key: '3' }, ['Enter']);
    await page.locator('td[data-cell="B5"] input').waitFor({ state: 'detached' });
    expect(await ui.cellText('B5')).toBe('3');
    await openAndTypeEarly(page, 'B5', 'dblclick', ['7', 'Escape']);
    await page.locator('td[data-cell="B5"] input').waitFor({ state: 'detached' });
    expect(await ui.cellText('B5')).toBe('3');
  });
});
