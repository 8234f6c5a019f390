/** @jest-environment jsdom */
// Scan with the development conversation (docs/design.md#the-development-conversation): the "Zelf | Tweede blik" switch
// (a tab list, keyboard), the second view's form with its rater, both views side by side (2+ first, never averaged),
// and goals added to Ontwikkelplan from a suggestion or by hand; nl and en.

import { act, screen, waitFor, within } from '@testing-library/react';
import { SHEET_DEV_PLAN, SHEET_SECOND_VIEW } from '../../shared/analysis/conversation/texts';
import { findBuiltinProfile } from '../../shared/profiles/builtins';
import { buildPlanWithConversation } from '../../shared/workbook/conversation-plan';
import { SHEET_MATRIX } from '../../shared/workbook/plan';
import { addConversationSheets, injectedBridge, writeAt } from '../preview/helpers';
import { renderPanel } from './render';

const ADVISER = 'Strategisch en praktisch (onderbouwd) adviseren';
const COACH = 'Begeleiden professionele ontwikkeling';

type Bridge = Awaited<ReturnType<typeof injectedBridge>>['bridge'];

const valuesOf = async (bridge: Bridge, sheet: string) => (await bridge.readSheet(sheet)).grid.values;
const columnOf = async (bridge: Bridge, sheet: string, header: string) =>
  (await valuesOf(bridge, sheet))[0]!.indexOf(header);

/** Anna rated herself in the Teammatrix (Adviseur 1, a wish for Adviseur and Coach); Bram is a Coach expert. */
async function conversationWorkbook(sheets = { secondView: true, devPlan: true }) {
  const { bridge } = await injectedBridge(['Anna', 'Bram']);
  await addConversationSheets(bridge, sheets);
  const at = (header: string) => columnOf(bridge, SHEET_MATRIX, header);
  await writeAt(bridge, {
    row: 2,
    expectedName: 'Anna',
    cells: [
      { column: await at('Adviseur'), value: 1 },
      { column: await at('Coach'), value: 1 },
      { column: await at('Basis'), value: 2 },
      { column: await at('Ontwikkelwens Adviseur'), value: 'ja' },
      { column: await at('Ontwikkelwens Coach'), value: 'ja' },
    ],
  });
  await writeAt(bridge, {
    row: 3,
    expectedName: 'Bram',
    cells: [
      { column: await at('Coach'), value: 4 },
      { column: await at('Adviseur'), value: 4 },
    ],
  });
  return bridge;
}

test('nl: the switch opens the second view of the selected person; a save lands on Tweede blik with the rater, never in the Teammatrix', async () => {
  const bridge = await conversationWorkbook();
  const matrixBefore = JSON.stringify(await valuesOf(bridge, SHEET_MATRIX));
  const { user } = renderPanel(bridge);
  await screen.findByTestId('scan-name');
  const views = await screen.findByRole('tablist', { name: 'Welke blik' });
  const self = within(views).getByRole('tab', { name: 'Zelf' });
  expect(self.getAttribute('aria-selected')).toBe('true');
  // Keyboard: the arrow key moves to Tweede blik and opens it, the focus stays on the tab.
  self.focus();
  await user.keyboard('{ArrowRight}');
  const second = within(views).getByRole('tab', { name: 'Tweede blik' });
  expect(second.getAttribute('aria-selected')).toBe('true');
  expect(document.activeElement).toBe(second);
  expect(screen.getByRole('tabpanel', { name: 'Tweede blik' })).toBeTruthy();
  expect(await screen.findByTestId('second-intro')).toBeTruthy();
  expect(screen.getByTestId('scan-name').textContent).toBe('Anna');
  await user.type(screen.getByLabelText('Tweede blik door'), 'Carla');
  await user.click(
    within(screen.getByRole('radiogroup', { name: 'Niveau voor Adviseur' })).getByRole('radio', {
      name: '3 Gevorderd',
    }),
  );
  await user.click(screen.getByRole('button', { name: 'Opslaan' }));
  expect(await screen.findByText('Opgeslagen voor Anna.')).toBeTruthy();
  const sheet = await valuesOf(bridge, SHEET_SECOND_VIEW);
  expect(sheet[1]![sheet[0]!.indexOf('Adviseur')]).toBe(3);
  expect(sheet[1]![sheet[0]!.indexOf('Tweede blik door')]).toBe('Carla');
  expect(JSON.stringify(await valuesOf(bridge, SHEET_MATRIX))).toBe(matrixBefore);
  // Both side by side: Adviseur differs by 2 (1 and 3), so it is to discuss; no average anywhere.
  const side = await screen.findByTestId('views-side-by-side');
  expect(within(side).getByText('Tweede blik door Carla.', { exact: false })).toBeTruthy();
  expect(within(side).getByTestId('views-discuss').textContent).toBe('Adviseur: zelf 1, tweede blik 3');
  const adviseur = within(side).getByRole('rowheader', { name: 'Adviseur' }).closest('tr')!;
  expect([...adviseur.querySelectorAll('td')].map((cell) => cell.textContent)).toEqual(['1', '3']);
  expect(side.textContent).not.toContain('2,0');
});

