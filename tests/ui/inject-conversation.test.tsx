/** @jest-environment jsdom */
// Profiel invoegen with the development conversation (docs/design.md#the-development-conversation): the sheets on request, kept in
// step once the workbook has them, what they hold kept; who can read them said beside the choice; nl and en.

import { screen } from '@testing-library/react';
import { SHEET_DEV_PLAN, SHEET_SECOND_VIEW } from '../../shared/analysis/conversation/texts';
import { injectedBridge, writeAt } from '../preview/helpers';
import { renderPanel } from './render';

test('nl: the choice adds Tweede blik and Ontwikkelplan; the next injection keeps them and what they hold', async () => {
  const { bridge } = await injectedBridge(['Anna', 'Bram']);
  const { user } = renderPanel(bridge);
  await user.click(await screen.findByRole('tab', { name: 'Profiel invoegen' }));
  const choice = await screen.findByRole('checkbox', { name: 'Ontwikkelgesprek: bladen Tweede blik en Ontwikkelplan' });
  expect(screen.getByText(/Iedereen die dit werkboek kan openen, kan deze bladen lezen/)).toBeTruthy();
  await user.click(choice);
  expect(await screen.findByText(/Tweede blik: wordt aangemaakt/)).toBeTruthy();
  await user.click(screen.getByRole('button', { name: 'Invoegen' }));
  await screen.findByText(/Klaar:/);
  expect(await bridge.listSheets()).toEqual(expect.arrayContaining([SHEET_SECOND_VIEW, SHEET_DEV_PLAN]));
  const header = (await bridge.readSheet(SHEET_SECOND_VIEW)).grid.values[0]!;
  await writeAt(bridge, {
    sheet: SHEET_SECOND_VIEW,
    row: 2,
    expectedName: 'Anna',
    cells: [{ column: header.indexOf('Coach'), value: 3 }],
  });
  // Again, with a new name: the sheets are kept without asking, the second view gets the name, Anna's view stays.
  await user.type(screen.getByLabelText('Namen (optioneel, één per regel)'), 'Chris');
  expect(await screen.findByText(/Tweede blik en Ontwikkelplan blijven in de pas met de Teammatrix/)).toBeTruthy();
  expect((screen.getByRole('checkbox') as HTMLInputElement).checked).toBe(true);
  // Never "rewritten": the summary says the sheets keep what they hold.
  expect(screen.getByText('Tweede blik: wordt bijgewerkt; wat erin staat, blijft staan')).toBeTruthy();
  expect(screen.getByText('Ontwikkelplan: wordt bijgewerkt; wat erin staat, blijft staan')).toBeTruthy();
  await user.click(screen.getByRole('button', { name: 'Invoegen' }));
  await screen.findByText(/Klaar:/);
  const second = (await bridge.readSheet(SHEET_SECOND_VIEW)).grid.values;
  expect(second[1]![header.indexOf('Coach')]).toBe(3);
  expect(second.slice(1).map((row) => row[0])).toEqual(['Anna', 'Bram', 'Chris']);
});

test('en: the choice and its privacy note in English; without it no sheet is added', async () => {
  const { bridge } = await injectedBridge(['Anna']);
  bridge.setLanguage('en');
  const { user } = renderPanel(bridge, 'en');
  await user.click(await screen.findByRole('tab', { name: 'Insert profile' }));
  expect(
    await screen.findByRole('checkbox', { name: 'Development conversation: sheets Tweede blik and Ontwikkelplan' }),
  ).toBeTruthy();
  expect(screen.getByText(/Everyone who can open this workbook can read these sheets/)).toBeTruthy();
  await user.click(screen.getByRole('button', { name: 'Insert' }));
  await screen.findByText(/Done:/);
  expect(await bridge.listSheets()).not.toContain(SHEET_SECOND_VIEW);
});
