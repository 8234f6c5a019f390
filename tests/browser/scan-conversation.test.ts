// The built preview in Chromium (docs/design.md#the-development-conversation): the Scan part's "Zelf | Tweede blik"
// switch and adding a goal, in Dutch and English — a second view saved on its own sheet with its rater, both views
// side by side, a suggested goal added to Ontwikkelplan; screenshots in test-artifacts/browser.

import type { Page } from 'playwright-core';
import { browserAvailable, previewPages } from './chromium';
import { panelPage, until } from './panel-page';

const suite = browserAvailable ? describe : describe.skip;

const TEXTS = {
  nl: {
    inject: 'Profiel invoegen',
    names: 'Namen (optioneel, één per regel)',
    choice: 'Ontwikkelgesprek: bladen Tweede blik en Ontwikkelplan',
    insert: 'Invoegen',
    done: /Klaar:/,
    goScan: 'Naar Scan',
    level: (area: string) => `Niveau voor ${area}`,
    wish: 'Ontwikkelwens Adviseur',
    save: 'Opslaan',
    saved: (name: string) => `Opgeslagen voor ${name}.`,
    views: 'Welke blik',
    self: 'Zelf',
    second: 'Tweede blik',
    rater: 'Tweede blik door',
    discuss: 'Adviseur: zelf 1, tweede blik 3',
    add: 'Adviseur toevoegen aan het plan',
    added: 'Doel toegevoegd aan het blad Ontwikkelplan.',
    open: /Adviseur: nu 1, doel 2, met Bram/,
    own: 'Zelf een doel toevoegen',
    area: 'Gebied',
    goal: 'Doel',
    action: 'Actie',
    when: 'Wanneer',
    addGoal: 'Doel toevoegen',
    ownOpen: /Coach: nu —, doel 3/,
  },
  en: {
    inject: 'Insert profile',
    names: 'Names (optional, one per line)',
    choice: 'Development conversation: sheets Tweede blik and Ontwikkelplan',
    insert: 'Insert',
    done: /Done:/,
    goScan: 'Go to Scan',
    level: (area: string) => `Level for ${area}`,
    wish: 'Development wish Adviseur',
    save: 'Save',
    saved: (name: string) => `Saved for ${name}.`,
    views: 'Which view',
    self: 'Self',
    second: 'Second view',
    rater: 'Second view by',
    discuss: 'Adviseur: self 1, second view 3',
    add: 'Add Adviseur to the plan',
    added: 'Goal added to the sheet Ontwikkelplan.',
    open: /Adviseur: now 1, goal 2, with Bram/,
    own: 'Add a goal yourself',
    area: 'Area',
    goal: 'Goal',
    action: 'Action',
    when: 'When',
    addGoal: 'Add goal',
    ownOpen: /Coach: now —, goal 3/,
  },
} as const;

type Texts = (typeof TEXTS)[keyof typeof TEXTS];

/** Rates one area on the form and saves, waiting for the form's confirmation. */
async function rateAndSave(page: Page, t: Texts, name: string, area: string, level: string) {
  const ui = panelPage(page);
  await ui
    .panel()
    .getByRole('radiogroup', { name: t.level(area) })
    .getByRole('radio', { name: new RegExp(`^${level} `) })
    .click();
  await ui.panel().getByRole('button', { name: t.save, exact: true }).click();
  await ui.panel().getByText(t.saved(name)).waitFor();
}

