// The scan form's focus in Chromium arrives with what it is for: the next person's first picker as their name
// shows, the unsaved prompt's first choice as the prompt shows; a key typed at that moment lands there.

import type { Page } from 'playwright-core';
import { browserAvailable, previewPages } from './chromium';
import { panelPage, until } from './panel-page';

const suite = browserAvailable ? describe : describe.skip;

/**
 * Watches the panel for the first render in which `selector` matches (and holds `text`, when given); in that same
 * task, before any later frame or timer, records the focused element's label and sends it `key` (if any), as a fast
 * typist's next key would arrive. Resolves in the page with what was focused then.
 */
function keyWhenShown(page: Page, selector: string, text: string | null, key: string | null) {
  return page.evaluate(
    ({ selector, text, key }) => {
      const w = window as unknown as { __shown?: Promise<string | null> };
      w.__shown = new Promise((resolve) => {
        const observer = new MutationObserver(() => {
          const element = document.querySelector(selector);
          if (!element || (text !== null && element.textContent !== text)) return;
          observer.disconnect();
          const focused = document.activeElement;
          const label =
            focused?.closest('[role="radiogroup"]')?.getAttribute('aria-label') ??
            focused?.textContent?.slice(0, 40) ??
            null;
          if (key) focused?.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
          resolve(label);
        });
        observer.observe(document.getElementById('panel')!, { subtree: true, childList: true, characterData: true });
      });
    },
    { selector, text, key },
  );
}

const shownFocus = (page: Page) =>
  page.evaluate(() => (window as unknown as { __shown: Promise<string | null> }).__shown);

suite('scan focus arrives with the person or prompt it is for', () => {
  const preview = previewPages({ width: 1280, height: 900 });

  test('a digit typed as the next person shows rates their first item, not the item the last one ended on', async () => {
    const { page } = preview;
    const ui = panelPage(page);
    await ui.injected(preview.url, ['Anna', 'Bram']);
    await ui.picker('Basis').getByRole('radio').first().focus();
    await page.keyboard.type('231042');
    await ui.panel().getByText('6 van 6 ingevuld').waitFor();
    await keyWhenShown(page, '[data-testid="scan-name"]', 'Bram', '2');
    await page.keyboard.press('Enter');
    expect(await shownFocus(page)).toBe('Niveau voor Basis');
    const checked = (item: string) =>
      ui
        .picker(item)
        .getByRole('radio', { checked: true })
        .getAttribute('aria-label')
        .catch(() => null);
    expect(await until(() => checked('Basis'), '2 Bekwaam')).toBe('2 Bekwaam');
    expect(await ui.focusedPicker()).toBe('Niveau voor Bruggenbouwer');
    expect(await checked('Innovator')).toBeNull();
    await ui.panel().getByText('1 van 6 ingevuld').waitFor();
  });

  test('keys typed while Enter saves and opens the next person are theirs, in order, Enter included', async () => {
    const { page } = preview;
    const ui = panelPage(page);
    await ui.injected(preview.url, ['Anna', 'Bram', 'Chris']);
    await ui.picker('Basis').getByRole('radio').first().focus();
    await page.keyboard.type('231042');
    await ui.panel().getByText('6 van 6 ingevuld').waitFor();
    // Enter, then Bram's six keys, Enter and Chris's six, all in one task: before the save has even started.
    const focusedThen = await page.evaluate(() => {
      const focused = document.activeElement!;
      for (const key of ['Enter', ...'31n421', 'Enter', ...'404140']) {
        focused.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
      }
      return focused.textContent;
    });
    expect(focusedThen).toBe('Opslaan');
    await ui.panel().getByTestId('scan-name').getByText('Chris', { exact: true }).waitFor();
    await ui.panel().getByText('6 van 6 ingevuld').waitFor();
    const row = (r: number) => Promise.all([...'EFGHIJ'].map((column) => ui.cellText(`${column}${r}`)));
    expect(await row(2)).toEqual(['2', '3', '1', '0', '4', '2']);
    expect(await until(() => row(3).then((cells) => cells.join(' ')), '3 1 n.v.t. 4 2 1')).toBe('3 1 n.v.t. 4 2 1');
    // Chris's answers are in the form, not yet saved; the focus is on Opslaan as after typing them.
    const levels = await ui
      .panel()
      .evaluate((panel) =>
        [...panel.querySelectorAll('[role="radiogroup"]')].map(
          (group) => group.querySelector('[aria-checked="true"]')?.getAttribute('aria-label')?.[0] ?? null,
        ),
      );
    expect(levels).toEqual(['4', '0', '4', '1', '4', '0']);
    expect(await row(4)).toEqual(['', '', '', '', '', '']);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Opslaan');
  });

  test('a slow click on a picker half behind the footer counts: the form does not scroll it from under the pointer', async () => {
    const { page } = preview;
    const ui = panelPage(page);
    await ui.injected(preview.url, ['Anna']);
    const chip = ui.picker('Didacticus').getByRole('radio', { name: /^2 / });
    // Scroll so that the chip sits just above the sticky footer and the picker's caption is behind it.
    const point = await chip.evaluate((element) => {
      let scroller = element.parentElement;
      while (
        scroller &&
        !(scroller.scrollHeight > scroller.clientHeight && /auto|scroll/.test(getComputedStyle(scroller).overflowY))
      ) {
        scroller = scroller.parentElement;
      }
      const footer = document.querySelector('[data-testid="scan-footer"]')!;
      scroller!.scrollTop += element.getBoundingClientRect().bottom - (footer.getBoundingClientRect().top - 4);
      const box = element.getBoundingClientRect();
      return { x: box.left + box.width / 2, y: box.bottom - 3 };
    });
    // A user's press and release are frames apart: whatever the form does on the press is drawn before the release.
    await page.mouse.move(point.x, point.y);
    await page.mouse.down();
    await page.evaluate(async () => {
      for (let frame = 0; frame < 3; frame++) await new Promise((resolve) => requestAnimationFrame(resolve));
    });
    await page.mouse.up();
    expect(await chip.getAttribute('aria-checked')).toBe('true');
    await ui.panel().getByText('1 van 6 ingevuld').waitFor();
  });

  test('the unsaved prompt holds the focus as it shows, so Enter typed at once answers it: saved and moved on', async () => {
    const { page } = preview;
    const ui = panelPage(page);
    await ui.injected(preview.url, ['Anna', 'Bram']);
    await ui.picker('Coach').getByRole('radio', { name: /^3 / }).click();
    await keyWhenShown(page, '[role="alertdialog"]', null, null);
    await page.locator('td[data-cell="A3"]').click();
    expect(await shownFocus(page)).toBe('Opslaan en verder');
    await page.keyboard.press('Enter');
    await ui.panel().getByTestId('scan-name').getByText('Bram').waitFor();
    expect(await until(() => ui.cellText('H2'), '3')).toBe('3');
  });
});
