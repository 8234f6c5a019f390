// The task pane's loadReports: adds reports.js (built beside taskpane.js) on the first report and reuses it after.

import { KeyedError } from '../../shared/i18n/keyed-error';
import type { Localized } from '../../shared/i18n/language';
import type { ReportMakers } from '../../shared/report/load';
import { loadChunk } from './load-chunk';

/** The global reports.js assigns (esbuild's globalName). */
export const REPORTS_GLOBAL = 'TeamscanReports';

const LOAD_ERRORS = {
  reportsNotLoaded: {
    nl: 'Het rapport kon niet worden gemaakt: {file} is niet geladen. Controleer de verbinding en probeer het opnieuw.',
    en: 'The report could not be made: {file} did not load. Check the connection and try again.',
  },
} satisfies Record<string, Localized>;

const notLoaded = () => new KeyedError('excel', LOAD_ERRORS, 'reportsNotLoaded', { file: 'reports.js' });

export const loadReports = (): Promise<ReportMakers> => loadChunk('reports.js', REPORTS_GLOBAL, notLoaded);
