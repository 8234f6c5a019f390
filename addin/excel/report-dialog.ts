// Excel's report dialog: displayDialogAsync opens report.html on the add-in's own origin; once that page says
// it is ready, the report goes to it with Dialog.messageChild (DialogApi 1.2), in parts.

import type { ReportView } from '../../shared/host/bridge';
import { KeyedError } from '../../shared/i18n/keyed-error';
import type { Localized } from '../../shared/i18n/language';
import { type DialogToPane, parseMessage, reportParts } from '../report/messages';

const REPORT_DIALOG_ERRORS = {
  reportDialogUnsupported: {
    nl: 'Deze versie van Excel kan geen rapportvenster tonen (DialogApi 1.2 ontbreekt). Werk Excel bij of gebruik Excel op het web; "npx teamscan report" maakt hetzelfde rapport als bestand.',
    en: 'This version of Excel cannot show a report window (DialogApi 1.2 is missing). Update Excel or use Excel on the web; "npx teamscan report" makes the same report as a file.',
  },
  reportDialogOpen: {
    nl: 'Er staat al een Teamscan-venster open. Sluit het en probeer het opnieuw.',
    en: 'A Teamscan window is already open. Close it and try again.',
  },
  reportDialogBlocked: {
    nl: 'Het rapportvenster is niet geopend: het werd geweigerd of door de browser tegengehouden. Klik opnieuw op de rapportknop en kies "Toestaan" als Excel vraagt of Teamscan een venster mag openen; houdt de browser het tegen, sta dan pop-ups voor deze site toe (het pictogram rechts in de adresbalk).',
    en: 'The report window did not open: it was declined or blocked by the browser. Click the report button again and choose "Allow" when Excel asks whether Teamscan may open a window; if the browser blocks it, allow pop-ups for this site (the icon at the right of the address bar).',
  },
  reportDialogFailed: {
    nl: 'Het rapportvenster kon niet worden geopend (Office-fout {code}: {reason}).',
    en: 'The report window could not be opened (Office error {code}: {reason}).',
  },
} satisfies Record<string, Localized>;

type ReportDialogErrorKey = keyof typeof REPORT_DIALOG_ERRORS;

function dialogError(key: ReportDialogErrorKey, params: Record<string, string | number> = {}): KeyedError {
  return new KeyedError('excel', REPORT_DIALOG_ERRORS, key, params);
}

/** The part of Office.js the dialog needs: the global `Office` in the task pane, a fake in tests. */
export interface OfficeDialogs {
  readonly context: {
    readonly ui: Pick<Office.UI, 'displayDialogAsync'>;
    readonly requirements?: Pick<Office.RequirementSetSupport, 'isSetSupported'>;
  };
  readonly EventType: Pick<typeof Office.EventType, 'DialogMessageReceived' | 'DialogEventReceived'>;
  readonly AsyncResultStatus: Pick<typeof Office.AsyncResultStatus, 'Succeeded'>;
}

/** The dialog page, next to the task pane's page: the dialog API wants the add-in's own domain. */
export function reportPageUrl(paneUrl: string): string {
  return new URL('report.html', paneUrl).href;
}

/** Our report dialog that is open, per task pane (Office object): a new report takes its place. */
const openDialogs = new WeakMap<object, Office.Dialog>();
/** What to call when an open dialog of ours is closed to make way for a new report. */
const closers = new WeakMap<Office.Dialog, () => void>();

/**
 * A task pane has one dialog at a time ("A host window, such as a task pane, can only have one dialog box open at a
 * time": 12007, dialog-handle-errors-events), and Dialog.close "is asynchronous" with nothing to await
 * (office.dialog#close; dialog-best-practices, "Opening another dialog immediately after closing one"). So a
 * report opened right after the last one closed can meet 12007: it is tried again, a few times, waiting longer
 * each time, before the user is told a window is open.
 */
export const DIALOG_RETRY = { attempts: 4, delayMs: 80 };

function closeQuietly(dialog: Office.Dialog): void {
  try {
    dialog.close();
  } catch {
    // Already closed by the user.
  }
}

/**
 * Closes the report dialog of ours this task pane has open, as a new report would (the self-test closes the one its
 * probe opened); whether one was open.
 */
