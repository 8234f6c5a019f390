// The task pane's loadBindKit: adds bind.js (built beside taskpane.js) when a workbook without a Teammatrix needs the binding flow.

import { KeyedError } from '../../shared/i18n/keyed-error';
import type { Localized } from '../../shared/i18n/language';
import type { BindKit } from '../../shared/ui/bind/load';

/** The global bind.js assigns (esbuild's globalName). */
export const BIND_GLOBAL = 'TeamscanBind';

// Read while taskpane.js runs: afterwards document.currentScript is null.
const base = (document.currentScript as HTMLScriptElement | null)?.src || document.baseURI;
const LOAD_ERRORS = {
  bindNotLoaded: {
    nl: 'Koppelen kan nu niet: {file} is niet geladen. Controleer de verbinding.',
    en: 'Binding is not possible now: {file} did not load. Check the connection.',
  },
} satisfies Record<string, Localized>;

const notLoaded = () => new KeyedError('excel', LOAD_ERRORS, 'bindNotLoaded', { file: 'bind.js' });

let pending: Promise<BindKit> | undefined;

export function loadBindKit(): Promise<BindKit> {
  pending ??= new Promise<BindKit>((resolve, reject) => {
    const script = document.createElement('script');
    script.src = new URL('bind.js', base).href;
    script.onload = () => {
      const kit = (globalThis as Record<string, unknown>)[BIND_GLOBAL] as BindKit | undefined;
      if (kit) resolve(kit);
      else reject(notLoaded());
    };
    script.onerror = () => reject(notLoaded());
    document.head.appendChild(script);
  }).catch((error: unknown) => {
    // A failed load is tried again the next time the flow is shown.
    pending = undefined;
    throw error;
  });
  return pending;
}
