/** @jest-environment jsdom */
// "Leeg werkboek" asks before it wipes: focus on Annuleren, Escape and Annuleren cancel (focus back on the button),
// Tab stays inside the dialog, and only Leegmaken empties.

import { confirmReset } from '../../preview/reset-dialog';

function opened(lang: 'nl' | 'en' = 'nl') {
  document.body.innerHTML = '<button id="reset" type="button">Leeg werkboek</button>';
  const opener = document.getElementById('reset')!;
  opener.focus();
  const onConfirm = jest.fn();
  const dialog = confirmReset(document, lang, onConfirm);
  const button = (name: string) => [...dialog.querySelectorAll('button')].find((b) => b.textContent === name)!;
  return { opener, onConfirm, dialog, button };
}

const key = (target: Element, name: string, shiftKey = false) =>
  target.dispatchEvent(new KeyboardEvent('keydown', { key: name, shiftKey, bubbles: true, cancelable: true }));

describe('the preview asks before Leeg werkboek', () => {
  it('is a modal alert dialog with its question, focus on Annuleren', () => {
    const { dialog, button } = opened();
    expect(dialog.getAttribute('role')).toBe('alertdialog');
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(document.getElementById(dialog.getAttribute('aria-labelledby')!)!.textContent).toBe('Werkboek leegmaken?');
    expect(document.getElementById(dialog.getAttribute('aria-describedby')!)!.textContent).toMatch(
      /niet ongedaan maken/,
    );
    expect(document.activeElement).toBe(button('Annuleren'));
  });

  it('Escape cancels: nothing is emptied and focus returns to the button', () => {
    const { opener, onConfirm, button } = opened();
    key(button('Annuleren'), 'Escape');
    expect(onConfirm).not.toHaveBeenCalled();
    expect(document.querySelector('[role="alertdialog"]')).toBeNull();
    expect(document.activeElement).toBe(opener);
  });

  it('Annuleren cancels; Tab and Shift+Tab stay between the two buttons', () => {
    const { onConfirm, button } = opened();
    key(button('Annuleren'), 'Tab');
    expect(document.activeElement).toBe(button('Leegmaken'));
    key(button('Leegmaken'), 'Tab', true);
    expect(document.activeElement).toBe(button('Annuleren'));
    button('Annuleren').click();
    expect(onConfirm).not.toHaveBeenCalled();
    expect(document.querySelector('[role="alertdialog"]')).toBeNull();
  });

  it('Leegmaken empties, once; in English the dialog speaks English', () => {
    const { onConfirm, button } = opened('en');
    expect(document.activeElement).toBe(button('Cancel'));
    button('Empty it').click();
    expect(onConfirm).toHaveBeenCalledTimes(1);
    expect(document.querySelector('[role="alertdialog"]')).toBeNull();
  });
});
