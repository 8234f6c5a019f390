/** @jest-environment jsdom */
// A read problem's link in the panel selects the very cell it names, not only its row.

import { screen, waitFor, within } from '@testing-library/react';
import { readTeam } from '../../shared/scan/team';
import { injectedBridge } from '../preview/helpers';
import { renderPanel } from './render';

test('each problem link selects the exact cell it names', async () => {
  const { bridge } = await injectedBridge(['Anna', 'Bram', 'Chris']);
  const team = readTeam(await bridge.readSheet('Teammatrix'), await bridge.readSheet('Profiel'))!;
  const coach = team.layout.fields.find((field) => field.key === 'coach')!.column;
  bridge.editCell('Teammatrix', 3, coach + 1, 'hoog'); // column H
  bridge.editCell('Teammatrix', 4, 1, 'anna'); // a repeated name in column A
  bridge.select({ sheet: 'Teammatrix', row: 2, column: 5 });
  const { user } = renderPanel(bridge);
  await user.click(await screen.findByRole('tab', { name: 'Dekking' }));
  const part = (await screen.findByTestId('area-coach')).closest<HTMLElement>('[role="tabpanel"]')!;
  const problems = await within(part).findByTestId('read-problems');

  await user.click(within(problems).getByRole('button', { name: 'Ga naar Teammatrix!H3' }));
  await waitFor(async () =>
    expect(await bridge.getSelection()).toEqual({ sheet: 'Teammatrix', row: 3, column: coach + 1 }),
  );
  expect(coach + 1).toBe(8);

  await user.click(within(problems).getByRole('button', { name: 'Ga naar Teammatrix!A4' }));
  await waitFor(async () => expect(await bridge.getSelection()).toEqual({ sheet: 'Teammatrix', row: 4, column: 1 }));
});
