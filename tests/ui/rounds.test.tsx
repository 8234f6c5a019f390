/** @jest-environment jsdom */
// Dekking's rounds: "Momentopname bewaren" with its feedback, and the change since a chosen snapshot (compareRounds).

import { screen, waitFor, within } from '@testing-library/react';
import { compareRounds } from '../../shared/analysis/compare';
import { localDate } from '../../shared/host/snapshot';
import { areaLabel } from '../../shared/report/sections';
import { readTeam } from '../../shared/scan/team';
import { injectedBridge, writeAt } from '../preview/helpers';
import { renderPanel } from './render';

// Teammatrix columns (0-based): E (4) Basis … J (9) Innovator.
async function scannedTeam() {
  const { store, bridge } = await injectedBridge(['Anna', 'Bram', 'Chris']);
  await writeAt(bridge, {
    row: 2,
    expectedName: 'Anna',
    cells: [
      { column: 5, value: 2 },
      { column: 6, value: 1 },
    ],
  });
  await writeAt(bridge, { row: 3, expectedName: 'Bram', cells: [{ column: 5, value: 1 }] });
  return { store, bridge };
}

test('saving a snapshot says the name it got; the change since it follows compareRounds', async () => {
  const { bridge } = await scannedTeam();
  const { user } = renderPanel(bridge);
  await user.click(await screen.findByRole('tab', { name: 'Dekking' }));
  const rounds = await screen.findByTestId('rounds');
  expect(within(rounds).getByTestId('compare-none').textContent).toBe('Nog geen momentopnamen in dit werkboek.');
  await user.click(within(rounds).getByRole('button', { name: 'Momentopname bewaren' }));
  const sheet = `Scan ${localDate(new Date())}`;
  await waitFor(() => expect(within(rounds).getByRole('status').textContent).toBe(`Bewaard als ${sheet}`));

  // Growth after the snapshot: Bram reaches bekwaam on Bruggenbouwer, Chris leaves, Dirk joins.
  await writeAt(bridge, { row: 3, expectedName: 'Bram', cells: [{ column: 5, value: 3 }] });
  await writeAt(bridge, { row: 4, expectedName: 'Chris', cells: [{ column: 0, value: 'Dirk' }] });
  const select = await within(rounds).findByRole('combobox', { name: 'Vergelijk met' });
  await user.selectOptions(select, sheet);
  const change = await within(rounds).findByTestId('round-change');

  const profile = await bridge.readSheet('Profiel');
  const expected = compareRounds(
    readTeam(await bridge.readSheet(sheet), profile)!.reading,
    readTeam(await bridge.readSheet('Teammatrix'), profile)!.reading,
  );
  const bridgeBuilder = expected.areas.find((area) => area.id === 'bruggenbouwer')!;
  expect(bridgeBuilder).toMatchObject({
    coveredBefore: 1,
    coveredNow: 2,
    statusBefore: 'kwetsbaar',
    statusNow: 'gedekt',
  });
  expect(within(change).getByTestId('round-area-bruggenbouwer').textContent).toBe(
    'Bruggenbouwer: 1 → 2 gedekt (kwetsbaar → gedekt) gegroeid',
  );
  expect(within(change).getByTestId('round-area-adviseur').textContent).toBe(
    'Adviseur: 0 → 0 gedekt (gat → gat) gelijk',
  );
  expect(within(change).getByTestId('round-people').textContent).toBe('Bram: Bruggenbouwer 1 → 3');
  expect(within(change).getByTestId('round-joined').textContent).toBe('Nieuw in de matrix: Dirk');
  expect(within(change).getByTestId('round-left').textContent).toBe('Niet meer in de matrix: Chris');
});