suite('the Scan part with the development conversation in the preview', () => {
  const ctx = previewPages({ width: 1280, height: 900 });

  test.each(['nl', 'en'] as const)(
    '%s: the switch opens the second view; both views side by side; a suggested goal is added to the plan',
    async (lang) => {
      const { page, url } = ctx;
      const ui = panelPage(page);
      const t = TEXTS[lang];
      await page.goto(`${url}?reset&lang=${lang}`);
      await ui.panel().getByRole('tab', { name: t.inject }).click();
      await ui.panel().getByLabel(t.names).fill('Anna\nBram');
      await ui.panel().getByRole('checkbox', { name: t.choice }).check();
      await ui.panel().getByRole('button', { name: t.insert, exact: true }).click();
      await ui.panel().getByText(t.done).waitFor();
      await ui.panel().getByRole('button', { name: t.goScan }).click();
      // Bram first (an expert adviser: the mentor), then Anna (adviser 1, wishing to grow there).
      await page.locator('td[data-cell="A3"]').click();
      await ui.panel().getByTestId('scan-name').getByText('Bram').waitFor();
      await rateAndSave(page, t, 'Bram', 'Adviseur', '4');
      await page.locator('td[data-cell="A2"]').click();
      await ui.panel().getByTestId('scan-name').getByText('Anna').waitFor();
      await ui.panel().getByRole('switch', { name: t.wish }).click();
      await rateAndSave(page, t, 'Anna', 'Adviseur', '1');

      // The switch, by keyboard: the arrow key opens Tweede blik for the same person.
      const views = ui.panel().getByRole('tablist', { name: t.views });
      await views.getByRole('tab', { name: t.self }).focus();
      await page.keyboard.press('ArrowRight');
      await ui.panel().getByLabel(t.rater).waitFor();
      expect(await views.getByRole('tab', { name: t.second }).getAttribute('aria-selected')).toBe('true');
      await ui.panel().getByLabel(t.rater).fill('Carla');
      await ui.panel().getByTestId('second-intro').scrollIntoViewIfNeeded();
      await ui.shot(`scan-second-view-${lang}`);
      await rateAndSave(page, t, 'Anna', 'Adviseur', '3');
      const side = ui.panel().getByTestId('views-side-by-side');
      await side.getByTestId('views-discuss').getByText(t.discuss).waitFor();
      await side.scrollIntoViewIfNeeded();
      await ui.shot(`scan-views-side-by-side-${lang}`);
      // The Teammatrix keeps Anna's own 1; the second view holds the 3 and Carla.
      expect(await ui.cellText('G2')).toBe('1');
      await page.locator('.sheet-tabs button', { hasText: 'Tweede blik' }).click();
      expect(await until(() => ui.cellText('G2'), '3')).toBe('3');
      await page.locator('.sheet-tabs button', { hasText: 'Teammatrix' }).click();
      await page.locator('td[data-cell="A2"]').click();

      // Back to the self-scan: the plan's suggestion, added with one press.
      await views.getByRole('tab', { name: t.self }).click();
      const plan = ui.panel().getByTestId('plan-goals');
      await plan.getByRole('button', { name: t.add }).click();
      await ui.panel().getByText(t.added).waitFor();
      await plan.getByTestId('plan-open').getByText(t.open).waitFor();
      await plan.scrollIntoViewIfNeeded();
      await ui.shot(`scan-plan-goal-${lang}`);
      // A goal by hand: the form under its fold, then the goal in the list.
      await plan.getByText(t.own).click();
      await plan.getByLabel(t.area).selectOption('Coach');
      await plan.getByLabel(t.goal, { exact: true }).selectOption('3');
      await plan.getByLabel(t.action).fill('Intervisie');
      await plan.getByLabel(t.when).fill('Q3');
      await plan.getByRole('button', { name: t.addGoal }).scrollIntoViewIfNeeded();
      await ui.shot(`scan-plan-own-goal-${lang}`);
      await plan.getByRole('button', { name: t.addGoal }).click();
      await plan.getByTestId('plan-open').getByText(t.ownOpen).waitFor();
      await page.locator('.sheet-tabs button', { hasText: 'Ontwikkelplan' }).click();
      expect(await until(() => ui.cellText('A2'), 'Anna')).toBe('Anna');
      expect(await ui.cellText('E2')).toBe('2');
      expect(await ui.cellText('A3')).toBe('Anna');
      expect(await ui.cellText('F3')).toBe('Intervisie');
      await ui.shot(`scan-plan-sheet-${lang}`);
    },
    120_000,
  );
});
