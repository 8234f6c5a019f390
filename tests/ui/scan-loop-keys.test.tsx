/** @jest-environment jsdom */
// Scan's keyboard loop with a slow host: keys typed after Enter, while the row is still being written, belong to
// the next person in order (answers, and a further Enter saves them too); none is lost or lands on the wrong person.
// Steps interleaved by holding the host's write.

import { act, screen, waitFor, within } from '@testing-library/react';
import { injectedBridge } from '../preview/helpers';
import { renderPanel } from './render';

/** The panel on Anna, with every writeRow of the bridge held until the test releases it. */
async function heldWrites(names: string[]) {
  const { bridge } = await injectedBridge(names);
  const rendered = renderPanel(bridge);
  await waitFor(() => expect(screen.getByTestId('scan-name').textContent).toBe(names[0]));
  const write = bridge.writeRow.bind(bridge);
  const held: { release: () => void }[] = [];
  jest.spyOn(bridge, 'writeRow').mockImplementation(
    (...args) =>
      new Promise((resolve, reject) => {
        held.push({ release: () => write(...args).then(resolve, reject) });
      }),
  );
  /** Lets the next held write go, once it was asked for. */
  const release = async (index: number) => {
    await waitFor(() => expect(held.length).toBeGreaterThan(index));
    await act(async () => held[index]!.release());
  };
  const cells = async (r: number) => {
    const sheet = await bridge.readSheet('Teammatrix');
    const header = sheet.grid.values[0]!;
    const at = (name: string) => sheet.grid.values[r - 1]![header.indexOf(name)];
    return ['Basis', 'Bruggenbouwer', 'Adviseur', 'Coach', 'Didacticus', 'Innovator'].map(at);
  };
  return { bridge, held, release, cells, ...rendered };
}

/** The checked level of each picker, by its leading digit (n for n.v.t.), null when none. */
const levels = () =>
  screen.getAllByRole('radiogroup').map((group) => {
    const checked = within(group)
      .queryAllByRole('radio')
      .find((radio) => radio.getAttribute('aria-checked') === 'true');
    const label = checked?.getAttribute('aria-label') ?? null;
    return label === null ? null : /^\d/.test(label) ? label[0] : 'n';
  });

test('answers typed while the row is written go to the next person, from their first item', async () => {
  const { user, release, cells } = await heldWrites(['Anna', 'Bram']);
  within(screen.getByRole('radiogroup', { name: 'Niveau voor Basis' }))
    .getAllByRole('radio')[0]!
    .focus();
  await user.keyboard('231042');
  expect(screen.getByRole('button', { name: 'Opslaan' })).toBe(document.activeElement);
  await user.keyboard('{Enter}31n');
  // Still Anna on screen, her write held: the keys did not change her answers.
  expect(screen.getByTestId('scan-name').textContent).toBe('Anna');
  expect(levels()).toEqual(['2', '3', '1', '0', '4', '2']);
  await release(0);
  await waitFor(() => expect(screen.getByTestId('scan-name').textContent).toBe('Bram'));
  expect(levels()).toEqual(['3', '1', 'n', null, null, null]);
  expect(screen.getByRole('radiogroup', { name: 'Niveau voor Coach' }).contains(document.activeElement)).toBe(true);
  expect(await cells(2)).toEqual([2, 3, 1, 0, 4, 2]);
  expect(await cells(3)).toEqual([null, null, null, null, null, null]);
  // Typing on, now on Bram's form, continues where the kept keys ended.
  await user.keyboard('421');
  expect(levels()).toEqual(['3', '1', 'n', '4', '2', '1']);
});

test('an Enter among the kept keys saves the next person too, and the keys after it go to the one after', async () => {
  const { user, release, cells } = await heldWrites(['Anna', 'Bram', 'Chris']);
  within(screen.getByRole('radiogroup', { name: 'Niveau voor Basis' }))
    .getAllByRole('radio')[0]!
    .focus();
  await user.keyboard('231042{Enter}313421{Enter}40');
  await release(0);
  await release(1);
  await waitFor(() => expect(screen.getByTestId('scan-name').textContent).toBe('Chris'));
  expect(await cells(2)).toEqual([2, 3, 1, 0, 4, 2]);
  expect(await cells(3)).toEqual([3, 1, 3, 4, 2, 1]);
  expect(levels()).toEqual(['4', '0', null, null, null, null]);
  expect(await cells(4)).toEqual([null, null, null, null, null, null]);
});

test('keys typed after Enter on the last person change nothing: the form stays and says so', async () => {
  const { user, release, cells } = await heldWrites(['Anna']);
  within(screen.getByRole('radiogroup', { name: 'Niveau voor Basis' }))
    .getAllByRole('radio')[0]!
    .focus();
  await user.keyboard('231042{Enter}44');
  await release(0);
  await waitFor(() =>
    expect(screen.getByTestId('scan-notice').textContent).toBe(
      'Opgeslagen voor Anna. Dit was de laatste persoon in de Teammatrix.',
    ),
  );
  expect(levels()).toEqual(['2', '3', '1', '0', '4', '2']);
  expect(await cells(2)).toEqual([2, 3, 1, 0, 4, 2]);
  // The loop is not stuck keeping keys: typing on the form answers again.
  within(screen.getByRole('radiogroup', { name: 'Niveau voor Basis' }))
    .getAllByRole('radio')[0]!
    .focus();
  await user.keyboard('4');
  expect(levels()).toEqual(['4', '3', '1', '0', '4', '2']);
});
