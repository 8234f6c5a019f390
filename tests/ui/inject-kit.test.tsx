/** @jest-environment jsdom */
// The Inject part's plan builder is loaded when the part is first shown (in the task pane from inject.js,
// docs/design.md#10-performance-targets): the other parts work without it, the part waits with a spinner, and a
// failed load says so and can be tried again.

import { screen, waitFor, within } from '@testing-library/react';
import type { InjectKit } from '../../shared/ui/inject/load-inject-kit';
import * as builder from '../../shared/workbook/build-plan';
import { injectedBridge } from '../preview/helpers';
import { renderPanel } from './render';

const mockLoads: Array<{ resolve: (kit: InjectKit) => void; reject: (error: unknown) => void }> = [];
jest.mock('../../shared/ui/inject/load-inject-kit', () => ({
  loadInjectKit: () => new Promise((resolve, reject) => mockLoads.push({ resolve, reject })),
}));

beforeEach(() => {
  mockLoads.length = 0;
});

test('a workbook with a Teammatrix opens on Scan without loading the kit; opening the part loads it once', async () => {
  const { bridge } = await injectedBridge(['Anna']);
  const { user } = renderPanel(bridge);
  expect(await screen.findByRole('tab', { name: 'Scan', selected: true })).toBeTruthy();
  await user.click(screen.getByRole('tab', { name: 'Dekking' }));
  expect(await screen.findByRole('tab', { name: 'Dekking', selected: true })).toBeTruthy();
  expect(mockLoads).toHaveLength(0);

  await user.click(screen.getByRole('tab', { name: 'Profiel invoegen' }));
  expect(await screen.findByText('Invoegen voorbereiden…')).toBeTruthy();
  expect(mockLoads).toHaveLength(1);
  expect(screen.getByRole('button', { name: 'Invoegen' }).hasAttribute('disabled')).toBe(true);
  mockLoads[0]!.resolve(builder);
  const summary = await screen.findByTestId('plan-summary');
  expect(within(summary).getByText(/Teammatrix:/)).toBeTruthy();
  await waitFor(() => expect(screen.getByRole('button', { name: 'Invoegen' }).hasAttribute('disabled')).toBe(false));
  expect(screen.queryByText('Invoegen voorbereiden…')).toBeNull();

  // Away and back: the loaded kit is kept.
  await user.click(screen.getByRole('tab', { name: 'Scan' }));
  await user.click(screen.getByRole('tab', { name: 'Profiel invoegen' }));
  expect(await screen.findByTestId('plan-summary')).toBeTruthy();
  expect(mockLoads).toHaveLength(1);
});

test('a kit that did not load is named in the part, the form waits, and Opnieuw proberen loads it again', async () => {
  const { bridge } = await injectedBridge();
  const { user } = renderPanel(bridge);
  await screen.findByRole('tab', { name: 'Profiel invoegen', selected: true });
  await waitFor(() => expect(mockLoads).toHaveLength(1));
  mockLoads[0]!.reject(new Error('Profiel invoegen kan nu niet: inject.js is niet geladen.'));
  const alert = await screen.findByRole('alert');
  expect(alert.textContent).toContain('inject.js is niet geladen');
  expect(screen.getByRole('button', { name: 'Invoegen' }).hasAttribute('disabled')).toBe(true);
  expect(screen.queryByTestId('plan-summary')).toBeNull();

  await user.click(within(alert).getByRole('button', { name: 'Opnieuw proberen' }));
  await waitFor(() => expect(mockLoads).toHaveLength(2));
  expect(screen.queryByRole('alert')).toBeNull();
  mockLoads[1]!.resolve(builder);
  await waitFor(() => expect(screen.getByRole('button', { name: 'Invoegen' }).hasAttribute('disabled')).toBe(false));
  await user.click(screen.getByRole('button', { name: 'Invoegen' }));
  expect(await screen.findByText(/Klaar: .* staat in het werkboek/)).toBeTruthy();
});
