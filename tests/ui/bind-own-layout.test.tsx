/** @jest-environment jsdom */
// Own layouts (docs/design.md#7-the-injected-workbook): a workbook without a Teammatrix binds its own table (found on the active sheet or
// from the selected header row), remembers it, and Scan, Dekking and the formula helper then work on it; a
// binding whose sheet is gone or whose header changed is reported with an offer to bind again.

import { screen, waitFor, within } from '@testing-library/react';
import { emptySheet } from '../../preview/workbook';
import { OWN_LAYOUT, ownLayoutBridge } from './own-layout';
import { renderPanel } from './render';

/** The part shown (every part stays mounted; the hidden ones are out of the accessibility tree). */
const shown = () => within(screen.getByRole('tabpanel'));

test('nl: the table on the active sheet is found, shown and bound; Scan saves into it and Dekking counts it', async () => {
  const { store, bridge } = ownLayoutBridge();
  const { user } = renderPanel(bridge);
  await user.click(await screen.findByRole('tab', { name: 'Scan' }));
  const proposal = await shown().findByTestId('bind-proposal');
  expect(proposal.textContent).toContain(
    'Blad Blad1, koprij 3, namen in kolom A ("Medewerker"): 3 personen, 4 competentiekolommen.',
  );
  expect(within(proposal).getByTestId('bind-scale').textContent).toBe('Schaal: 0–4');
  await user.click(within(proposal).getByRole('button', { name: 'Koppelen' }));
  expect(store.workbook.binding?.place).toEqual({ sheet: 'Blad1', row: 3, column: 1, columns: 6 });
  await waitFor(() => expect(shown().getByTestId('bound-to').textContent).toBe('Gekoppeld aan Blad1!A3:F8'));

  // Scan follows the selection on the bound sheet and saves Bram's Adviseur into Blad1!E5, nowhere else.
  bridge.select({ sheet: 'Blad1', row: 5, column: 1 });
  const adviseur = await screen.findByRole('radiogroup', { name: 'Niveau voor Adviseur' });
  await user.click(within(adviseur).getByRole('radio', { name: /^3 / }));
  await user.click(screen.getByRole('button', { name: 'Opslaan' }));
  await waitFor(() => expect(store.workbook.sheets[0]!.cells[4]).toEqual(['Bram', 'OW', 2, 3, 3, 1]));
  expect(store.workbook.sheets[0]!.cells[7]).toEqual(['Let op: vul 0 tot 4 in']);

  await user.click(screen.getByRole('tab', { name: 'Dekking' }));
  const coach = await screen.findByTestId('area-coach');
  expect(within(coach).getByText('2 gedekt, 3 gescand')).toBeTruthy();
  // The formula helper points at the bound range.
  store.set({ ...store.workbook, sheets: [...store.workbook.sheets, emptySheet('Blad2')] });
  bridge.select({ sheet: 'Blad2', row: 1, column: 1 });
  await user.selectOptions(await screen.findByLabelText('Functie'), 'DEKKING');
  await user.click(screen.getByRole('button', { name: 'In actieve cel zetten' }));
  const blad2 = () => store.workbook.sheets.find((sheet) => sheet.name === 'Blad2')!;
  await waitFor(() => expect(blad2().cells[0]?.[0]).toEqual({ formula: '=DEKKING(Blad1!A3:F8,2,2,"npuls")' }));
});

test('en: the selected header row is used with "Use this table", and the summary is in English', async () => {
  const { store, bridge } = ownLayoutBridge(OWN_LAYOUT, 3);
  const { user } = renderPanel(bridge, 'en');
  await user.click(await screen.findByRole('tab', { name: 'Scan' }));
  const bind = await shown().findByTestId('bind-matrix');
  await user.click(within(bind).getByRole('button', { name: 'Use this table' }));
  const proposal = await within(bind).findByTestId('bind-proposal');
  expect(proposal.textContent).toContain(
    'Sheet Blad1, header row 3, names in column A ("Medewerker"): 3 people, 4 competency columns.',
  );
  await user.click(within(proposal).getByRole('button', { name: 'Bind' }));
  await waitFor(() => expect(shown().getByTestId('bound-to').textContent).toBe('Bound to Blad1!A3:F8'));
  expect(store.workbook.binding?.place.row).toBe(3);
});

test('a selected row that is no header says which cell is wrong, in the panel language', async () => {
  const { bridge } = ownLayoutBridge(OWN_LAYOUT, 5);
  const { user } = renderPanel(bridge);
  await user.click(await screen.findByRole('tab', { name: 'Scan' }));
  const bind = await shown().findByTestId('bind-matrix');
  await user.click(within(bind).getByRole('button', { name: 'Gebruik deze tabel' }));
  expect((await within(bind).findByRole('alert')).textContent).toMatch(/Blad1!/);
});

test('a changed header and a deleted sheet are reported, with the binding offered again', async () => {
  const { store, bridge } = ownLayoutBridge();
  const { user } = renderPanel(bridge);
  await user.click(await screen.findByRole('tab', { name: 'Dekking' }));
  await user.click(within(await shown().findByTestId('bind-proposal')).getByRole('button', { name: 'Koppelen' }));
  await screen.findByTestId('area-coach');
  // A column deleted in the bound table: the header shifts left (Coach's column now holds Adviseur).
  const cells = store.workbook.sheets[0]!.cells.map((line, r) => (r >= 2 ? line.filter((_, c) => c !== 3) : line));
  store.set({ ...store.workbook, sheets: [{ ...store.workbook.sheets[0]!, cells }] });
  const broken = await shown().findByTestId('bind-broken');
  expect(broken.textContent).toContain('Blad1!D3 was "Coach", nu "Adviseur"');
  expect(within(broken.parentElement!).getByRole('button', { name: 'Gebruik deze tabel' })).toBeTruthy();
  // The sheet deleted.
  store.set({ ...store.workbook, sheets: [emptySheet('Blad2')], active: { sheet: 'Blad2', row: 1, column: 1 } });
  await user.click(screen.getByRole('tab', { name: 'Scan' }));
  await user.click(screen.getByRole('tab', { name: 'Dekking' }));
  await waitFor(() =>
    expect(shown().getByTestId('bind-broken').textContent).toContain('Het gekoppelde blad Blad1 bestaat niet meer.'),
  );
});
