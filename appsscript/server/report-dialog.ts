// Shows a report in a modal dialog over the spreadsheet. The page is made in the sidebar (the core's report
// plus its Print button), so the server bundle carries no report code (docs/design.md#10-performance-targets).

import type { Services } from './gas';

/** The dialog's size in pixels: an A4 page's width (182 mm of text) with room for the scroll bar. */
export const REPORT_DIALOG_SIZE = { width: 860, height: 680 } as const;

/**
 * HtmlService.createHtmlOutput serves the page in its IFRAME sandbox, which allows scripts and modals, so the
 * Print button's window.print() works (developers.google.com/apps-script/guides/html/restrictions);
 * Ui.showModalDialog shows it with the title and blocks the editor until it is closed
 * (developers.google.com/apps-script/reference/base/ui#showmodaldialoguserinterface,-title). HtmlOutput ignores
 * meta tags in the page (HtmlOutput.addMetaTag), so the report's own Content-Security-Policy does not apply here;
 * the report holds no address to load anyway, and the sandbox is Google's. `html` and `title` are checked
 * (checkReport: a page of 1 to 5,000,000 characters, a title of at most 200).
 */
export function showReportDialog(gas: Services, html: string, title: string): void {
  const output = gas.html
    .createHtmlOutput(html)
    .setWidth(REPORT_DIALOG_SIZE.width)
    .setHeight(REPORT_DIALOG_SIZE.height);
  gas.spreadsheet.getUi().showModalDialog(output, title || 'Teamscan');
}
