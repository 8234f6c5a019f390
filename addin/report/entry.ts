// The report dialog's entry: when Office.js is ready in the dialog, the page starts listening to the task pane.

import { startReportDialog } from './dialog-page';

Office.onReady(() => startReportDialog(Office, document));
