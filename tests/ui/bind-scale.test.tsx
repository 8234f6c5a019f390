/** @jest-environment jsdom */
// A bound own-layout matrix in another scale than 0–4 (docs/design.md#3-levels-and-cell-values, other scales), in the
// preview: the binding states the scale its values decide or asks for it, lets the user choose another and keeps it;
// the Scan form offers the levels the scale expresses and saves in the matrix's own notation; Dekking and the formula
// helper read through the same scale; a value outside the scale is named by its cell, never read as 0.

import { screen, waitFor, within } from '@testing-library/react';
import { emptySheet, type StoredCell } from '../../preview/workbook';
import { ownLayoutBridge } from './own-layout';
import { renderPanel } from './render';

const TITLE: StoredCell[][] = [['Vaardigheden team 2025'], []];
const HEADER: StoredCell[] = ['Medewerker', 'Afdeling', 'Basis', 'Coach', 'Adviseur'];
const XO: StoredCell[][] = [...TITLE, HEADER, ['Anna', 'ICT', 'x', 'o', 'x'], ['Bram', 'OW', 'o', 'x', null]];
/** Numbers 1 to 4 only: 0–4 or 1–5 read them differently, so the user chooses. */
const OPEN: StoredCell[][] = [...TITLE, HEADER, ['Anna', 'ICT', 4, 2, 1], ['Bram', 'OW', 3, 4, null]];

const shown = () => within(screen.getByRole('tabpanel'));
const checked = (group: HTMLElement) => within(group).getByRole('radio', { checked: true }).getAttribute('aria-label');
const choices = (group: HTMLElement) =>
  within(group)
    .getAllByRole('radio')
    .map((radio) => radio.textContent);

async function proposed(cells: StoredCell[][], lang: 'nl' | 'en' = 'nl') {
  const { store, bridge } = ownLayoutBridge(cells);
  const view = renderPanel(bridge, lang);
  await view.user.click(await screen.findByRole('tab', { name: 'Scan' }));
  const proposal = await shown().findByTestId('bind-proposal');
  return { store, bridge, ...view, proposal };
}

test('nl: an x/o matrix is bound as x/o, two choices per item, held saved as "x" and not held as "o"', async () => {
  const { store, bridge, user, proposal } = await proposed(XO);
  expect(within(proposal).getByTestId('bind-scale').textContent).toBe(
    'Schaal: x/o (x → 2 Bekwaam, o → 0; een gebied is gedekt door wie één van zijn items heeft)',
  );
  await user.click(within(proposal).getByRole('button', { name: 'Koppelen' }));
  expect(JSON.parse(store.workbook.binding!.record).scale).toBe('x-o');
  expect((await shown().findByTestId('bound-scale')).textContent).toMatch(/^Schaal: x\/o/);
  bridge.select({ sheet: 'Blad1', row: 4, column: 1 });
  const coach = await screen.findByRole('radiogroup', { name: 'Niveau voor Coach' });
  expect(choices(coach)).toEqual(['0', '2', 'n.v.t.']);
  // The keyboard hint names the digits this scale takes.
  expect(screen.getByText(/^Toetsen: /).textContent).toMatch(/^Toetsen: 0, 2 kiest een niveau/);
  expect(checked(coach)).toBe('0 Nog niet');
  await user.click(within(coach).getByRole('radio', { name: '2 Bekwaam' }));
  const basis = screen.getByRole('radiogroup', { name: 'Niveau voor Basis' });
  await user.click(within(basis).getByRole('radio', { name: '0 Nog niet' }));
  await user.click(screen.getByRole('button', { name: 'Opslaan' }));
  await waitFor(() => expect(store.workbook.sheets[0]!.cells[3]).toEqual(['Anna', 'ICT', 'o', 'x', 'x']));
  expect(store.workbook.sheets[0]!.cells.slice(0, 3)).toEqual(XO.slice(0, 3));
  expect(store.workbook.sheets[0]!.cells[4]).toEqual(XO[4]);
});

