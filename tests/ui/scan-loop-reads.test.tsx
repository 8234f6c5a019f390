/** @jest-environment jsdom */
// Scan's keyboard loop reads the workbook once per Enter: the saved row and the next person come from one read, and
// the host's selection event for the row the loop selected itself reads nothing more (in Excel every read is a round
// trip). A selection the user makes reads afresh as before; an answer clicked while the row is written is kept.

import { act, screen, waitFor, within } from '@testing-library/react';
import { injectedBridge } from '../preview/helpers';
import { renderPanel } from './render';

const AREAS = ['Basis', 'Bruggenbouwer', 'Adviseur', 'Coach', 'Didacticus', 'Innovator'];

/** The panel on Anna, counting the bridge's reads of the Teammatrix. */
async function countedReads(names: string[]) {
  const { bridge } = await injectedBridge(names);
  const rendered = renderPanel(bridge);
  await waitFor(() => expect(screen.getByTestId('scan-name').textContent).toBe(names[0]));
  const read = bridge.readSheet.bind(bridge);
  let reads = 0;
  jest.spyOn(bridge, 'readSheet').mockImplementation((sheet) => {
    if (sheet === 'Teammatrix') reads++;
    return read(sheet);
  });
  const cells = async (r: number) => {
    const values = (await read('Teammatrix')).grid.values;
    return AREAS.map((area) => values[r - 1]![values[0]!.indexOf(area)]);
  };
  return { bridge, reads: () => reads, cells, ...rendered };
}

const picker = (area: string) => screen.getByRole('radiogroup', { name: `Niveau voor ${area}` });
const checked = (area: string) =>
  within(picker(area))
    .getAllByRole('radio')
    .findIndex((radio) => radio.getAttribute('aria-checked') === 'true');

test('Enter saves, reads the matrix once and opens the next person; the selection it makes reads nothing more', async () => {
  const { bridge, user, reads, cells } = await countedReads(['Anna', 'Bram', 'Chris']);
  within(picker('Basis')).getAllByRole('radio')[0]!.focus();
  await user.keyboard('231042{Enter}');
  await waitFor(() => expect(screen.getByTestId('scan-name').textContent).toBe('Bram'));
  // The loop selected Bram's row itself: the host's event for it came and went without a read.
  await waitFor(async () => expect((await bridge.getSelection()).row).toBe(3));
  await act(async () => undefined);
  expect(reads()).toBe(1);
  expect(screen.getByTestId('scan-notice').textContent).toContain('Opgeslagen voor Anna');
  expect(await cells(2)).toEqual([2, 3, 1, 0, 4, 2]);
  // Bram's form is focused on its first item, as before.
  expect(picker('Basis').contains(document.activeElement)).toBe(true);
});

test('a selection the user makes afterwards reads afresh, also back on the row the loop selected', async () => {
  const { bridge, user, reads } = await countedReads(['Anna', 'Bram', 'Chris']);
  // Enter on Opslaan with nothing typed moves on without a write.
  screen.getByRole('button', { name: 'Opslaan' }).focus();
  await user.keyboard('{Enter}');
  await waitFor(() => expect(screen.getByTestId('scan-name').textContent).toBe('Bram'));
  await waitFor(async () => expect((await bridge.getSelection()).row).toBe(3));
  const before = reads();
  // Someone types Bram's Coach level in the grid; the user goes to Chris and back to Bram.
  act(() => bridge.editCell('Teammatrix', 3, AREAS.indexOf('Coach') + 5, '4'));
  act(() => bridge.select({ sheet: 'Teammatrix', row: 4, column: 1 }));
  await waitFor(() => expect(screen.getByTestId('scan-name').textContent).toBe('Chris'));
  act(() => bridge.select({ sheet: 'Teammatrix', row: 3, column: 1 }));
  await waitFor(() => expect(screen.getByTestId('scan-name').textContent).toBe('Bram'));
  await waitFor(() => expect(checked('Coach')).toBe(4));
  expect(reads()).toBeGreaterThanOrEqual(before + 2);
});

