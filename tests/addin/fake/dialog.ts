// A stand-in for Office's dialog API: the task pane's Office.context.ui.displayDialogAsync and Dialog, and the
// dialog page's Office.context.ui (addHandlerAsync, messageParent), wired to each other as Office wires them.

/**
 * Office.js's runtime values of the enums the dialog code reads: the typings declare enums, Office.js itself
 * strings (node_modules/@microsoft/office-js/dist/excel-*-16.00.js: DialogMessageReceived:"dialogMessageReceived",
 * Succeeded:"succeeded", …).
 */
export const EVENT_TYPES = {
  DialogMessageReceived: 'dialogMessageReceived',
  DialogEventReceived: 'dialogEventReceived',
  DialogParentMessageReceived: 'dialogParentMessageReceived',
} as const;
export const ASYNC_STATUS = { Succeeded: 'succeeded', Failed: 'failed' } as const;

type Handler = (args: unknown) => void;

export interface FakeDialogOptions {
  /** Office.context.requirements.isSetSupported('DialogApi', '1.2'); true by default. */
  readonly dialogApi12?: boolean;
  /** displayDialogAsync fails with this error (status "failed"; the dialog is not created). */
  readonly failWith?: { readonly code: number; readonly message: string };
  /**
   * Office on the web asks the user before a dialog opens (DialogOptions.promptBeforeOpen, true by default: "The
   * framework displays a pop-up to trigger the navigation and avoid the browser's pop-up blocker",
   * learn.microsoft.com/javascript/api/office/office.dialogoptions). 'ignore' is the user choosing Ignore there:
   * 12009, "The user chose to ignore the dialog box. This error can occur in Office on the web, where users may
   * choose not to allow an add-in to present a dialog box" (learn.microsoft.com/office/dev/add-ins/develop/
   * dialog-handle-errors-events). Unset: no prompt (the desktop hosts), or the user chose Allow.
   */
  readonly prompt?: 'allow' | 'ignore';
  /** Runs when the dialog's page "loads": the test starts the page's script here with `page`. */
  readonly onOpen?: (page: FakeDialogPage) => void;
}

/** The dialog's side: the Office object its page sees. */
export interface FakeDialogPage {
  readonly office: unknown;
}

export interface FakeDialogs {
  /** The task pane's Office (context.ui, context.requirements, EventType, AsyncResultStatus). */
  readonly office: unknown;
  readonly opened: { readonly url: string; readonly options: unknown }[];
  /** Every messageChild call, delivered or lost. */
  readonly sentToChild: string[];
  /** Every messageParent call. */
  readonly sentToParent: string[];
  /** `closed`: the pane closed the dialog or the user did; `busy`: the host window still has a dialog. */
  readonly state: { closed: boolean; busy: boolean };
  /** The dialog raises DialogEventReceived in the pane (12006 when the user closes it with its X). */
  raiseEvent(code: number): void;
}

/** How long after Dialog.close the host window takes a new dialog (close is asynchronous, see below). */
export const CLOSE_TAKES_MS = 30;

/** Messages cross windows asynchronously (postMessage underneath): delivered on a later task. */
const later = (run: () => void) => setTimeout(run, 0);

