/** @jest-environment jsdom */
// A bound own-layout matrix in another scale than 0–4 (docs/design.md#3-levels-and-cell-values, other scales): the Scan
// form reads its cells in that scale ("o" beside x marks is "no", 0) and is read-only, saying so; nothing is written.

import { screen, waitFor, within } from '@testing-library/react';
import type { StoredCell } from '../../preview/workbook';
import { ownLayoutBridge } from './own-layout';
import { renderPanel } from './render';

const XO: StoredCell[][] = [
  ['Vaardigheden team 2025'],
  [],
  ['Medewerker', 'Afdeling', 'Basis', 'Coach', 'Adviseur'],
  ['Anna', 'ICT', 'x', 'o', 'x'],
  ['Bram', 'OW', 'o', 'x', null],
];

const shown = () => within(screen.getByRole('tabpanel'));
const checked = (group: HTMLElement) => within(group).getByRole('radio', { checked: true }).getAttribute('aria-label');

async function boundXo(lang: 'nl' | 'en') {
  const { store, bridge } = ownLayoutBridge(XO);
  const { user } = renderPanel(bridge, lang);
  await user.click(await screen.findByRole('tab', { name: 'Scan' }));
  const proposal = await shown().findByTestId('bind-proposal');
  await user.click(within(proposal).getByRole('button', { name: lang === 'nl' ? 'Koppelen' : 'Bind' }));
  await shown().findByTestId('bound-to');
  bridge.select({ sheet: 'Blad1', row: 4, column: 1 });
  return { store, user };
}

test('nl: an "o" in an x/o matrix shows as 0 Nog niet, the pickers change nothing and Opslaan writes nothing', async () => {
  const { store, user } = await boundXo('nl');
  const coach = await screen.findByRole('radiogroup', { name: 'Niveau voor Coach' });
  expect(checked(coach)).toBe('0 Nog niet');
  expect(checked(screen.getByRole('radiogroup', { name: 'Niveau voor Basis' }))).toBe('2 Bekwaam');
  const notice = await shown().findByTestId('bind-scale-read-only');
  expect(notice.textContent).toBe(
    'Deze tabel gebruikt schaal x-o. Het Scan-formulier toont de niveaus, maar kan deze schaal nog niet schrijven: vul de cellen in het blad zelf in. Dekking werkt wel.',
  );
  await user.click(within(coach).getByRole('radio', { name: /^3 / }));
  await user.click(screen.getByRole('button', { name: 'Opslaan' }));
  expect(checked(coach)).toBe('0 Nog niet');
  await waitFor(() => expect(store.workbook.sheets[0]!.cells[3]).toEqual(['Anna', 'ICT', 'x', 'o', 'x']));
  expect(store.workbook.sheets[0]!.cells[2]).toEqual(['Medewerker', 'Afdeling', 'Basis', 'Coach', 'Adviseur']);
});

test('en: the same form in English says it cannot write the scale yet and that Coverage still works', async () => {
  const { store, user } = await boundXo('en');
  const coach = await screen.findByRole('radiogroup', { name: /Coach/ });
  expect(checked(coach)).toMatch(/^0 /);
  expect((await shown().findByTestId('bind-scale-read-only')).textContent).toBe(
    'This table uses scale x-o. The Scan form shows the levels but cannot write this scale yet: fill in the cells on the sheet itself. Coverage still works.',
  );
  await user.keyboard('{Tab}');
  within(coach).getByRole('radio', { name: /^0 / }).focus();
  await user.keyboard('4');
  expect(checked(coach)).toMatch(/^0 /);
  expect(store.workbook.sheets[0]!.cells[3]).toEqual(['Anna', 'ICT', 'x', 'o', 'x']);
});
