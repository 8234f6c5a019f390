/** @jest-environment jsdom */
// mountPanel: the one entry point the Excel and Google Sheets hosts bundle against.

import { act, screen, within } from '@testing-library/react';
import { mountPanel } from '../../shared/ui/mount';
import { injectedBridge } from '../preview/helpers';

test('mounts the whole panel in the chosen language and unmounts it', async () => {
  const { bridge } = await injectedBridge(['Anna']);
  const element = document.createElement('div');
  document.body.append(element);
  let unmount: () => void = () => undefined;
  await act(async () => {
    unmount = mountPanel(element, bridge, { lang: 'en' });
  });
  expect(await screen.findByRole('tab', { name: 'Insert profile' })).toBeTruthy();
  expect(await screen.findByTestId('scan-name')).toBeTruthy();
  act(() => unmount());
  expect(element.childElementCount).toBe(0);
});

test('without a language the panel follows the host locale', async () => {
  const { bridge } = await injectedBridge(['Anna']);
  const element = document.createElement('div');
  document.body.append(element);
  await act(async () => {
    mountPanel(element, bridge);
  });
  expect(await screen.findByRole('tab', { name: 'Profiel invoegen' })).toBeTruthy();
});

test('a host may ask for the part to open with, as the Sheets menu does', async () => {
  const { bridge } = await injectedBridge(['Anna']);
  const element = document.createElement('div');
  document.body.append(element);
  let unmount: () => void = () => undefined;
  await act(async () => {
    unmount = mountPanel(element, bridge, { lang: 'nl', initialPart: 'coverage' });
  });
  const panel = within(element);
  const tab = await panel.findByRole('tab', { name: 'Dekking' });
  expect(tab.getAttribute('aria-selected')).toBe('true');
  expect(panel.getByRole('tab', { name: 'Scan' }).getAttribute('aria-selected')).toBe('false');
  act(() => unmount());
});
