// The task pane's loadInjectKit and loadPlanApplier: add inject.js (built beside taskpane.js) on first use and reuse it after.

import { KeyedError } from '../../shared/i18n/keyed-error';
import type { Localized } from '../../shared/i18n/language';
import type { InjectKit } from '../../shared/ui/inject/load-inject-kit';
import type { PlanApplier } from '../excel/load-plan-applier';

/** The global inject.js assigns (esbuild's globalName). */
export const INJECT_GLOBAL = 'TeamscanInject';

type InjectChunk = InjectKit & PlanApplier;

// Read while taskpane.js runs: afterwards document.currentScript is null.
const base = (document.currentScript as HTMLScriptElement | null)?.src || document.baseURI;
const LOAD_ERRORS = {
  injectNotLoaded: {
    nl: 'Profiel invoegen kan nu niet: {file} is niet geladen. Controleer de verbinding en probeer het opnieuw.',
    en: 'Inserting a profile is not possible now: {file} did not load. Check the connection and try again.',
  },
} satisfies Record<string, Localized>;

const notLoaded = () => new KeyedError('excel', LOAD_ERRORS, 'injectNotLoaded', { file: 'inject.js' });

let pending: Promise<InjectChunk> | undefined;

function loadChunk(): Promise<InjectChunk> {
  pending ??= new Promise<InjectChunk>((resolve, reject) => {
    const script = document.createElement('script');
    script.src = new URL('inject.js', base).href;
    script.onload = () => {
      const chunk = (globalThis as Record<string, unknown>)[INJECT_GLOBAL] as InjectChunk | undefined;
      if (chunk) resolve(chunk);
      else reject(notLoaded());
    };
    script.onerror = () => reject(notLoaded());
    document.head.appendChild(script);
  }).catch((error: unknown) => {
    // A failed load (the network blinked) is tried again on the next use.
    pending = undefined;
    throw error;
  });
  return pending;
}

export const loadInjectKit: () => Promise<InjectKit> = loadChunk;
export const loadPlanApplier: () => Promise<PlanApplier> = loadChunk;