test('nl: a row selected in the Teammatrix opens the same person on the second view; switching waits for a save', async () => {
  const bridge = await conversationWorkbook();
  const { user } = renderPanel(bridge);
  await screen.findByTestId('scan-name');
  await user.click(await screen.findByRole('tab', { name: 'Tweede blik' }));
  await screen.findByTestId('second-intro');
  act(() => bridge.select({ sheet: SHEET_MATRIX, row: 3, column: 1 }));
  await waitFor(() => expect(screen.getByTestId('scan-name').textContent).toBe('Bram'));
  await user.click(
    within(screen.getByRole('radiogroup', { name: 'Niveau voor Coach' })).getByRole('radio', { name: '2 Bekwaam' }),
  );
  await user.click(screen.getByRole('tab', { name: 'Zelf' }));
  expect(screen.getByText(/Sla eerst op/)).toBeTruthy();
  expect(screen.getByRole('tab', { name: 'Tweede blik' }).getAttribute('aria-selected')).toBe('true');
  await user.click(screen.getByRole('button', { name: 'Opslaan' }));
  await screen.findByText('Opgeslagen voor Bram.');
  const sheet = await valuesOf(bridge, SHEET_SECOND_VIEW);
  expect(sheet[2]![sheet[0]!.indexOf('Coach')]).toBe(2);
  await user.click(screen.getByRole('tab', { name: 'Zelf' }));
  await waitFor(() => expect(screen.queryByTestId('second-intro')).toBeNull());
  expect(screen.getByTestId('scan-name').textContent).toBe('Bram');
});