test('a second snapshot the same day is offered too, newest first; a failed save says so and names why', async () => {
  const { bridge } = await scannedTeam();
  const { user } = renderPanel(bridge);
  await user.click(await screen.findByRole('tab', { name: 'Dekking' }));
  const rounds = await screen.findByTestId('rounds');
  const save = within(rounds).getByRole('button', { name: 'Momentopname bewaren' });
  await user.click(save);
  await waitFor(() => expect(within(rounds).getByRole('status').textContent).toMatch(/^Bewaard als/));
  await user.click(save);
  const day = localDate(new Date());
  await waitFor(() => expect(within(rounds).getByRole('status').textContent).toBe(`Bewaard als Scan ${day} (2)`));
  const options = within(await within(rounds).findByRole('combobox')).getAllByRole('option');
  await waitFor(() =>
    expect(options.map((option) => option.textContent)).toEqual([
      'Kies een momentopname…',
      `Scan ${day} (2)`,
      `Scan ${day}`,
    ]),
  );

  bridge.saveSnapshot = async () => {
    throw new Error('schijf vol');
  };
  await user.click(save);
  const alert = await within(rounds).findByRole('alert');
  expect(alert.textContent).toContain('Momentopname niet bewaard');
  expect(alert.textContent).toContain('schijf vol');
});

test('a snapshot that is empty by now says so instead of showing a change', async () => {
  const { store, bridge } = await scannedTeam();
  const name = await bridge.saveSnapshot({ sheet: 'Teammatrix', date: '2026-06-01' });
  store.set({
    ...store.workbook,
    sheets: store.workbook.sheets.map((sheet) => (sheet.name === name ? { ...sheet, cells: [] } : sheet)),
  });
  const { user } = renderPanel(bridge);
  await user.click(await screen.findByRole('tab', { name: 'Dekking' }));
  const rounds = await screen.findByTestId('rounds');
  await user.selectOptions(await within(rounds).findByRole('combobox', { name: 'Vergelijk met' }), name);
  expect((await within(rounds).findByRole('alert')).textContent).toContain(`Blad ${name} is leeg of bestaat niet meer`);
  expect(within(rounds).queryByTestId('round-change')).toBeNull();
});

test('the team report shows the progress since the snapshot chosen under Vergelijk met, and not without one', async () => {
  const { bridge } = await scannedTeam();
  const opened: { title: string; html: string }[] = [];
  jest.spyOn(bridge, 'openReport').mockImplementation(async (report) => {
    opened.push(report);
  });
  const { user } = renderPanel(bridge);
  await user.click(await screen.findByRole('tab', { name: 'Dekking' }));
  const rounds = await screen.findByTestId('rounds');
  const reports = await screen.findByTestId('team-reports');
  await user.click(within(reports).getByRole('button', { name: 'Teamrapport' }));
  await waitFor(() => expect(opened).toHaveLength(1));
  expect(opened[0]!.html).not.toContain('Voortgang sinds');
  expect(within(reports).queryByTestId('report-since')).toBeNull();

  await user.click(within(rounds).getByRole('button', { name: 'Momentopname bewaren' }));
  const sheet = `Scan ${localDate(new Date())}`;
  await waitFor(() => expect(within(rounds).getByRole('status').textContent).toBe(`Bewaard als ${sheet}`));
  await writeAt(bridge, { row: 3, expectedName: 'Bram', cells: [{ column: 5, value: 3 }] });
  await user.selectOptions(await within(rounds).findByRole('combobox', { name: 'Vergelijk met' }), sheet);
  await within(rounds).findByTestId('round-change');
  expect((await within(reports).findByTestId('report-since')).textContent).toContain(sheet);

  await user.click(within(reports).getByRole('button', { name: 'Teamrapport' }));
  await waitFor(() => expect(opened).toHaveLength(2));
  // Bram grew on Bruggenbouwer: covered 1 → 2 since the snapshot, as compareRounds says (the report names the area).
  const profile = await bridge.readSheet('Profiel');
  const now = readTeam(await bridge.readSheet('Teammatrix'), profile)!.reading;
  const expected = compareRounds(readTeam(await bridge.readSheet(sheet), profile)!.reading, now).areas.find(
    (area) => area.id === 'bruggenbouwer',
  )!;
  expect(expected).toMatchObject({ coveredBefore: 1, coveredNow: 2 });
  expect(opened[1]!.html).toContain(`Voortgang sinds ${sheet}`);
  // Reports name an area by its role, as every report does.
  const area = now.profile.areas.find((candidate) => candidate.id === 'bruggenbouwer')!;
  expect(opened[1]!.html).toContain(`${areaLabel(area)}: 1 → 2 gedekt`);
});
