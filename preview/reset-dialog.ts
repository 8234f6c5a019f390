// "Leeg werkboek" asks first: a modal dialog in the panel's style; Escape and Annuleren cancel, focus starts on
// Annuleren, Tab stays inside, and focus returns to the button that opened it.

import type { Language } from '../shared/i18n/language';
import { previewText } from './texts';

/** Opens the question; `onConfirm` runs only when the user chooses to empty the workbook. */
export function confirmReset(doc: Document, lang: Language, onConfirm: () => void): HTMLElement {
  const opener = doc.activeElement instanceof doc.defaultView!.HTMLElement ? doc.activeElement : undefined;
  const backdrop = doc.createElement('div');
  backdrop.className = 'confirm-backdrop';
  const dialog = doc.createElement('div');
  dialog.className = 'confirm-dialog';
  dialog.setAttribute('role', 'alertdialog');
  dialog.setAttribute('aria-modal', 'true');
  dialog.setAttribute('aria-labelledby', 'reset-title');
  dialog.setAttribute('aria-describedby', 'reset-body');
  const title = doc.createElement('h2');
  title.id = 'reset-title';
  title.textContent = previewText('resetTitle', lang);
  const body = doc.createElement('p');
  body.id = 'reset-body';
  body.textContent = previewText('resetBody', lang);
  const actions = doc.createElement('div');
  actions.className = 'confirm-actions';
  const cancel = doc.createElement('button');
  cancel.type = 'button';
  cancel.textContent = previewText('resetCancel', lang);
  const confirm = doc.createElement('button');
  confirm.type = 'button';
  confirm.className = 'danger';
  confirm.textContent = previewText('resetConfirm', lang);
  actions.append(confirm, cancel);
  dialog.append(title, body, actions);
  backdrop.append(dialog);

  const close = () => {
    backdrop.remove();
    opener?.focus();
  };
  cancel.addEventListener('click', close);
  backdrop.addEventListener('mousedown', (event) => {
    if (event.target === backdrop) close();
  });
  confirm.addEventListener('click', () => {
    backdrop.remove();
    onConfirm();
  });
  dialog.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
    } else if (event.key === 'Tab') {
      // Two buttons: Tab and Shift+Tab go from one to the other, never out of the dialog.
      event.preventDefault();
      (doc.activeElement === cancel ? confirm : cancel).focus();
    }
  });
  doc.body.append(backdrop);
  cancel.focus();
  return dialog;
}