test('nl: a suggested goal and one made by hand are added to Ontwikkelplan; nothing else changes', async () => {
  const bridge = await conversationWorkbook({ secondView: false, devPlan: true });
  const { user } = renderPanel(bridge);
  await screen.findByTestId('scan-name');
  expect(screen.queryByRole('tablist', { name: 'Welke blik' })).toBeNull();
  const plan = await screen.findByTestId('plan-goals');
  expect(within(plan).getByText('Nog geen open doelen voor Anna.')).toBeTruthy();
  const suggestions = within(plan).getByTestId('plan-suggestions');
  // Growth points in the wished areas, with the learning pair's mentor.
  expect(suggestions.textContent).toContain('Adviseur: nu 1, doel 2, met Bram');
  const others = Object.fromEntries(
    await Promise.all(
      (await bridge.listSheets())
        .filter((sheet) => sheet !== SHEET_DEV_PLAN)
        .map(async (sheet) => [sheet, JSON.stringify(await valuesOf(bridge, sheet))] as const),
    ),
  );
  await user.click(within(suggestions).getByRole('button', { name: 'Adviseur toevoegen aan het plan' }));
  expect(await screen.findByText('Doel toegevoegd aan het blad Ontwikkelplan.')).toBeTruthy();
  await waitFor(() => expect(within(screen.getByTestId('plan-open')).getByText(/Adviseur: nu 1, doel 2/)).toBeTruthy());
  expect(within(screen.getByTestId('plan-suggestions')).queryByText(/Adviseur:/)).toBeNull();
  // By hand: Coach, goal 3, an action that looks like a formula stays text.
  await user.click(screen.getByText('Zelf een doel toevoegen'));
  await user.selectOptions(screen.getByLabelText('Gebied'), 'Coach');
  // The last goal's notice goes once a new one is being made.
  expect(screen.queryByText('Doel toegevoegd aan het blad Ontwikkelplan.')).toBeNull();
  await user.selectOptions(screen.getByLabelText('Doel'), '3');
  await user.type(screen.getByLabelText('Actie'), '=meelopen met Bram');
  await user.type(screen.getByLabelText('Met wie'), 'Bram');
  await user.type(screen.getByLabelText('Wanneer'), 'voor 1 juni');
  await user.click(screen.getByRole('button', { name: 'Doel toevoegen' }));
  await waitFor(() => expect(within(screen.getByTestId('plan-open')).getByText(/Coach: nu 1, doel 3/)).toBeTruthy());
  const rows = await valuesOf(bridge, SHEET_DEV_PLAN);
  expect(rows[0]).toEqual(['Naam', 'Gebied', 'Competentie', 'Nu', 'Doel', 'Actie', 'Met wie', 'Wanneer', 'Status']);
  expect(rows.slice(1, 3)).toEqual([
    // The area by its name in the profile (as the personal report and readDevPlan read it); empty cells stay empty.
    ['Anna', ADVISER, null, 1, 2, null, 'Bram', null, 'open'],
    ['Anna', COACH, null, 1, 3, '=meelopen met Bram', 'Bram', 'voor 1 juni', 'open'],
  ]);
  for (const [sheet, before] of Object.entries(others)) {
    // The change log records the goals (named as the plan's); every other sheet is as it was.
    if (sheet === 'Teamscan-log') continue;
    expect([sheet, JSON.stringify(await valuesOf(bridge, sheet))]).toEqual([sheet, before]);
  }
});

test('en: the switch, both views and the plan in English', async () => {
  const bridge = await conversationWorkbook();
  const header = await valuesOf(bridge, SHEET_SECOND_VIEW);
  await writeAt(bridge, {
    sheet: SHEET_SECOND_VIEW,
    row: 2,
    expectedName: 'Anna',
    cells: [
      { column: header[0]!.indexOf('Coach'), value: 4 },
      { column: header[0]!.indexOf('Tweede blik door'), value: 'Carla' },
    ],
  });
  bridge.setLanguage('en');
  const { user } = renderPanel(bridge, 'en');
  await screen.findByTestId('scan-name');
  const views = await screen.findByRole('tablist', { name: 'Which view' });
  expect(within(views).getByRole('tab', { name: 'Self' })).toBeTruthy();
  const side = await screen.findByTestId('views-side-by-side');
  expect(within(side).getByRole('heading', { name: 'Self and second view' })).toBeTruthy();
  expect(within(side).getByTestId('views-discuss').textContent).toBe('Coach: self 1, second view 4');
  expect(within(side).getByRole('columnheader', { name: 'Second view' })).toBeTruthy();
  const plan = screen.getByTestId('plan-goals');
  expect(within(plan).getByRole('heading', { name: 'Development plan' })).toBeTruthy();
  await user.click(within(plan).getByRole('button', { name: 'Add Adviseur to the plan' }));
  expect(await screen.findByText('Goal added to the sheet Ontwikkelplan.')).toBeTruthy();
  const rows = await valuesOf(bridge, SHEET_DEV_PLAN);
  expect(rows[1]).toEqual(['Anna', ADVISER, null, 1, 2, null, 'Bram', null, 'open']);
  await user.click(within(views).getByRole('tab', { name: 'Second view' }));
  expect(await screen.findByLabelText('Second view by')).toBeTruthy();
  expect((screen.getByLabelText('Second view by') as HTMLInputElement).value).toBe('Carla');
});

