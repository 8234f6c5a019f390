// The panel's steps for any engine: find an element by role or text in the page, click it with the pointer, type,
// wait for a state; every step a script or a real input action, so it means the same in each engine.

import { DriverTimeout, type EnginePage } from './engine';

/**
 * Finds an element in the page: `selector` narrowed by its accessible name (aria-label, else its text), inside the
 * element `within` finds, if given. The expression evaluates to the element or null.
 */
export function find(selector: string, name?: string, within?: string): string {
  const scope = within ?? 'document';
  const match =
    name === undefined
      ? 'true'
      : `((e.getAttribute('aria-label') || e.textContent || '').trim() === ${JSON.stringify(name)})`;
  return `([...(${scope})?.querySelectorAll(${JSON.stringify(selector)}) ?? []].find((e) => ${match}) ?? null)`;
}

export const PANEL = `document.querySelector('#panel')`;
export const tab = (name: string) => find('[role="tab"]', name, PANEL);
export const button = (name: string) => find('button', name, PANEL);
export const picker = (item: string) => find('[role="radiogroup"]', `Niveau voor ${item}`, PANEL);
export const chip = (item: string, name: string) => find('[role="radio"]', name, picker(item));
export const cell = (address: string) => `document.querySelector('td[data-cell="${address}"]')`;

export function panelSteps(page: EnginePage) {
  const until = async (expression: string, what: string, ms = 10_000) => {
    const end = Date.now() + ms;
    // A driver that stopped answering is said as such (a DriverTimeout), not as a state the panel never reached.
    let unanswered: DriverTimeout | undefined;
    for (;;) {
      const reached = await page.evaluate<boolean>(`!!(${expression})`).catch((error: unknown) => {
        unanswered = error instanceof DriverTimeout ? error : undefined;
        return false;
      });
      if (reached) return;
      if (Date.now() > end) throw unanswered ?? new Error(`timed out after ${ms} ms waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };
  /** Waits for the element, scrolls it into view and presses the pointer on its centre. */
  const click = async (element: string, what: string) => {
    await until(element, what);
    await page.evaluate(`${element}.scrollIntoView({ block: 'center' })`);
    // Pressed where it rests: a scroll (the form moving a picker clear of its footer) may still be under way. The
    // point is the centre of the element's part inside the viewport (a pointer action outside it is refused by
    // WebDriver as "move target out of bounds").
    const centre = () =>
      page.evaluate<{ x: number; y: number; visible: boolean }>(
        `(() => { const r = ${element}.getBoundingClientRect();
          const left = Math.max(r.left, 0), right = Math.min(r.right, innerWidth);
          const top = Math.max(r.top, 0), bottom = Math.min(r.bottom, innerHeight);
          return { x: Math.round((left + right) / 2), y: Math.round((top + bottom) / 2), visible: right - left >= 1 && bottom - top >= 1 }; })()`,
      );
    let point = await centre();
    for (let attempt = 0; attempt < 20; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      const now = await centre();
      if (now.x === point.x && now.y === point.y && now.visible) break;
      if (!now.visible) await page.evaluate(`${element}.scrollIntoView({ block: 'center' })`);
      point = now;
    }
    if (!point.visible) throw new Error(`${what} is not in view to be clicked`);
    await page.clickAt(point.x, point.y);
  };
  /**
   * Opens a part by its tab and waits until the tab is selected, pressing it again if a press landed while the
   * panel was still busy (WebKitGTK under a loaded machine has let one go by).
   */
  const openTab = async (name: string) => {
    const selected = `${tab(name)}?.getAttribute('aria-selected') === 'true'`;
    for (let attempt = 1; ; attempt++) {
      await click(tab(name), `the ${name} tab`);
      try {
        await until(selected, `the ${name} tab selected`, 5_000);
        return;
      } catch (error) {
        if (attempt === 3) throw error;
      }
    }
  };
  const panelText = () => page.evaluate<string>(`${PANEL}.innerText`);
  return {
    until,
    click,
    openTab,
    panelText,
    untilText: (text: string) => until(`${PANEL}.innerText.includes(${JSON.stringify(text)})`, `"${text}"`),
    /** The accessible name of the picker holding the focus, if any. */
    focusedPicker: () =>
      page.evaluate<string | null>(
        `document.activeElement?.closest('[role="radiogroup"]')?.getAttribute('aria-label') ?? null`,
      ),
    cellText: (address: string) => page.evaluate<string>(`${cell(address)}?.textContent ?? null`),
    /** How far the panel's content is wider than the panel (0: no sideways scroll). */
    sidewaysOverflow: () => page.evaluate<number>(`${PANEL}.scrollWidth - ${PANEL}.clientWidth`),
    /** Fresh workbook, npuls injected through the panel for `names`, then the Scan part on row 2. */
    async injected(url: string, names: readonly string[]) {
      await page.goto(`${url}?reset&lang=nl`);
      await openTab('Profiel invoegen');
      await until(button('Invoegen'), 'Invoegen');
      await click(find('textarea', undefined, PANEL), 'the names field');
      await page.press([...names.join('\n')].map((char) => (char === '\n' ? 'Enter' : char)));
      await click(button('Invoegen'), 'Invoegen');
      await until(`${PANEL}.innerText.includes('Klaar:')`, 'Klaar:');
    },
    async toScan(first: string) {
      await click(button('Naar Scan'), 'Naar Scan');
      await click(cell('A2'), 'cell A2');
      await until(
        `document.querySelector('[data-testid="scan-name"]')?.textContent === ${JSON.stringify(first)}`,
        first,
      );
    },
  };
}
