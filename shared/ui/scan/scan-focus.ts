// Moving focus in the scan form: pickers by form position, always scrolled fully clear of the sticky footer, whose height it publishes.

import { type RefObject, useEffect } from 'react';
import type { ScanDraft } from '../../scan/draft';
import type { ScanLayout } from '../../scan/layout';

import { FOOTER_SPACE } from './footer-space';

export { FOOTER_SPACE };

/**
 * Set on an element the product focused (the loop moving on, arrow keys): its ring is drawn from this attribute in
 * every engine, because WebKit does not count a focus moved by script after a click as :focus-visible (docs/design.md#8-architecture).
 * It goes when the element loses the focus.
 */
export const SCRIPT_FOCUS = 'data-script-focus';

/** Focuses an element for the keyboard (no scroll: the caller reveals it), with its ring shown in every engine. */
export function focusWithRing(target: HTMLElement): void {
  if (!target.hasAttribute(SCRIPT_FOCUS)) {
    target.setAttribute(SCRIPT_FOCUS, '');
    target.addEventListener('blur', () => target.removeAttribute(SCRIPT_FOCUS), { once: true });
  }
  target.focus({ preventScroll: true });
}

/**
 * Scrolls a picker (its whole group with caption) into view, clear of the sticky footer (scroll-margin), on the
 * next frame: the answer just given re-renders captions above it, which moves it.
 */
export function revealPicker(element: Element | null): void {
  const group = element?.closest('[data-picker]');
  // jsdom has no layout and no scrollIntoView.
  if (!group || typeof group.scrollIntoView !== 'function') return;
  requestAnimationFrame(() => group.scrollIntoView({ block: 'nearest' }));
}

/**
 * Reveals a picker the focus moved into by keyboard (Tab, a script after a key), not one pressed with the pointer:
 * scrolling it between press and release moved it from under the pointer, so the click, and its answer, was lost.
 */
export function revealFocusedPicker(element: Element | null): void {
  try {
    if (element && !element.hasAttribute(SCRIPT_FOCUS) && !element.matches(':focus-visible')) return;
  } catch {
    // An engine without :focus-visible (jsdom has no layout anyway): reveal as before.
  }
  revealPicker(element);
}

/** Focuses the picker at a form position (its checked or first chip); false when there is none. */
export function focusPicker(container: HTMLElement | null, position: number): boolean {
  const group = container?.querySelector(`[data-field-index="${position}"]`);
  const target = group?.querySelector<HTMLElement>('[tabindex="0"]');
  if (!target) return false;
  focusWithRing(target);
  revealPicker(target);
  return true;
}

/** The form position of the picker holding an element, if any. */
export function pickerPosition(element: Element | null): number | undefined {
  const group = element?.closest('[data-field-index]');
  const value = group?.getAttribute('data-field-index');
  return value == null ? undefined : Number(value);
}

/** The next unanswered field after `from` (wrapping around), or undefined when all are answered. */
export function nextOpenPosition(layout: ScanLayout, draft: ScanDraft, from: number): number | undefined {
  const count = layout.fields.length;
  for (let step = 1; step <= count; step++) {
    const position = (from + step) % count;
    const answer = draft.answers[layout.fields[position]!.key];
    if (answer === null || answer === undefined) return position;
  }
  return undefined;
}

/** The first unanswered field of an area, else its first field. */
export function areaStartPosition(layout: ScanLayout, draft: ScanDraft, area: number): number | undefined {
  let first: number | undefined;
  for (const [position, field] of layout.fields.entries()) {
    if (field.area !== area) continue;
    first ??= position;
    const answer = draft.answers[field.key];
    if (answer === null || answer === undefined) return position;
  }
  return first;
}

/** Publishes the footer's height as the pickers' scroll margin, so a focused picker is never behind it. */
export function useFooterSpace(
  container: RefObject<HTMLDivElement | null>,
  footer: RefObject<HTMLDivElement | null>,
  shown: boolean,
) {
  useEffect(() => {
    if (!shown) return;
    const element = footer.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      container.current?.style.setProperty(FOOTER_SPACE, `${element.offsetHeight + 8}px`);
      // A taller footer (a notice, the prompt) may now cover the focused picker.
      if (container.current?.contains(document.activeElement)) revealPicker(document.activeElement);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [container, footer, shown]);
}
