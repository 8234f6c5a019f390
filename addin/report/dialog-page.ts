// The report dialog's page logic: tells the task pane it is ready, assembles the report it is sent and shows it
// in a script-free frame, with Print (that frame only) and Close.

import { REPORT_MESSAGES } from '../../shared/i18n/ui-messages-report';
import { reportLanguage } from '../../shared/ui/report/printable';
import { type DialogToPane, parseMessage, ReportAssembler, type ReportPart } from './messages';

/** The part of Office.js the dialog page uses: Office.context.ui in the dialog, a stand-in in tests. */
export interface DialogOffice {
  readonly context: { readonly ui: Pick<Office.UI, 'addHandlerAsync' | 'messageParent'> };
  readonly EventType: Pick<typeof Office.EventType, 'DialogParentMessageReceived'>;
  readonly AsyncResultStatus: Pick<typeof Office.AsyncResultStatus, 'Succeeded'>;
}

function send(office: DialogOffice, message: DialogToPane): void {
  office.context.ui.messageParent(JSON.stringify(message));
}

/** Wires the page (report.html's #print, #close, #status and #report frame) to the task pane. */
export function startReportDialog(office: DialogOffice, page: Document): void {
  const frame = page.getElementById('report') as HTMLIFrameElement;
  const print = page.getElementById('print') as HTMLButtonElement;
  const close = page.getElementById('close') as HTMLButtonElement;
  const status = page.getElementById('status') as HTMLElement;
  const assembler = new ReportAssembler();
  // Print prints the frame's document only: the report, without this page's buttons.
  // Once printed, the window closes: an open dialog can stop Excel's custom functions recalculating (office-js#6920).
  print.addEventListener('click', () => {
    frame.contentWindow?.addEventListener('afterprint', () => send(office, { type: 'close' }), { once: true });
    frame.contentWindow?.print();
  });
  close.addEventListener('click', () => send(office, { type: 'close' }));
  const show = (html: string) => {
    const lang = reportLanguage(html);
    page.documentElement.lang = lang;
    print.textContent = REPORT_MESSAGES.reportPrint[lang];
    close.textContent = REPORT_MESSAGES.reportClose[lang];
    // The report's own policy (default-src 'none') holds inside the frame, and the sandbox runs no script.
    frame.srcdoc = html;
    frame.hidden = false;
    print.disabled = false;
    status.hidden = true;
  };
  office.context.ui.addHandlerAsync(
    office.EventType.DialogParentMessageReceived,
    (args) => {
      const part = parseMessage<ReportPart>((args as Office.DialogParentMessageReceivedEventArgs).message);
      if (part?.type !== 'report') return;
      const html = assembler.add(part);
      if (html !== undefined) show(html);
    },
    (result) => {
      // Only once the handler is in place may the pane send: a message before it would be lost.
      if (result.status === office.AsyncResultStatus.Succeeded) send(office, { type: 'ready' });
      else status.textContent = result.error?.message ?? String(result.status);
    },
  );
}
