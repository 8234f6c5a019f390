/** @jest-environment jsdom */
// The preview's grid redraws what changed: a selection move evaluates nothing again, a save shows its new value and
// a formula's new result at once (rows are memoized; the panel's latency bench runs on this page).

import { act, render, screen } from '@testing-library/react';
import * as evaluate from '../../preview/evaluate';
import { Grid } from '../../preview/Grid';
import { injectedBridge, writeAt } from './helpers';

test('moving the selection evaluates no sheet again and moves the highlight', async () => {
  const { store, bridge } = await injectedBridge(['Anna', 'Bram']);
  bridge.select({ sheet: 'Teammatrix', row: 2, column: 1 });
  const { container } = render(<Grid store={store} bridge={bridge} lang="nl" />);
  const computed = jest.spyOn(evaluate, 'computeSheet');
  act(() => bridge.select({ sheet: 'Teammatrix', row: 3, column: 1 }));
  expect(computed).not.toHaveBeenCalled();
  expect([...container.querySelectorAll('td.selected')].map((cell) => cell.getAttribute('data-cell'))).toEqual(['A3']);
  expect(screen.getByTestId('active-cell').textContent).toBe('Teammatrix!A3');
  computed.mockRestore();
});

test('a save shows the new level in its row and the new result of a formula that reads it', async () => {
  const { store, bridge } = await injectedBridge(['Anna', 'Bram']);
  bridge.select({ sheet: 'Teammatrix', row: 2, column: 6 });
  const { container } = render(<Grid store={store} bridge={bridge} lang="nl" />);
  const cell = () => container.querySelector('td[data-cell="F2"]')!;
  expect(cell().textContent).toBe('');
  await act(() => writeAt(bridge, { row: 2, expectedName: 'Anna', cells: [{ column: 5, value: 3 }] }));
  expect(cell().textContent).toBe('3');
  // The same cell typed again: the row is drawn anew when its value changes, also back to empty.
  await act(() => writeAt(bridge, { row: 2, expectedName: 'Anna', cells: [{ column: 5, value: '' }] }));
  expect(cell().textContent).toBe('');
  // Dekking computes from the matrix: its table follows a save on the other sheet.
  act(() => bridge.select({ sheet: 'Dekking', row: 1, column: 1 }));
  const before = container.querySelector('table')!.textContent;
  await act(() => writeAt(bridge, { row: 3, expectedName: 'Bram', cells: [{ column: 5, value: 4 }] }));
  expect(container.querySelector('table')!.textContent).not.toBe(before);
});
