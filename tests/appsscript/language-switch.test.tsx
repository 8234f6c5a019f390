/** @jest-environment jsdom */
// The panel in the Sheets sidebar, over google.script.run to the built server: a refusal the server sent while
// the panel spoke Dutch reads in English as soon as the user switches the panel's language.

import { screen, waitFor } from '@testing-library/react';
import { SheetsBridge } from '../../appsscript/sidebar/bridge';
import { ServerClient } from '../../appsscript/sidebar/client';
import { renderPanel } from '../ui/render';
import { loadGas } from './fake/load-gas';
import { scriptRunOver } from './fake/script-run';

test('the server refusal shown in Dutch is read in English after the language switch', async () => {
  const loaded = loadGas();
  // Another member is saving: LockService.tryLock "returns false" when the lock is not acquired in time
  // (developers.google.com/apps-script/reference/lock/lock#trylocktimeoutinmillis).
  loaded.gas.lock.contended = true;
  const idle = { setTimeout: () => 0, clearTimeout: () => {} };
  const visible = { hidden: () => false, onChange: () => () => {} };
  const bridge = new SheetsBridge(new ServerClient(scriptRunOver(loaded)), { locale: 'nl', lang: 'nl' }, idle, visible);
  const { user } = renderPanel(bridge);
  const insert = await screen.findByRole('button', { name: 'Invoegen' });
  // Enabled once the injection's code has loaded and the plan is made.
  await waitFor(() => expect(insert.hasAttribute('disabled')).toBe(false));
  await user.click(insert);
  const alert = await screen.findByRole('alert');
  expect(alert.textContent).toMatch(/Iemand anders slaat net iets op in dit bestand/);
  await user.selectOptions(screen.getByLabelText('Taal'), 'en');
  expect(screen.getByRole('alert').textContent).toMatch(
    /Someone else is saving to this file right now\. Try again in a few seconds; nothing was changed\./,
  );
});
