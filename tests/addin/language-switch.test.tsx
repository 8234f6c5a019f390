/** @jest-environment jsdom */
// The panel on the ExcelBridge: an injection refused while the panel spoke Dutch reads in English as soon as the
// user switches the panel's language (the bridge was made from a Dutch Office locale).

import { screen, waitFor } from '@testing-library/react';
import { ExcelBridge } from '../../addin/excel/bridge';
import { renderPanel } from '../ui/render';
import { fakeExcel } from './fake-excel';

test('a refusal shown in Dutch is read in English after the language switch', async () => {
  const bridge = new ExcelBridge(fakeExcel({ structureProtected: true }).run, 'nl-NL');
  const { user } = renderPanel(bridge);
  const insert = await screen.findByRole('button', { name: 'Invoegen' });
  // Enabled once the injection's code has loaded and the plan is made.
  await waitFor(() => expect(insert.hasAttribute('disabled')).toBe(false));
  await user.click(insert);
  const alert = await screen.findByRole('alert');
  expect(alert.textContent).toMatch(/De structuur van de werkmap is beveiligd/);
  await user.selectOptions(screen.getByLabelText('Taal'), 'en');
  expect(screen.getByRole('alert').textContent).toMatch(
    /The workbook structure is protected, so no sheets can be added\. Unprotect it and try again; nothing was written\./,
  );
  expect(screen.getByRole('alert').textContent).not.toMatch(/beveiligd/);
});