test('nl: a person added to the Teammatrix since the injection is named as missing on the second view', async () => {
  const bridge = await conversationWorkbook();
  // Chris is typed into the Teammatrix by hand: Tweede blik gets him at the next injection only.
  await bridge.writeRow({
    sheet: SHEET_MATRIX,
    headerRow: 1,
    row: 4,
    nameHeader: 'Naam',
    expectedName: '',
    cells: [{ header: 'Naam', expected: null, value: 'Chris' }],
  });
  const { user } = renderPanel(bridge);
  await screen.findByTestId('scan-name');
  await user.click(await screen.findByRole('tab', { name: 'Tweede blik' }));
  await screen.findByTestId('second-intro');
  act(() => bridge.select({ sheet: SHEET_MATRIX, row: 4, column: 1 }));
  expect(
    await screen.findByText(
      'Chris staat nog niet op het blad Tweede blik. Kies Profiel invoegen om het blad bij te werken.',
    ),
  ).toBeTruthy();
  // A row selected on Tweede blik itself opens that row's person.
  act(() => bridge.select({ sheet: SHEET_SECOND_VIEW, row: 3, column: 1 }));
  await waitFor(() => expect(screen.getByTestId('scan-name').textContent).toBe('Bram'));
});

test('nl: at item detail both views stand side by side per item too, the 2+ differences first', async () => {
  const { bridge } = await injectedBridge(['Anna', 'Bram'], 'competenties');
  const existingMatrix = (await bridge.readSheet(SHEET_MATRIX)).grid;
  await bridge.applyPlan(
    buildPlanWithConversation(
      { profile: findBuiltinProfile('npuls')!, detail: 'competenties', lang: 'nl', existingMatrix },
      { secondView: true },
    ),
  );
  const self = (await valuesOf(bridge, SHEET_MATRIX))[0]!;
  const second = (await valuesOf(bridge, SHEET_SECOND_VIEW))[0]!;
  await writeAt(bridge, {
    row: 2,
    expectedName: 'Anna',
    cells: [
      { column: self.indexOf('ADV-K1'), value: 0 },
      { column: self.indexOf('ADV-K2'), value: 2 },
    ],
  });
  await writeAt(bridge, {
    sheet: SHEET_SECOND_VIEW,
    row: 2,
    expectedName: 'Anna',
    cells: [
      { column: second.indexOf('ADV-K1'), value: 3 },
      { column: second.indexOf('ADV-K2'), value: 3 },
    ],
  });
  renderPanel(bridge);
  const side = await screen.findByTestId('views-side-by-side');
  // ADV-K1 differs by 3 (to discuss), ADV-K2 by 1 (not); the area levels are each view's own mean, never mixed.
  expect(within(side).getByTestId('views-discuss').textContent).toContain('ADV-K1: zelf 0, tweede blik 3');
  expect(within(side).getByTestId('views-discuss').textContent).not.toContain('ADV-K2');
  expect(side.querySelector('summary')?.textContent).toBe('Per competentie');
  const row = within(side).getByRole('rowheader', { name: 'ADV-K2' }).closest('tr')!;
  expect([...row.querySelectorAll('td')].map((cell) => cell.textContent)).toEqual(['2', '3']);
});

test('nl: at item detail a wish holds many growth points: six are suggested, the rest on request', async () => {
  const { bridge } = await injectedBridge(['Anna', 'Bram'], 'competenties');
  const existingMatrix = (await bridge.readSheet(SHEET_MATRIX)).grid;
  await bridge.applyPlan(
    buildPlanWithConversation(
      { profile: findBuiltinProfile('npuls')!, detail: 'competenties', lang: 'nl', existingMatrix },
      { devPlan: true },
    ),
  );
  const header = (await valuesOf(bridge, SHEET_MATRIX))[0]!;
  await writeAt(bridge, {
    row: 2,
    expectedName: 'Anna',
    cells: [{ column: header.indexOf('Ontwikkelwens Adviseur'), value: 'ja' }],
  });
  const adviser = findBuiltinProfile('npuls')!.areas.find((area) => area.id === 'adviseur')!.items.length;
  const { user } = renderPanel(bridge);
  const suggestions = await screen.findByTestId('plan-suggestions');
  expect(within(suggestions).getAllByRole('listitem')).toHaveLength(6);
  await user.click(screen.getByRole('button', { name: `Nog ${adviser - 6} voorstellen tonen` }));
  expect(within(screen.getByTestId('plan-suggestions')).getAllByRole('listitem')).toHaveLength(adviser);
});
