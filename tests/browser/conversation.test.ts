// The built preview in Chromium (docs/design.md#the-development-conversation): Profiel invoegen with the conversation's sheets in
// Dutch and English — the choice, who can read them, the sheets in the workbook; screenshots in test-artifacts/browser.

import { browserAvailable, previewPages } from './chromium';
import { panelPage } from './panel-page';

const suite = browserAvailable ? describe : describe.skip;

const TEXTS = {
  nl: {
    tab: 'Profiel invoegen',
    names: 'Namen (optioneel, één per regel)',
    choice: 'Ontwikkelgesprek: bladen Tweede blik en Ontwikkelplan',
    privacy: /Iedereen die dit werkboek kan openen, kan deze bladen lezen/,
    insert: 'Invoegen',
    done: /Klaar:/,
  },
  en: {
    tab: 'Insert profile',
    names: 'Names (optional, one per line)',
    choice: 'Development conversation: sheets Tweede blik and Ontwikkelplan',
    privacy: /Everyone who can open this workbook can read these sheets/,
    insert: 'Insert',
    done: /Done:/,
  },
} as const;

suite('the development conversation in the preview', () => {
  const ctx = previewPages({ width: 1280, height: 800 });

  test.each(['nl', 'en'] as const)(
    '%s: the sheets on request, named, their privacy said',
    async (lang) => {
      const { page, url } = ctx;
      const ui = panelPage(page);
      const t = TEXTS[lang];
      await page.goto(`${url}?reset&lang=${lang}`);
      await ui.panel().getByRole('tab', { name: t.tab }).click();
      await ui.panel().getByLabel(t.names).fill('Anna\nBram');
      await ui.panel().getByRole('checkbox', { name: t.choice }).check();
      await ui.panel().getByText(t.privacy).waitFor();
      await ui.shot(`conversation-inject-${lang}`);
      await ui.panel().getByRole('button', { name: t.insert, exact: true }).click();
      await ui.panel().getByText(t.done).waitFor();
      await page.locator('.sheet-tabs button', { hasText: 'Tweede blik' }).click();
      expect(await ui.cellText('A2')).toBe('Anna');
      expect(await ui.cellText('A3')).toBe('Bram');
      await ui.shot(`conversation-second-view-${lang}`);
      await page.locator('.sheet-tabs button', { hasText: 'Ontwikkelplan' }).click();
      expect(await ui.cellText('A1')).toBe(lang === 'nl' ? 'Naam' : 'Name');
      await ui.shot(`conversation-plan-${lang}`);
    },
    60_000,
  );
});
