// A report page with its Print button (the preview's window, the Sheets dialog): the button's script is the
// page's only script, allowed by its hash, so the report's "nothing from elsewhere" policy stays as it is.

import type { Language } from '../../i18n/language';
import { REPORT_MESSAGES } from '../../i18n/ui-messages-report';

/** The one script: Print prints this page (the button itself is hidden in print by the report's CSS). */
export const PRINT_SCRIPT =
  "document.getElementById('teamscan-print').addEventListener('click',function(){window.print()});";
/** CSP hash source of PRINT_SCRIPT (tests/ui/report-dialog.test.ts recomputes it). */
export const PRINT_SCRIPT_HASH = "'sha256-OXqP6SsNuuB4r8ze5IDUBu5UMOSHYvS/PGz9CpjkZ7c='";

/** The language a report was made in, from its `<html lang>`; Dutch when it names none. */
export function reportLanguage(html: string): Language {
  return /<html[^>]*\blang="en"/i.test(html) ? 'en' : 'nl';
}

/**
 * The report with a Print button at the top and the script behind it. The report's Content-Security-Policy
 * (default-src 'none') gains `script-src` for this one script's hash and nothing else; reading needs no script.
 */
export function printablePage(html: string): string {
  const policy = /(<meta http-equiv="Content-Security-Policy" content="default-src 'none';)/i;
  if (!policy.test(html) || !/<body>/i.test(html) || !/<\/body>/i.test(html)) {
    throw new Error('printablePage: not a Teamscan report page');
  }
  const label = REPORT_MESSAGES.reportPrint[reportLanguage(html)];
  return (
    html
      .replace(policy, `$1 script-src ${PRINT_SCRIPT_HASH};`)
      // Inside the report's header when it has one, so the button too sits in a landmark.
      .replace(
        /<body>(<header>)?/i,
        `<body>$1<p class="print"><button type="button" id="teamscan-print">${label}</button></p>`,
      )
      .replace(/<\/body>/i, `<script>${PRINT_SCRIPT}</script></body>`)
  );
}