test('an answer clicked while the row is written keeps the form on that person, asking before it moves on', async () => {
  const { bridge, user, cells } = await countedReads(['Anna', 'Bram']);
  const write = bridge.writeRow.bind(bridge);
  let release: (() => void) | undefined;
  jest.spyOn(bridge, 'writeRow').mockImplementation(
    (...args) =>
      new Promise((resolve, reject) => {
        release = () => write(...args).then(resolve, reject);
      }),
  );
  await user.click(within(picker('Basis')).getAllByRole('radio')[2]!);
  screen.getByRole('button', { name: 'Opslaan' }).focus();
  await user.keyboard('{Enter}');
  await waitFor(() => expect(release).toBeDefined());
  // While Anna's row is being written, the pointer changes her Coach level.
  await user.click(within(picker('Coach')).getAllByRole('radio')[3]!);
  await act(async () => release!());
  const prompt = await screen.findByRole('alertdialog');
  expect(prompt.textContent).toContain('Bram');
  expect(screen.getByTestId('scan-name').textContent).toBe('Anna');
  expect(checked('Coach')).toBe(3);
  // The first write landed, and the form is not left saving: Opslaan takes the new answer.
  expect(await cells(2)).toEqual([2, null, null, null, null, null]);
  expect(screen.getByRole('button', { name: 'Opslaan' }).hasAttribute('disabled')).toBe(false);
  // Saving from the prompt writes the Coach level over the row as written, not refused as changed meanwhile.
  jest.mocked(bridge.writeRow).mockRestore();
  await user.click(within(prompt).getByRole('button', { name: 'Opslaan en verder' }));
  await waitFor(() => expect(screen.getByTestId('scan-name').textContent).toBe('Bram'));
  expect(await cells(2)).toEqual([2, null, null, 3, null, null]);
});

test('Opslaan with an answer clicked while it writes: the answer stays unsaved on the form, and the next save writes it', async () => {
  const { bridge, user, cells } = await countedReads(['Anna', 'Bram']);
  const write = bridge.writeRow.bind(bridge);
  let release: (() => void) | undefined;
  const held = jest.spyOn(bridge, 'writeRow').mockImplementation(
    (...args) =>
      new Promise((resolve, reject) => {
        release = () => write(...args).then(resolve, reject);
      }),
  );
  await user.click(within(picker('Basis')).getAllByRole('radio')[2]!);
  await user.click(screen.getByRole('button', { name: 'Opslaan' }));
  await waitFor(() => expect(release).toBeDefined());
  await user.click(within(picker('Coach')).getAllByRole('radio')[3]!);
  await act(async () => release!());
  const saveButton = screen.getByRole('button', { name: /^Opslaan/ });
  await waitFor(() => expect(saveButton.textContent).toBe('Opslaan'));
  expect(checked('Coach')).toBe(3);
  expect(screen.getByTestId('scan-footer').textContent).toContain('Niet opgeslagen wijzigingen voor Anna');
  expect(await cells(2)).toEqual([2, null, null, null, null, null]);
  held.mockRestore();
  await user.click(screen.getByRole('button', { name: 'Opslaan' }));
  await waitFor(() => expect(screen.getByTestId('scan-footer').textContent).not.toContain('Niet opgeslagen'));
  expect(await cells(2)).toEqual([2, null, null, 3, null, null]);
});

test('Volgende reads the matrix once, whichever comes first: its own move or the host telling of the selection', async () => {
  const { user, reads } = await countedReads(['Anna', 'Bram', 'Chris']);
  await user.click(screen.getByRole('button', { name: 'Volgende' }));
  await waitFor(() => expect(screen.getByTestId('scan-name').textContent).toBe('Bram'));
  await act(async () => undefined);
  expect(reads()).toBe(1);
  await user.click(screen.getByRole('button', { name: 'Vorige' }));
  await waitFor(() => expect(screen.getByTestId('scan-name').textContent).toBe('Anna'));
  await act(async () => undefined);
  expect(reads()).toBe(2);
});

test('Volgende in a host that tells of the selection only after the move (Excel): still one read', async () => {
  const { bridge, user, reads } = await countedReads(['Anna', 'Bram', 'Chris']);
  // The move resolves first; the selection event follows in a later task, while the form is reading.
  jest.spyOn(bridge, 'selectRow').mockImplementation(async (sheet, row) => {
    setTimeout(() => bridge.select({ sheet, row, column: 1 }), 0);
  });
  await user.click(screen.getByRole('button', { name: 'Volgende' }));
  await waitFor(() => expect(screen.getByTestId('scan-name').textContent).toBe('Bram'));
  await waitFor(async () => expect((await bridge.getSelection()).row).toBe(3));
  await act(async () => undefined);
  expect(reads()).toBe(1);
});
