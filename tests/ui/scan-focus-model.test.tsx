/** @jest-environment jsdom */
// The scan loop's focus is set by the product, not by the engine (docs/design.md#8-architecture): a clicked chip takes the focus itself
// (Safari, WKWebView and Firefox on macOS do not focus a button on click), and a picker the loop focuses carries
// the ring's attribute, which the stylesheet draws in every engine (WebKit draws no :focus-visible after a click).

import { fireEvent, screen, within } from '@testing-library/react';
import { SCRIPT_FOCUS } from '../../shared/ui/scan/scan-focus';
import { injectedBridge } from '../preview/helpers';
import { renderPanel } from './render';

async function scanning() {
  const { bridge } = await injectedBridge(['Anna', 'Bram']);
  const rendered = renderPanel(bridge);
  await screen.findByTestId('scan-name');
  return rendered;
}

const picker = (item: string) => screen.getByRole('radiogroup', { name: `Niveau voor ${item}` });
const chip = (item: string, name: string) => within(picker(item)).getByRole('radio', { name });

/** A pointer click as a Mac engine delivers it: the click event (detail 1) without any focus change of its own. */
const macClick = (element: HTMLElement) => fireEvent.click(element, { detail: 1 });

test('a chip clicked in an engine that does not focus on click takes the focus, so the next digits go to it', async () => {
  const { user } = await scanning();
  const basis = chip('Basis', '1 In ontwikkeling');
  expect(document.activeElement).toBe(document.body);
  macClick(basis);
  expect(basis.getAttribute('aria-checked')).toBe('true');
  expect(document.activeElement).toBe(basis);
  // Pressed with the pointer: no ring of the product's own.
  expect(basis.hasAttribute(SCRIPT_FOCUS)).toBe(false);
  await user.keyboard('3');
  expect(chip('Basis', '3 Gevorderd').getAttribute('aria-checked')).toBe('true');
  expect(picker('Bruggenbouwer').contains(document.activeElement)).toBe(true);
});

test('after a click-started loop the picker the loop focused carries the ring, until it loses the focus', async () => {
  const { user } = await scanning();
  macClick(chip('Basis', '2 Bekwaam'));
  await user.keyboard('2');
  const focused = document.activeElement as HTMLElement;
  expect(picker('Bruggenbouwer').contains(focused)).toBe(true);
  expect(focused.hasAttribute(SCRIPT_FOCUS)).toBe(true);
  // Arrow keys move the choice and the focus by script too: the ring moves with it.
  await user.keyboard('{ArrowRight}');
  const moved = document.activeElement as HTMLElement;
  expect(moved).not.toBe(focused);
  expect(moved.hasAttribute(SCRIPT_FOCUS)).toBe(true);
  expect(focused.hasAttribute(SCRIPT_FOCUS)).toBe(false);
  // A click on a chip the loop had focused: the pointer chose it, the product's ring goes.
  macClick(moved);
  expect(document.activeElement).toBe(moved);
  expect(moved.hasAttribute(SCRIPT_FOCUS)).toBe(false);
});

test('the stylesheet draws the focus ring for the attribute as for :focus-visible', async () => {
  await scanning();
  const rules = [...document.styleSheets].flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText));
  const ring = (selector: RegExp) => rules.filter((rule) => selector.test(rule) && /outline/.test(rule));
  const visible = ring(/:focus-visible/);
  const scripted = ring(new RegExp(`\\[${SCRIPT_FOCUS}\\]:focus`));
  expect(scripted.length).toBeGreaterThan(0);
  const outlines = (list: string[]) => new Set(list.map((rule) => /\{([^}]*)\}/.exec(rule)![1]!.trim()));
  for (const outline of outlines(scripted)) expect(outlines(visible)).toContain(outline);
});