test('en: a 1 to 4 matrix asks for its scale; 1–5 chosen is kept, level 3 saved as 4, read back on reopening', async () => {
  const { store, bridge, user, proposal, unmount } = await proposed(OPEN, 'en');
  expect(within(proposal).getByTestId('bind-scale').textContent).toBe(
    'The values fit more than one scale (0-4, 1-5) and read differently in each. Choose this table’s scale.',
  );
  const bind = within(proposal).getByRole('button', { name: 'Bind' });
  expect(bind.hasAttribute('disabled')).toBe(true);
  await user.selectOptions(within(proposal).getByLabelText('This table’s scale'), '1-5');
  expect(within(proposal).getByTestId('bind-scale').textContent).toBe('Scale: 1–5 (1 → 0 … 5 → 4)');
  await user.click(within(proposal).getByRole('button', { name: 'Bind' }));
  await shown().findByTestId('bound-scale');
  bridge.select({ sheet: 'Blad1', row: 5, column: 1 });
  const coach = await screen.findByRole('radiogroup', { name: /Coach/ });
  expect(checked(coach)).toMatch(/^3 /);
  expect(screen.getByText(/^Keys: /).textContent).toMatch(/^Keys: 0–4 chooses a level/);
  await user.click(within(coach).getByRole('radio', { name: /^1 / }));
  await user.click(screen.getByRole('button', { name: 'Save' }));
  await waitFor(() => expect(store.workbook.sheets[0]!.cells[4]).toEqual(['Bram', 'OW', 3, 2, null]));
  expect(store.workbook.sheets[0]!.cells.filter((_, r) => r !== 4)).toEqual(OPEN.filter((_, r) => r !== 4));
  unmount();
  // Reopened: the scale comes from the binding, not from the values.
  renderPanel(bridge, 'en');
  await user.click(await screen.findByRole('tab', { name: 'Scan' }));
  expect((await shown().findByTestId('bound-scale')).textContent).toBe('Scale: 1–5 (1 → 0 … 5 → 4)');
  expect(checked(await screen.findByRole('radiogroup', { name: /Coach/ }))).toMatch(/^1 /);
});

test('another scale chosen in the summary: an x/o matrix bound as 0–4 reads and writes 0–4', async () => {
  const { store, user, proposal } = await proposed(XO);
  await user.selectOptions(within(proposal).getByLabelText('Schaal van deze tabel'), '0-4');
  expect(within(proposal).getByTestId('bind-scale').textContent).toBe('Schaal: 0–4');
  await user.click(within(proposal).getByRole('button', { name: 'Koppelen' }));
  await shown().findByTestId('bound-to');
  expect(JSON.parse(store.workbook.binding!.record).scale).toBe('0-4');
  expect(shown().queryByTestId('bound-scale')).toBeNull();
});

test('a value outside the bound scale is named by its cell, in the form and the list, never read as 0', async () => {
  const cells: StoredCell[][] = [...TITLE, HEADER, ['Anna', 'ICT', 5, 0, 1], ['Bram', 'OW', 2, 4, 3]];
  const { store, bridge, user, proposal } = await proposed(cells);
  // 0 and 5 side by side: no scale reads them all; the user chooses 1–5.
  expect(within(proposal).getByTestId('bind-scale').textContent).toMatch(/^Geen schaal leest alle waarden/);
  await user.selectOptions(within(proposal).getByLabelText('Schaal van deze tabel'), '1-5');
  await user.click(within(proposal).getByRole('button', { name: 'Koppelen' }));
  bridge.select({ sheet: 'Blad1', row: 4, column: 1 });
  const coach = await screen.findByRole('radiogroup', { name: 'Niveau voor Coach' });
  // The problem names what 1–5 accepts, not 0–4's values.
  expect(shown().getByTestId('read-problems').textContent).toContain(
    'Cel Blad1!D4: 0 is geen waarde van de schaal 1-5: 1 … 5, n.v.t. of leeg.',
  );
  expect(within(coach).queryByRole('radio', { checked: true })).toBeNull();
  expect(coach.parentElement!.textContent).toContain('Cel Blad1!D4 heeft 0');
  // Dekking reads through the same scale: Anna's 5 is Basis level 4, her 0 is left out of Coach.
  await user.click(screen.getByRole('tab', { name: 'Dekking' }));
  const coachArea = await screen.findByTestId('area-coach');
  expect(within(coachArea).getByText('1 gedekt, 1 gescand')).toBeTruthy();
  // The formula helper passes the scale, and the threshold in it (level 2 is 3 on 1–5).
  store.set({ ...store.workbook, sheets: [...store.workbook.sheets, emptySheet('Blad2')] });
  bridge.select({ sheet: 'Blad2', row: 1, column: 1 });
  await user.selectOptions(await screen.findByLabelText('Functie'), 'DEKKING');
  await user.click(screen.getByRole('button', { name: 'In actieve cel zetten' }));
  const blad2 = () => store.workbook.sheets.find((sheet) => sheet.name === 'Blad2')!;
  await waitFor(() => expect(blad2().cells[0]?.[0]).toEqual({ formula: '=DEKKING(Blad1!A3:E5,3,2,"npuls","1-5")' }));
});

test('en: a value outside the bound x/o scale is named with the marks x/o accepts', async () => {
  const cells: StoredCell[][] = [...TITLE, HEADER, ['Anna', 'ICT', 'x', 'o', 'x'], ['Bram', 'OW', 'o', 'x', 'B']];
  const { bridge, user, proposal } = await proposed(cells, 'en');
  await user.selectOptions(within(proposal).getByLabelText('This table’s scale'), 'x-o');
  await user.click(within(proposal).getByRole('button', { name: 'Bind' }));
  bridge.select({ sheet: 'Blad1', row: 5, column: 1 });
  expect((await shown().findByTestId('read-problems')).textContent).toContain(
    'Cell Blad1!E5: "B" is not a value of the scale x-o: x / ja / yes / y / j / ✓ / ✔ / true / waar / 1, o / nee / no / n / false / onwaar / 0, n/a or empty.',
  );
});