export function fakeOfficeDialogs(options: FakeDialogOptions = {}): FakeDialogs {
  const opened: FakeDialogs['opened'] = [];
  const sentToChild: string[] = [];
  const sentToParent: string[] = [];
  const state = { closed: false, busy: false };
  const paneHandlers = new Map<string, Handler>();
  let childHandler: Handler | undefined;

  // Dialog: addEventHandler for DialogMessageReceived / DialogEventReceived; messageChild raises
  // DialogParentMessageReceived in the dialog (learn.microsoft.com/javascript/api/office/office.dialog).
  // A message sent before the dialog registered its handler is not delivered (github.com/OfficeDev/office-js/
  // issues/2372: messageChild right after displayDialogAsync never reaches the page).
  const dialog = {
    addEventHandler: (type: string, handler: Handler) => paneHandlers.set(type, handler),
    messageChild: (message: string) => {
      if (typeof message !== 'string') throw new TypeError('messageChild takes a string');
      sentToChild.push(message);
      const handler = childHandler;
      if (handler && !state.closed) later(() => handler({ type: EVENT_TYPES.DialogParentMessageReceived, message }));
    },
    // Dialog.close: "This method is asynchronous. It does not take a callback parameter and it does not return a
    // Promise object" (learn.microsoft.com/javascript/api/office/office.dialog#office-office-dialog-close-member(1)):
    // the host window is free for a new dialog only a little later.
    close: () => {
      state.closed = true;
      setTimeout(() => {
        state.busy = false;
      }, CLOSE_TAKES_MS);
    },
  };

  // The dialog page's Office.context.ui: addHandlerAsync(DialogParentMessageReceived, handler, callback) and
  // messageParent, which raises DialogMessageReceived in the pane (learn.microsoft.com/javascript/api/office/office.ui).
  const page: FakeDialogPage = {
    office: {
      context: {
        ui: {
          addHandlerAsync: (type: string, handler: Handler, callback?: (result: unknown) => void) => {
            if (type === EVENT_TYPES.DialogParentMessageReceived) childHandler = handler;
            later(() => callback?.({ status: ASYNC_STATUS.Succeeded, value: undefined }));
          },
          messageParent: (message: string) => {
            sentToParent.push(message);
            const handler = paneHandlers.get(EVENT_TYPES.DialogMessageReceived);
            if (handler && !state.closed) later(() => handler({ message, origin: 'https://teamscan.test' }));
          },
        },
      },
      EventType: EVENT_TYPES,
      AsyncResultStatus: ASYNC_STATUS,
    },
  };

  const office = {
    context: {
      ui: {
        // displayDialogAsync(startAddress, options, callback): the callback gets an AsyncResult whose value is
        // the Dialog, or status "failed" with error.code and no dialog (office.ui#displaydialogasync;
        // dialog-handle-errors-events: 12004, 12005, 12007, 12009, 12011).
        displayDialogAsync: (url: string, dialogOptions: unknown, callback: (result: unknown) => void) => {
          opened.push({ url, options: dialogOptions });
          later(() => {
            if (options.failWith) {
              callback({ status: ASYNC_STATUS.Failed, error: options.failWith, value: undefined });
              return;
            }
            const prompted = (dialogOptions as { promptBeforeOpen?: boolean } | undefined)?.promptBeforeOpen !== false;
            if (options.prompt === 'ignore' && prompted) {
              const error = { code: 12009, message: 'The user chose to ignore the dialog box.' };
              callback({ status: ASYNC_STATUS.Failed, error, value: undefined });
              return;
            }
            // 12007: "A dialog box is already opened from this host window. A host window, such as a task pane,
            // can only have one dialog box open at a time." (dialog-handle-errors-events)
            if (state.busy) {
              const error = { code: 12007, message: 'A dialog box is already opened from this host window.' };
              callback({ status: ASYNC_STATUS.Failed, error, value: undefined });
              return;
            }
            state.busy = true;
            state.closed = false;
            callback({ status: ASYNC_STATUS.Succeeded, value: dialog });
            // The page loads after the pane got its Dialog object.
            later(() => options.onOpen?.(page));
          });
        },
      },
      requirements: {
        isSetSupported: (name: string, version: string) =>
          name === 'DialogApi' && Number(version) <= 1.2 ? options.dialogApi12 !== false : true,
      },
    },
    EventType: EVENT_TYPES,
    AsyncResultStatus: ASYNC_STATUS,
  };

  return {
    office,
    opened,
    sentToChild,
    sentToParent,
    state,
    raiseEvent: (code) => {
      // 12006: the user closed the window with its X, which frees the host window; after any other event
      // (12002: its page could not load) the window stays until it is closed.
      if (code === 12006) Object.assign(state, { closed: true, busy: false });
      paneHandlers.get(EVENT_TYPES.DialogEventReceived)?.({ error: code });
    },
  };
}
