// The preview's report dialog: a new browser window holding the report page and its Print button.

import type { ReportView } from '../shared/host/bridge';
import { KeyedError } from '../shared/i18n/keyed-error';
import type { Localized } from '../shared/i18n/language';
import { printablePage } from '../shared/ui/report/printable';

const REPORT_WINDOW_ERRORS = {
  popupBlocked: {
    nl: 'De browser hield het rapportvenster tegen. Sta pop-upvensters toe voor deze pagina en probeer het opnieuw.',
    en: 'The browser blocked the report window. Allow pop-ups for this page and try again.',
  },
} satisfies Record<string, Localized>;

/** window.open as the preview calls it; null when the browser blocks the window. */
export type OpenWindow = (url: string, target: string) => Window | null;

/**
 * Opens the report in a new window. Called from the button's click (window.open needs the user's gesture);
 * the page is written into the blank window, so nothing is fetched and the report stays self-contained.
 */
export function openReportWindow(report: ReportView, open: OpenWindow = (url, target) => window.open(url, target)) {
  const opened = open('', '_blank');
  if (!opened) throw new KeyedError('preview', REPORT_WINDOW_ERRORS, 'popupBlocked');
  const document = opened.document;
  document.open();
  document.write(printablePage(report.html));
  document.close();
  opened.focus();
}
