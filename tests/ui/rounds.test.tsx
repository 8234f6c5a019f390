/** @jest-environment jsdom */
// Dekking's rounds: "Momentopname bewaren" with its feedback, and the change since a chosen snapshot (compareRounds).

import { screen, waitFor, within } from '@testing-library/react';
import { cloneWorkbook, findSheet } from '../../preview/workbook';
import { compareRounds } from '../../shared/analysis/compare';
import { goalsCount, readDevPlan } from '../../shared/analysis/conversation/dev-plan';
import { SHEET_DEV_PLAN } from '../../shared/analysis/conversation/texts';
import type { HostBridge } from '../../shared/host/bridge';
import { localDate } from '../../shared/host/snapshot';
import { findBuiltinProfile } from '../../shared/profiles/builtins';
import { areaLabel } from '../../shared/report/sections';
import { readTeam } from '../../shared/scan/team';
import { SHEET_MATRIX } from '../../shared/workbook/plan';
import { addConversationSheets, injectedBridge, writeAt } from '../preview/helpers';
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

/** The panel on Dekking, and its rounds section. */
async function openRounds(bridge: HostBridge) {
  const { user } = renderPanel(bridge);
  await user.click(await screen.findByRole('tab', { name: 'Dekking' }));
  return { user, rounds: await screen.findByTestId('rounds') };
}

type User = ReturnType<typeof renderPanel>['user'];

/** Momentopname bewaren, once its status names the sheet it made ("Scan <today>"); that name. */
async function saveSnapshot(user: User, rounds: HTMLElement): Promise<string> {
  await user.click(within(rounds).getByRole('button', { name: 'Momentopname bewaren' }));
  const sheet = `Scan ${localDate(new Date())}`;
  await waitFor(() => expect(within(rounds).getByRole('status').textContent).toBe(`Bewaard als ${sheet}`));
  return sheet;
}

/** Chooses `sheet` under Vergelijk met. */
async function compareWith(user: User, rounds: HTMLElement, sheet: string): Promise<void> {
  await user.selectOptions(await within(rounds).findByRole('combobox', { name: 'Vergelijk met' }), sheet);
}

test('saving a snapshot says the name it got; the change since it follows compareRounds', async () => {
  const { bridge } = await scannedTeam();
  const { user, rounds } = await openRounds(bridge);
  expect(within(rounds).getByTestId('compare-none').textContent).toBe('Nog geen momentopnamen in dit werkboek.');
  const sheet = await saveSnapshot(user, rounds);

  // Growth after the snapshot: Bram reaches bekwaam on Bruggenbouwer, Chris leaves, Dirk joins.
  await writeAt(bridge, { row: 3, expectedName: 'Bram', cells: [{ column: 5, value: 3 }] });
  await writeAt(bridge, { row: 4, expectedName: 'Chris', cells: [{ column: 0, value: 'Dirk' }] });
  await compareWith(user, rounds, sheet);
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
  const { user, rounds } = await openRounds(bridge);
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
  const { user, rounds } = await openRounds(bridge);
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
  const { user, rounds } = await openRounds(bridge);
  const reports = await screen.findByTestId('team-reports');
  await user.click(within(reports).getByRole('button', { name: 'Teamrapport' }));
  await waitFor(() => expect(opened).toHaveLength(1));
  expect(opened[0]!.html).not.toContain('Voortgang sinds');
  expect(within(reports).queryByTestId('report-since')).toBeNull();

  const sheet = await saveSnapshot(user, rounds);
  await writeAt(bridge, { row: 3, expectedName: 'Bram', cells: [{ column: 5, value: 3 }] });
  await compareWith(user, rounds, sheet);
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

/** The scanned team with an Ontwikkelplan sheet holding `goals` (Naam, Gebied, Competentie, Nu, Doel) below its header. */
async function teamWithPlan(goals: (string | number | null)[][]) {
  const { store, bridge } = await scannedTeam();
  await addConversationSheets(bridge, { secondView: false, devPlan: true });
  const workbook = cloneWorkbook(store.workbook);
  const plan = findSheet(workbook, SHEET_DEV_PLAN)!;
  plan.cells.splice(1, plan.cells.length - 1, ...goals);
  store.set(workbook);
  return { store, bridge };
}

test('Vergelijk met counts the Ontwikkelplan’s goals reached since the snapshot, as compare does', async () => {
  // Bram aims for 3 on Bruggenbouwer (1 at the snapshot), Anna for 2 on Coach (never scanned).
  const { bridge } = await teamWithPlan([
    ['Bram', 'Bruggenbouwer', null, null, 3],
    ['Anna', 'Coach', null, null, 2],
  ]);
  const { user, rounds } = await openRounds(bridge);
  const sheet = await saveSnapshot(user, rounds);
  await writeAt(bridge, { row: 3, expectedName: 'Bram', cells: [{ column: 5, value: 3 }] });
  await compareWith(user, rounds, sheet);
  const profile = await bridge.readSheet('Profiel');
  const expected = goalsCount(
    readDevPlan((await bridge.readSheet(SHEET_DEV_PLAN)).grid, findBuiltinProfile('npuls')!),
    readTeam(await bridge.readSheet(sheet), profile)!.reading,
    readTeam(await bridge.readSheet(SHEET_MATRIX), profile)!.reading,
  );
  expect(expected).toEqual({ reached: 1, total: 2 });
  expect((await within(rounds).findByTestId('round-goals')).textContent).toBe(
    `Ontwikkelplan: 1 van 2 doelen bereikt sinds ${sheet}.`,
  );
});

test('a plan whose Doel is no level is shown as its problem, naming the cell', async () => {
  const { bridge } = await teamWithPlan([['Bram', 'Bruggenbouwer', null, null, 'hoog']]);
  const { user, rounds } = await openRounds(bridge);
  const sheet = await saveSnapshot(user, rounds);
  await compareWith(user, rounds, sheet);
  await within(rounds).findByTestId('round-change');
  expect((await within(rounds).findByRole('alert')).textContent).toContain('E2');
  expect(within(rounds).queryByTestId('round-goals')).toBeNull();
});

test('a workbook without an Ontwikkelplan shows no goal line', async () => {
  const { bridge } = await scannedTeam();
  const { user, rounds } = await openRounds(bridge);
  const sheet = await saveSnapshot(user, rounds);
  await compareWith(user, rounds, sheet);
  await within(rounds).findByTestId('round-change');
  expect(within(rounds).queryByTestId('round-goals')).toBeNull();
});
