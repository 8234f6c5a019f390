/** @jest-environment jsdom */
// The panel in the Sheets sidebar, over google.script.run to the built server: a level typed in the Teammatrix and
// a norm typed on Dekking show on Dekking after the next poll of the sheets' fingerprint, with "bijgewerkt hh:mm",
// without another cell being selected.

import { screen, waitFor, within } from '@testing-library/react';
import { SheetsBridge } from '../../appsscript/sidebar/bridge';
import { ServerClient } from '../../appsscript/sidebar/client';
import { findBuiltinProfile } from '../../shared/profiles/builtins';
import { buildWorkbookPlan } from '../../shared/workbook/build-plan';
import { renderPanel } from '../ui/render';
import { loadGas } from './fake/load-gas';
import { scriptRunOver } from './fake/script-run';

/** Timers a test runs by hand: every waiting callback at once. */
class HandTimers {
  private next = 1;
  readonly waiting = new Map<number, () => void>();
  setTimeout(run: () => void) {
    const handle = this.next++;
    this.waiting.set(handle, run);
    return handle;
  }
  clearTimeout(handle: unknown) {
    this.waiting.delete(handle as number);
  }
  runAll() {
    const due = [...this.waiting.values()];
    this.waiting.clear();
    for (const run of due) run();
  }
}

test('a level typed in the Teammatrix and a norm typed on Dekking show after the next poll', async () => {
  const loaded = loadGas();
  const timers = new HandTimers();
  const visible = { hidden: () => false, onChange: () => () => {} };
  const bridge = new SheetsBridge(
    new ServerClient(scriptRunOver(loaded)),
    { locale: 'nl', lang: 'nl' },
    timers,
    visible,
  );
  await bridge.applyPlan(
    buildWorkbookPlan({
      profile: findBuiltinProfile('npuls')!,
      detail: 'gebieden',
      lang: 'nl',
      names: ['Anna', 'Bram'],
    }),
  );
  const matrix = loaded.gas.spreadsheet.getSheetByName('Teammatrix')!;
  // Coach is column H: Anna and Bram at 3.
  matrix.write(2, 8, 3);
  matrix.write(3, 8, 3);
  const { user } = renderPanel(bridge);
  await user.click(await screen.findByRole('tab', { name: 'Dekking' }));
  const coach = () => within(screen.getByTestId('area-coach'));
  await waitFor(() => expect(coach().getByText('2 gedekt, 2 gescand')).toBeTruthy());
  expect(screen.getByTestId('coverage-updated').textContent).toMatch(/^bijgewerkt \d\d:\d\d$/);
  const reads = jest.spyOn(bridge, 'readSheet');
  // The first poll learns the fingerprint; nothing changed, so nothing is read.
  timers.runAll();
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(reads).not.toHaveBeenCalled();

  matrix.write(3, 8, 0);
  await waitFor(() => {
    timers.runAll();
    expect(coach().getByText('1 gedekt, 2 gescand')).toBeTruthy();
  });
  // A norm on Dekking: Coach's threshold 4 in the norms table leaves nobody covering it.
  const dashboard = loaded.gas.spreadsheet.getSheetByName('Dekking')!;
  const normRow = [...Array(40).keys()].map((r) => r + 1).find((r) => dashboard.valueAt(r, 1) === 'Coach')!;
  dashboard.write(normRow, 2, 4);
  await waitFor(() => {
    timers.runAll();
    expect(coach().getByText('0 gedekt, 2 gescand')).toBeTruthy();
  });
});
