/** @jest-environment jsdom */
// A decimal level reads as the panel's language writes numbers: "3,5" in Dutch, "3.5" in English.

import { screen, within } from '@testing-library/react';
import { injectedBridge, writeAt } from '../preview/helpers';
import { renderPanel } from './render';

test.each([
  ['nl', 'Dekking', 'Anna, Basis: 3,5', 'Bram, Basis: 2'],
  ['en', 'Coverage', 'Anna, Basis: 3.5', 'Bram, Basis: 2'],
] as const)('the heat map shows a decimal level in the language of the panel (%s)', async (lang, tab, anna, bram) => {
  const { bridge } = await injectedBridge(['Anna', 'Bram']);
  await writeAt(bridge, { row: 2, expectedName: 'Anna', cells: [{ column: 4, value: 3.5 }] });
  await writeAt(bridge, { row: 3, expectedName: 'Bram', cells: [{ column: 4, value: 2 }] });
  const { user } = renderPanel(bridge, lang);
  await user.click(await screen.findByRole('tab', { name: tab }));
  const heat = await screen.findByTestId('heat-map');
  expect(within(heat).getByLabelText(anna).textContent).toBe(anna.split(': ')[1]);
  expect(within(heat).getByLabelText(bram)).toBeTruthy();
});