export function closeReportDialog(office: OfficeDialogs): boolean {
  const dialog = openDialogs.get(office);
  if (!dialog) return false;
  openDialogs.delete(office);
  closeQuietly(dialog);
  closers.get(dialog)?.();
  return true;
}

/**
 * Opens the report in a dialog. Resolves once the page holds the report (or the user closed it first); rejects
 * with a keyed error when this Excel has no DialogApi 1.2, when displayDialogAsync fails, or when the page
 * cannot load. Error codes: learn.microsoft.com/office/dev/add-ins/develop/dialog-handle-errors-events.
 */
export function openReportDialog(
  office: OfficeDialogs,
  paneUrl: string,
  report: ReportView,
  /** Called once when the window this call opened is gone (closed by the user, by the page, or replaced). */
  onClosed: () => void = () => undefined,
): Promise<void> {
  // messageChild is DialogApi 1.2, which a manifest cannot require: check at run time (dialog-api-in-office-add-ins).
  if (!office.context.requirements?.isSetSupported('DialogApi', '1.2')) {
    return Promise.reject(dialogError('reportDialogUnsupported'));
  }
  // The report asked for now replaces one of ours still open (the pane can show only one).
  const previous = openDialogs.get(office);
  if (previous) {
    openDialogs.delete(office);
    closeQuietly(previous);
    closers.get(previous)?.();
  }
  return new Promise((resolve, reject) => {
    let settled = false;
    const settle = (error?: unknown) => {
      if (settled) return;
      settled = true;
      if (error) reject(error);
      else resolve();
    };
    // On the web a window of its own rather than Office's in-page frame (displayInIframe, office.dialogoptions):
    // printing from a frame inside Office's frame depends on sandbox flags Office does not document.
    const options = { height: 85, width: 70, displayInIframe: false, promptBeforeOpen: true };
    let gone = false;
    const forget = (dialog: Office.Dialog) => {
      if (openDialogs.get(office) === dialog) openDialogs.delete(office);
      if (!gone) {
        gone = true;
        onClosed();
      }
    };
    const open = (attempt: number) =>
      office.context.ui.displayDialogAsync(reportPageUrl(paneUrl), options, (result) => opened(result, attempt));
    const opened = (result: Office.AsyncResult<Office.Dialog>, attempt: number) => {
      if (result.status !== office.AsyncResultStatus.Succeeded) {
        const code = result.error?.code ?? 0;
        if (code === 12007 && attempt < DIALOG_RETRY.attempts) {
          setTimeout(() => open(attempt + 1), DIALOG_RETRY.delayMs * attempt);
          return;
        }
        if (code === 12007) return settle(dialogError('reportDialogOpen'));
        if (code === 12009 || code === 12011) return settle(dialogError('reportDialogBlocked'));
        return settle(dialogError('reportDialogFailed', { code, reason: result.error?.message ?? '' }));
      }
      const dialog = result.value;
      openDialogs.set(office, dialog);
      closers.set(dialog, () => forget(dialog));
      const id = `${Date.now()}-${Math.random().toString(36).slice(2)}`;
      dialog.addEventHandler(office.EventType.DialogMessageReceived, (args) => {
        const message = 'message' in args ? parseMessage<DialogToPane>(args.message) : undefined;
        if (message?.type === 'close') {
          forget(dialog);
          dialog.close();
        } else if (message?.type === 'ready') {
          try {
            // A message sent before the page registered its handler is lost: hence the page's "ready" first.
            for (const part of reportParts(id, report.html)) dialog.messageChild(JSON.stringify(part));
            settle();
          } catch (error) {
            forget(dialog);
            dialog.close();
            settle(error);
          }
        }
      });
      dialog.addEventHandler(office.EventType.DialogEventReceived, (args) => {
        const code = 'error' in args ? args.error : 0;
        forget(dialog);
        // 12006: the user closed the window, which is no failure. Any other event leaves a window that shows no
        // report: it is closed, so it does not hold the task pane's one dialog.
        if (code === 12006) return settle();
        closeQuietly(dialog);
        settle(dialogError('reportDialogFailed', { code, reason: 'DialogEventReceived' }));
      });
    };
    open(1);
  });
}
