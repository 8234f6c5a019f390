// One dialog per task pane, and Dialog.close is asynchronous: a second report opened before the first has
// closed meets 12007 (dialog-handle-errors-events); it is tried again and opens, replacing the first.

import { DIALOG_RETRY, type OfficeDialogs, openReportDialog } from '../../addin/excel/report-dialog';
import { errorText } from '../../shared/ui/i18n';
import { fakeOfficeDialogs } from './fake/dialog';

const PANE = 'https://teamscan.test/addin/taskpane.html';
const REPORT = { title: 'Teamrapport', html: '<p>rapport</p>' };

/** Whether a promise is still pending after `ms`. */
async function pendingAfter(promise: Promise<unknown>, ms: number): Promise<boolean> {
  const marker = Symbol('pending');
  const timer = new Promise((resolve) => setTimeout(() => resolve(marker), ms));
  return (
    (await Promise.race([
      promise.then(
        () => 'done',
        () => 'failed',
      ),
      timer,
    ])) === marker
  );
}

/** Waits until `check` holds (at most 10 s): the dialogs open on timers, which a loaded machine can run late. */
async function until(check: () => boolean): Promise<void> {
  const end = Date.now() + 10_000;
  while (!check() && Date.now() < end) await new Promise((resolve) => setTimeout(resolve, 10));
}

describe('a second report dialog while the first one is open or closing (12007)', () => {
  it('closes our first window, retries the 12007 and opens the second', async () => {
    const fake = fakeOfficeDialogs();
    const office = fake.office as OfficeDialogs;
    void openReportDialog(office, PANE, REPORT);
    await until(() => fake.state.busy);
    expect(fake.state.busy).toBe(true);
    const second = openReportDialog(office, PANE, REPORT);
    // The retries run on timers too: the test waits for the second window to be open, not for a fixed time.
    await until(() => fake.state.busy && !fake.state.closed && fake.opened.length >= 3);
    expect(fake.opened.length).toBeGreaterThanOrEqual(3);
    expect(fake.state).toEqual({ closed: false, busy: true });
    // Not refused: pending on the second window's page (which this test never loads).
    expect(await pendingAfter(second, DIALOG_RETRY.delayMs)).toBe(true);
  });

  it('still says a window is open when the host keeps refusing', async () => {
    const fake = fakeOfficeDialogs({ failWith: { code: 12007, message: 'busy' } });
    const error = await openReportDialog(fake.office as OfficeDialogs, PANE, REPORT).catch((caught: unknown) => caught);
    expect(fake.opened).toHaveLength(DIALOG_RETRY.attempts);
    expect(errorText(error, 'en')).toMatch(/already open/);
  });
});
