/** @jest-environment jsdom */
// A part that stays hidden is not drawn again after a save (the team is read anew): Profiel invoegen builds its
// workbook plan again only once it is shown, with the team as it is then.

import { act, screen, waitFor, within } from '@testing-library/react';
import * as buildPlan from '../../shared/workbook/build-plan';
import { injectedBridge } from '../preview/helpers';
import { renderPanel } from './render';

test('a save on Scan does not make the hidden Profiel invoegen plan again; showing it does', async () => {
  const { bridge } = await injectedBridge(['Anna', 'Bram']);
  bridge.select({ sheet: 'Teammatrix', row: 2, column: 1 });
  const { user } = renderPanel(bridge);
  await user.click(await screen.findByRole('tab', { name: 'Profiel invoegen' }));
  await screen.findByText(/Teammatrix: /);
  const build = jest.spyOn(buildPlan, 'buildWorkbookPlan');
  await user.click(screen.getByRole('tab', { name: 'Scan' }));
  within(await screen.findByRole('radiogroup', { name: 'Niveau voor Basis' }))
    .getByRole('radio', { name: '0 Nog niet' })
    .focus();
  await user.keyboard('2');
  await user.click(screen.getByRole('button', { name: 'Opslaan' }));
  expect(await screen.findByText('Opgeslagen voor Anna.')).toBeTruthy();
  // The save's new read of the team lands within a few task turns (the preview answers from memory).
  await act(() => new Promise((resolve) => setTimeout(resolve, 100)));
  expect(build).not.toHaveBeenCalled();
  await user.click(screen.getByRole('tab', { name: 'Profiel invoegen' }));
  await waitFor(() => expect(build).toHaveBeenCalled());
  build.mockRestore();
});
