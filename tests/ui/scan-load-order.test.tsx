/** @jest-environment jsdom */
// Scan: reads of the matrix that finish out of order (two selection events, a slow host) never show the wrong
// person and never replace answers typed after the read started. Steps interleaved by holding each read.

import { act, screen, waitFor, within } from '@testing-library/react';
import { injectedBridge } from '../preview/helpers';
import { renderPanel } from './render';

/** Holds every readSheet call of the bridge until released, in any order the test chooses. */
async function heldReads() {
  const { bridge } = await injectedBridge(['Anna', 'Bram', 'Chris']);
  const rendered = renderPanel(bridge);
  await screen.findByTestId('scan-name');
  const read = bridge.readSheet.bind(bridge);
  const held: { release: () => void }[] = [];
  jest.spyOn(bridge, 'readSheet').mockImplementation(
    (...args) =>
      new Promise((resolve, reject) => {
        held.push({ release: () => read(...args).then(resolve, reject) });
      }),
  );
  /** Lets the reads of load `index` (in start order; a load reads one or more sheets) go, and waits for them. */
  const releaseFrom = async (from: number, count: number) => {
    for (const hold of held.slice(from, from + count)) hold.release();
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
    });
  };
  /** Selects a sheet row and waits until its read is held; returns where that read's holds start. */
  const selectHeld = async (row: number) => {
    const from = held.length;
    act(() => bridge.select({ sheet: 'Teammatrix', row, column: 1 }));
    await waitFor(() => expect(held.length).toBeGreaterThan(from));
    return from;
  };
  /** Chris (row 4) on the form, every read so far let go. */
  const showChris = async () => {
    await selectHeld(4);
    await releaseFrom(0, held.length);
    await waitFor(() => expect(screen.getByTestId('scan-name').textContent).toBe('Chris'));
  };
  return { bridge, held, releaseFrom, selectHeld, showChris, ...rendered };
}

const basis = () => screen.getByRole('radiogroup', { name: 'Niveau voor Basis' });

test('an older read finishing last does not replace the person of the newer selection', async () => {
  const { held, releaseFrom, selectHeld } = await heldReads();
  await selectHeld(3);
  const chrisFrom = await selectHeld(4);
  await releaseFrom(chrisFrom, held.length - chrisFrom);
  await waitFor(() => expect(screen.getByTestId('scan-name').textContent).toBe('Chris'));
  // Bram's read, started first, arrives last: the form stays on Chris, where the selection is.
  await releaseFrom(0, chrisFrom);
  expect(screen.getByTestId('scan-name').textContent).toBe('Chris');
});

test('back on a person before the other read is in: an answer given then stays, and that read never shows', async () => {
  const { held, releaseFrom, selectHeld, showChris, user } = await heldReads();
  await showChris();
  // Bram clicked, then Chris again before Bram's read is back; Chris's re-read is also held.
  const bramFrom = await selectHeld(3);
  const chrisFrom = await selectHeld(4);
  await user.click(within(basis()).getByRole('radio', { name: '2 Bekwaam' }));
  await releaseFrom(chrisFrom, held.length - chrisFrom);
  await releaseFrom(bramFrom, chrisFrom - bramFrom);
  expect(screen.getByTestId('scan-name').textContent).toBe('Chris');
  expect(within(basis()).getByRole('radio', { name: '2 Bekwaam' }).getAttribute('aria-checked')).toBe('true');
  expect(screen.getByText('1 van 6 ingevuld')).toBeTruthy();
});

test('an answer given while the next person is being read is not dropped: the unsaved prompt asks first', async () => {
  const { held, releaseFrom, selectHeld, showChris, user } = await heldReads();
  await showChris();
  const bramFrom = await selectHeld(3);
  // Chris's form is still on screen: an answer lands there before Bram's read is back.
  await user.click(within(basis()).getByRole('radio', { name: '3 Gevorderd' }));
  await releaseFrom(bramFrom, held.length - bramFrom);
  expect(screen.getByTestId('scan-name').textContent).toBe('Chris');
  expect(within(basis()).getByRole('radio', { name: '3 Gevorderd' }).getAttribute('aria-checked')).toBe('true');
  const prompt = await screen.findByRole('alertdialog');
  expect(prompt.textContent).toContain('Bram');
  // Its first choice, saving Chris's answer, holds the focus.
  expect(within(prompt).getAllByRole('button')[0]).toBe(document.activeElement);
});
