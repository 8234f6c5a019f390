// The panel journeys every engine runs (docs/design.md#8-architecture): inject, the scan loop by keyboard and by mouse-then-keys,
// pickers, Dekking, language and the formula helper. Each takes the served preview and one engine's page.

import type { EnginePage } from './engine';
import { button, chip, find, PANEL, panelSteps, picker, tab } from './panel';

export interface Journey {
  readonly name: string;
  /** `shot` keeps a named screenshot of the engine's page (test-artifacts/browser/engines/). */
  run(page: EnginePage, url: string, shot: (name: string) => Promise<void>): Promise<void>;
}

const NAMES = ['Anna', 'Bram', 'Chris'];
const ACTIVE_RING = `(() => { const s = getComputedStyle(document.activeElement);
  return { attribute: document.activeElement.hasAttribute('data-script-focus'), style: s.outlineStyle,
    width: s.outlineWidth }; })()`;

/** The scan loop's one person: inject the team, open Anna and save her six levels by keyboard (digits, Enter). */
async function scanAnnaByKeys(page: EnginePage, url: string, ui: ReturnType<typeof panelSteps>): Promise<void> {
  await ui.injected(url, NAMES);
  await ui.toScan('Anna');
  await page.evaluate(`${chip('Basis', '0 Nog niet')}.focus()`);
  await page.press([...'231042', 'Enter']);
  await ui.untilText('Opgeslagen voor Anna.');
}

/** Dekking with one person scanned: the save above, then the Dekking tab. */
async function openDekkingAfterOneSave(page: EnginePage, url: string, ui: ReturnType<typeof panelSteps>) {
  await scanAnnaByKeys(page, url, ui);
  await ui.openTab('Dekking');
  // The part reads the matrix before its sections show; a loaded machine can take seconds for that.
  await ui.until(`document.querySelector('[data-testid="team-reports"]')`, 'the Dekking part', 30_000);
}

export const JOURNEYS: readonly Journey[] = [
  {
    name: 'inject three names; the panel never scrolls sideways',
    async run(page, url, shot) {
      const ui = panelSteps(page);
      await page.goto(`${url}?reset&lang=nl`);
      await ui.openTab('Profiel invoegen');
      await ui.until(button('Invoegen'), 'Invoegen');
      await shot('inject-form');
      expect(await ui.sidewaysOverflow()).toBe(0);
      // The native selects keep within the panel, their text cut with an ellipsis.
      const selects = await page.evaluate<{ right: number; overflow: string }[]>(
        `[...${PANEL}.querySelectorAll('select')].map((s) => ({ right: s.getBoundingClientRect().right -
          ${PANEL}.getBoundingClientRect().right, overflow: getComputedStyle(s).textOverflow }))`,
      );
      for (const select of selects) expect(select.right).toBeLessThanOrEqual(0);
      await ui.injected(url, NAMES);
      expect(await ui.sidewaysOverflow()).toBe(0);
      await ui.toScan('Anna');
      expect(await ui.cellText('A4')).toBe('Chris');
    },
  },
  {
    name: 'the scan loop by keyboard: 6 digits and Enter per person',
    async run(page, url, shot) {
      const ui = panelSteps(page);
      await scanAnnaByKeys(page, url, ui);
      await ui.until(`document.querySelector('[data-testid="scan-name"]').textContent === 'Bram'`, 'Bram');
      expect(await ui.focusedPicker()).toBe('Niveau voor Basis');
      await shot('scan-loop-keyboard');
      expect(await Promise.all([...'EFGHIJ'].map((column) => ui.cellText(`${column}2`)))).toEqual([...'231042']);
    },
  },
  {
    name: 'the scan loop from a click: the chip takes the digits, the next picker shows its ring',
    async run(page, url, shot) {
      const ui = panelSteps(page);
      await ui.injected(url, NAMES);
      await ui.toScan('Anna');
      await ui.click(chip('Basis', '2 Bekwaam'), 'Basis 2');
      await ui.until(`${chip('Basis', '2 Bekwaam')}.getAttribute('aria-checked') === 'true'`, 'Basis at 2');
      // The clicked chip holds the focus (the product focuses it), so the digit rates Basis and moves on.
      await page.press(['3']);
      await ui.until(`${chip('Basis', '3 Gevorderd')}.getAttribute('aria-checked') === 'true'`, 'Basis at 3');
      expect(await ui.focusedPicker()).toBe('Niveau voor Bruggenbouwer');
      await new Promise((resolve) => setTimeout(resolve, 300));
      await shot('scan-loop-ring-after-click');
      expect(await page.evaluate(ACTIVE_RING)).toEqual({ attribute: true, style: 'solid', width: '2px' });
      // Arrow keys move the choice, Delete clears it: the picker as a radio group.
      await page.press(['ArrowRight']);
      await ui.until(`${chip('Bruggenbouwer', '1 In ontwikkeling')}.getAttribute('aria-checked') === 'true'`, '1');
      expect(await page.evaluate(ACTIVE_RING)).toEqual({ attribute: true, style: 'solid', width: '2px' });
      await page.press(['Delete']);
      await ui.until(`!${picker('Bruggenbouwer')}.querySelector('[aria-checked="true"]')`, 'Bruggenbouwer empty');
    },
  },
  {
    name: 'Dekking, the formula helper and the language switch',
    async run(page, url, shot) {
      const ui = panelSteps(page);
      await openDekkingAfterOneSave(page, url, ui);
      await ui.until(`document.querySelector('[data-testid="heat-map"]')`, 'the heat map');
      await ui.until(`document.querySelector('[data-testid="formula-text"]')?.textContent.startsWith('=')`, 'formula');
      await shot('coverage');
      expect(await ui.sidewaysOverflow()).toBe(0);
      // The heat map's own scroller has nothing to scroll sideways at this width (no bar under it).
      const heatMap = `document.querySelector('[data-testid="heat-map"]').parentElement`;
      expect(await page.evaluate(`${heatMap}.scrollWidth - ${heatMap}.clientWidth`)).toBe(0);
      // The language: the panel's own select, chosen as its list would.
      await page.evaluate(
        `(() => { const s = ${find('select', undefined, `${PANEL}.querySelector('header')`)}; s.value = 'en';` +
          ` s.dispatchEvent(new Event('change', { bubbles: true })); return true; })()`,
      );
      await ui.until(tab('Coverage'), 'the English tab');
      expect(await ui.sidewaysOverflow()).toBe(0);
      await shot('coverage-english');
    },
  },
  {
    name: 'a report window: Teamrapport opens a window holding the team report',
    async run(page, url) {
      const ui = panelSteps(page);
      await openDekkingAfterOneSave(page, url, ui);
      await ui.click(button('Teamrapport'), 'Teamrapport');
      // The window may still be opening on a busy machine: asked again until it holds the report.
      const end = Date.now() + 45_000;
      let texts: string[] = [];
      while (Date.now() < end && !texts.some((text) => text.includes('Anna') && text.includes('Bram'))) {
        texts = await page.otherWindowTexts().catch(() => []);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      expect(texts.some((text) => text.includes('Anna') && text.includes('Bram'))).toBe(true);
    },
  },
];
