/** @jest-environment jsdom */
// The formula helper keeps what users typed: undo removes only its own formula (compared and cleared in one host
// call), and it refuses a spot inside the extent a Teamscan table may grow into, naming that table (docs/design.md#7-the-injected-workbook, docs/design.md#9-reliability-and-privacy).

import { screen, within } from '@testing-library/react';
import { injectedBridge, writeAt } from '../preview/helpers';
import { renderPanel } from './render';

async function scannedTeam() {
  const { bridge } = await injectedBridge(['Anna', 'Bram', 'Chris']);
  const levels = [
    [2, 3, 1, 0, 4, 2],
    [3, 0, 2, 2, 1, 1],
    [1, 2, 2, 3, 0, 1],
  ];
  for (const [index, name] of ['Anna', 'Bram', 'Chris'].entries()) {
    await writeAt(bridge, {
      row: index + 2,
      expectedName: name,
      cells: levels[index]!.map((value, c) => ({ column: 4 + c, value })),
    });
  }
  return bridge;
}

test('undo after typing "mijn notitie" over the inserted formula in T3 keeps the note, and says so', async () => {
  const bridge = await scannedTeam();
  bridge.select({ sheet: 'Dekking', row: 3, column: 20 });
  const { user } = renderPanel(bridge);
  await user.click(await screen.findByRole('tab', { name: 'Dekking' }));
  await user.selectOptions(await screen.findByLabelText('Functie'), 'GEDEKT');
  await user.click(screen.getByRole('button', { name: 'In actieve cel zetten' }));
  expect(await screen.findByText('Formule gezet in Dekking!T3.')).toBeTruthy();
  expect((await bridge.readSheet('Dekking', { formulas: true })).formulas?.[2]?.[19]).toMatch(/^=GEDEKT\(/);
  bridge.editCell('Dekking', 3, 20, 'mijn notitie');
  await user.click(screen.getByRole('button', { name: 'Ongedaan maken' }));
  expect((await screen.findByTestId('formula-undo-kept')).textContent).toBe(
    'In Dekking!T3 staat nu iets anders dan de formule; Teamscan laat die cel staan zoals hij is.',
  );
  expect((await bridge.readSheet('Dekking')).grid.values[2]?.[19]).toBe('mijn notitie');
  expect(screen.queryByRole('button', { name: 'Ongedaan maken' })).toBeNull();
});

test('undo still removes the formula when the cell holds it', async () => {
  const bridge = await scannedTeam();
  bridge.select({ sheet: 'Dekking', row: 3, column: 20 });
  const { user } = renderPanel(bridge);
  await user.click(await screen.findByRole('tab', { name: 'Dekking' }));
  await user.selectOptions(await screen.findByLabelText('Functie'), 'GEDEKT');
  await user.click(screen.getByRole('button', { name: 'In actieve cel zetten' }));
  await user.click(await screen.findByRole('button', { name: 'Ongedaan maken' }));
  expect(await screen.findByText('Formule weggehaald uit Dekking!T3.')).toBeTruthy();
  expect((await bridge.readSheet('Dekking')).grid.values[2]?.[19] ?? null).toBeNull();
});

test('refuses DEKKING at Dekking!L10, where the key people table grows, names it and proposes a free spot', async () => {
  const bridge = await scannedTeam();
  const values = (await bridge.readSheet('Dekking')).grid.values;
  // L10 and the cells right of and below it may be empty now; the key people and pairs tables grow there.
  expect(values[9]?.[11] ?? null).toBeNull();
  bridge.select({ sheet: 'Dekking', row: 10, column: 12 });
  const insert = jest.spyOn(bridge, 'insertFormula');
  const { user } = renderPanel(bridge);
  await user.click(await screen.findByRole('tab', { name: 'Dekking' }));
  await user.selectOptions(await screen.findByLabelText('Functie'), 'DEKKING');
  await user.click(screen.getByRole('button', { name: 'In actieve cel zetten' }));
  const proposal = await screen.findByTestId('formula-proposal');
  expect(proposal.textContent).toMatch(
    /^Dekking!L10: hier groeit SLEUTELPERSONEN \(Dekking!L6\) naar toe; daar zet Teamscan geen formule\. Zetten in Dekking!A\d+, de eerste vrije plek\?/,
  );
  expect(insert).not.toHaveBeenCalled();
  await user.click(within(proposal).getByRole('button', { name: 'Daar zetten' }));
  expect(insert).toHaveBeenCalledTimes(1);
});

test('in English it says the same, naming the table as the host registered it', async () => {
  const bridge = await scannedTeam();
  bridge.select({ sheet: 'Dekking', row: 8, column: 9 });
  const { user } = renderPanel(bridge, 'en');
  await user.click(await screen.findByRole('tab', { name: 'Coverage' }));
  await user.selectOptions(await screen.findByLabelText('Function'), 'GEDEKT');
  await user.click(screen.getByRole('button', { name: 'Put in active cell' }));
  expect((await screen.findByTestId('formula-proposal')).textContent).toMatch(
    /^Dekking!I8: HIATEN \(Dekking!H6\) grows into this spot/,
  );
});

test('in English the function list names the functions in English, beside the name the formula is written with', async () => {
  const bridge = await scannedTeam();
  const { user } = renderPanel(bridge, 'en');
  await user.click(await screen.findByRole('tab', { name: 'Coverage' }));
  const list = await screen.findByLabelText('Function');
  const names = within(list)
    .getAllByRole('option')
    .map((option) => option.textContent);
  expect(names).toContain('COVERAGE (DEKKING)');
  expect(names).toContain('GAPS (HIATEN)');
  expect(names).not.toContain('DEKKING');
});

test('in Dutch the function list keeps the Dutch names', async () => {
  const bridge = await scannedTeam();
  const { user } = renderPanel(bridge);
  await user.click(await screen.findByRole('tab', { name: 'Dekking' }));
  const names = within(await screen.findByLabelText('Functie'))
    .getAllByRole('option')
    .map((option) => option.textContent);
  expect(names).toContain('DEKKING');
});
