// The short page a host's panel shows when it is opened outside its host (a browser tab, a link): what it is, how to load it.

import { type Language, languageFromLocale } from '../i18n/language';
import { UI_MESSAGES } from '../i18n/ui-messages';

export type PanelHost = 'excel' | 'sheets';

const BODY = { excel: 'outsideExcel', sheets: 'outsideSheets' } as const;

/** Replaces the element's content with the message, in the browser's language, styled without any stylesheet. */
export function showOutsideHost(root: HTMLElement, host: PanelHost, locale = navigator.language): void {
  const lang: Language = languageFromLocale(locale);
  document.documentElement.lang = lang;
  const box = document.createElement('main');
  box.setAttribute(
    'style',
    'max-width:32rem;margin:2rem auto;padding:1rem 1.25rem;font:14px/1.5 "Segoe UI",system-ui,sans-serif;' +
      'color:#242424;border:1px solid #d1d1d1;border-radius:8px;background:#fafafa',
  );
  const title = document.createElement('h1');
  title.setAttribute('style', 'font-size:18px;margin:0 0 .5rem');
  title.textContent = UI_MESSAGES.outsideTitle[lang];
  const body = document.createElement('p');
  body.setAttribute('style', 'margin:0');
  body.textContent = UI_MESSAGES[BODY[host]][lang];
  box.append(title, body);
  root.replaceChildren(box);
}
