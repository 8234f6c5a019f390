// The task pane's loadReports: adds reports.js (built beside taskpane.js) on the first report and reuses it after.

import { KeyedError } from '../../shared/i18n/keyed-error';
import type { Localized } from '../../shared/i18n/language';
import type { ReportMakers } from '../../shared/report/load';

/** The global reports.js assigns (esbuild's globalName). */
export const REPORTS_GLOBAL = 'TeamscanReports';

// Read while taskpane.js runs: afterwards document.currentScript is null.
const base = (document.currentScript as HTMLScriptElement | null)?.src || document.baseURI;
const LOAD_ERRORS = {
  reportsNotLoaded: {
    nl: 'Het rapport kon niet worden gemaakt: {file} is niet geladen. Controleer de verbinding en probeer het opnieuw.',
    en: 'The report could not be made: {file} did not load. Check the connection and try again.',
  },
} satisfies Record<string, Localized>;

const notLoaded = () => new KeyedError('excel', LOAD_ERRORS, 'reportsNotLoaded', { file: 'reports.js' });

let pending: Promise<ReportMakers> | undefined;

export function loadReports(): Promise<ReportMakers> {
  pending ??= new Promise<ReportMakers>((resolve, reject) => {
    const script = document.createElement('script');
    script.src = new URL('reports.js', base).href;
    script.onload = () => {
      const makers = (globalThis as Record<string, unknown>)[REPORTS_GLOBAL] as ReportMakers | undefined;
      if (makers) resolve(makers);
      else reject(notLoaded());
    };
    script.onerror = () => reject(notLoaded());
    document.head.appendChild(script);
  }).catch((error: unknown) => {
    // A failed load (the network blinked) is tried again on the next report.
    pending = undefined;
    throw error;
  });
  return pending;
}
