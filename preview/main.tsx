// The preview's entry: the in-memory workbook beside the real panel, so Teamscan runs in a plain browser.

import { createRoot } from 'react-dom/client';
import type { Language } from '../shared/i18n/language';
import { mountPanel } from '../shared/ui/mount';
import { PreviewBridge } from './bridge';
import { Grid } from './Grid';
import { confirmReset } from './reset-dialog';
import { previewSelfTestLauncher } from './selftest';
import { WorkbookStore } from './store';
import { type PreviewTextKey, previewText } from './texts';

const params = new URLSearchParams(window.location.search);
const store = new WorkbookStore(window.localStorage);
if (params.has('reset')) {
  store.reset();
  // A reload after ?reset keeps the work: drop the parameter from the address.
  params.delete('reset');
  window.history.replaceState(null, '', `${window.location.pathname}${params.size ? `?${params}` : ''}`);
}
const lang = params.get('lang') === 'en' ? 'en' : 'nl';
const bridge = new PreviewBridge(store, lang === 'en' ? 'en-GB' : 'nl-NL');

const grid = createRoot(document.getElementById('workbook')!);
let shown: Language = lang;
/** The page around the panel follows the panel's language: its `lang`, the top bar and the grid's labels. */
function showLanguage(next: Language) {
  shown = next;
  document.documentElement.lang = next;
  bridge.setLanguage(next);
  for (const element of document.querySelectorAll<HTMLElement>('[data-text]')) {
    element.textContent = previewText(element.dataset.text as PreviewTextKey, next);
  }
  grid.render(<Grid store={store} bridge={bridge} lang={next} />);
}

showLanguage(lang);
const clock = { now: () => Date.now(), after: (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)) };
mountPanel(document.getElementById('panel')!, bridge, {
  lang,
  onLanguage: showLanguage,
  selfTest: previewSelfTestLauncher(store, bridge, clock),
});
document.getElementById('reset')?.addEventListener('click', () => {
  // Nothing is wiped without a question: the dialog's Leegmaken empties, anything else leaves the work.
  confirmReset(document, shown, () => {
    store.reset();
    window.location.reload();
  });
});
