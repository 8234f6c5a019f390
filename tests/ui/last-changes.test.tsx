/** @jest-environment jsdom */
// The Scan part's last changes: the person's newest five Teamscan-log rows, read when the list is opened.

import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PreviewBridge } from '../../preview/bridge';
import { WorkbookStore } from '../../preview/store';
import { LanguageProvider } from '../../shared/ui/i18n';
import { LastChanges, lastChanges } from '../../shared/ui/scan/LastChanges';
import { injectedBridge, writeAt } from '../preview/helpers';

test('opening the list shows the five newest changes of that person only, newest first', async () => {
  const store = new WorkbookStore();
  let minute = 0;
  const clock = () => new Date(Date.UTC(2025, 2, 4, 10, minute++));
  const { store: injected } = await injectedBridge(['Anna', 'Bram']);
  store.set(injected.workbook);
  const bridge = new PreviewBridge(store, 'nl-NL', clock);
  for (const level of [1, 2, 3, 4, 0, 1, 2]) {
    await writeAt(bridge, { row: 2, expectedName: 'Anna', cells: [{ column: 5, value: level }] });
  }
  await writeAt(bridge, { row: 3, expectedName: 'Bram', cells: [{ column: 5, value: 'n.v.t.' }] });
  const header = String((await bridge.readSheet('Teammatrix')).grid.values[0]![5]);

  const user = userEvent.setup({ delay: null });
  render(<LastChanges bridge={bridge} name="anna" />);
  await user.click(screen.getByText('Laatste wijzigingen'));
  const items = await within(screen.getByTestId('last-changes')).findAllByRole('listitem');
  expect(items.map((item) => item.textContent?.replace(/^.*?\d{2}:\d{2}\s*/, ''))).toEqual([
    `${header}: 1 → 2`,
    `${header}: 0 → 1`,
    `${header}: 4 → 0`,
    `${header}: 3 → 4`,
    `${header}: 2 → 3`,
  ]);
});

test('without a log the list says so, in the panel language', async () => {
  const { bridge } = await injectedBridge(['Anna']);
  const user = userEvent.setup({ delay: null });
  render(
    <LanguageProvider value="en">
      <LastChanges bridge={bridge} name="Anna" />
    </LanguageProvider>,
  );
  await user.click(screen.getByText('Last changes'));
  expect(await screen.findByText('No changes recorded yet.')).toBeTruthy();
});

test('Excel serial times order like dates, whatever order the host stored the rows in', () => {
  const log = [
    ['Tijd', 'Naam', 'Kolom', 'Eerder', 'Nu'],
    [45720.5, 'Anna', 'Coach', 1, 2],
    [45720.25, 'Anna', 'Coach', null, 1],
    [45721, 'Anna', 'Adviseur', 3, null],
  ];
  expect(lastChanges(log, 'Anna', 2).map((change) => [change.column, change.before, change.now])).toEqual([
    ['Adviseur', 3, null],
    ['Coach', 1, 2],
  ]);
});
