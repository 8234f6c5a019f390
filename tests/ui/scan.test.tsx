/** @jest-environment jsdom */
// Scan: follows the selection, keyboard rating, Opslaan of one row, the row-changed refusal, unsaved guard.

import { act, screen, waitFor, within } from '@testing-library/react';
import { cloneWorkbook, findSheet } from '../../preview/workbook';
import { CORE_MESSAGES } from '../../shared/i18n/core-messages';
import { fillTemplate } from '../../shared/i18n/message';
import { readTeam } from '../../shared/scan/team';
import { FIXED_NOW, injectedBridge } from '../preview/helpers';
import { renderPanel } from './render';

async function scanning(names = ['Anna', 'Bram', 'Chris'], detail: 'gebieden' | 'kva' = 'gebieden') {
  const { bridge, store } = await injectedBridge(names, detail);
  const team = readTeam(await bridge.readSheet('Teammatrix'), await bridge.readSheet('Profiel'))!;
  const column = (key: string) => team.layout.fields.find((field) => field.key === key)!.column;
  const rendered = renderPanel(bridge);
  await screen.findByTestId('scan-name');
  return { bridge, store, team, column, ...rendered };
}

const row = async (
  bridge: { readSheet: (s: string) => Promise<{ grid: { values: readonly (readonly unknown[])[] } }> },
  r: number,
) => (await bridge.readSheet('Teammatrix')).grid.values[r - 1]!;

test('follows the selected row and shows the person, grouped areas and descriptors', async () => {
  const { bridge } = await scanning();
  expect(screen.getByTestId('scan-name').textContent).toBe('Anna');
  act(() => bridge.select({ sheet: 'Teammatrix', row: 3, column: 5 }));
  await waitFor(() => expect(screen.getByTestId('scan-name').textContent).toBe('Bram'));
  const basis = screen.getByRole('radiogroup', { name: 'Niveau voor Basis' });
  const competent = within(basis).getByRole('radio', { name: '2 Bekwaam' });
  expect(competent.getAttribute('title')).toBe('Beheerst de basis en past deze toe in herkenbare contexten');
  expect(screen.getAllByRole('radiogroup')).toHaveLength(6);
  expect(screen.getByRole('region', { name: 'Adviseur' })).toBeTruthy();
  act(() => bridge.select({ sheet: 'Teammatrix', row: 9, column: 1 }));
  expect(await screen.findByText(/Selecteer een regel met een naam/)).toBeTruthy();
});

test('number keys rate the focused item and move on; Opslaan writes that row only and stamps Bijgewerkt', async () => {
  const { bridge, user, column } = await scanning();
  const write = jest.spyOn(bridge, 'writeRow');
  const first = within(screen.getByRole('radiogroup', { name: 'Niveau voor Basis' })).getByRole('radio', {
    name: '0 Nog niet',
  });
  first.focus();
  await user.keyboard('2');
  const second = screen.getByRole('radiogroup', { name: 'Niveau voor Bruggenbouwer' });
  expect(second.contains(document.activeElement)).toBe(true);
  await user.keyboard('3n1');
  // Arrows move the choice as in any radio group: Didacticus goes from empty to 1.
  await user.keyboard('{ArrowRight}');
  expect(screen.getByText('5 van 6 ingevuld')).toBeTruthy();
  await user.keyboard('{Tab}');
  await user.click(
    within(screen.getByRole('radiogroup', { name: 'Niveau voor Innovator' })).getByRole('radio', {
      name: '0 Nog niet',
    }),
  );
  await user.keyboard('{Delete}');
  expect(screen.getByText('5 van 6 ingevuld')).toBeTruthy();
  within(screen.getByRole('radiogroup', { name: 'Niveau voor Didacticus' }))
    .getByRole('radio', { checked: true })
    .focus();
  await user.keyboard('1');
  expect(
    within(screen.getByRole('radiogroup', { name: 'Niveau voor Innovator' })).getByRole('radio', {
      name: '0 Nog niet',
    }),
  ).toBe(document.activeElement);
  await user.keyboard('4');
  // After the last item the keyboard is on Opslaan.
  expect(screen.getByRole('button', { name: 'Opslaan' })).toBe(document.activeElement);
  await user.click(screen.getByRole('switch', { name: 'Ontwikkelwens Coach' }));
  await user.click(screen.getByRole('button', { name: 'Opslaan' }));
  expect(await screen.findByText('Opgeslagen voor Anna.')).toBeTruthy();
  expect(write).toHaveBeenCalledTimes(1);
  const values = await row(bridge, 2);
  expect(values[column('basis')]).toBe(2);
  expect(values[column('bruggenbouwer')]).toBe(3);
  expect(values[column('adviseur')]).toBe('n.v.t.');
  expect(values[column('coach')]).toBe(1);
  expect(values[column('didacticus')]).toBe(1);
  expect(values[column('innovator')]).toBe(4);
  expect(values[3]).toEqual(FIXED_NOW);
  expect(values).toContain('ja');
  expect((await row(bridge, 3)).slice(1).every((cell) => cell === null)).toBe(true);
});

test('refuses to save into a row that now holds someone else, clearly, and writes nothing', async () => {
  const { bridge, store, user } = await scanning();
  await user.click(
    within(screen.getByRole('radiogroup', { name: 'Niveau voor Coach' })).getByRole('radio', { name: '4 Expert' }),
  );
  // Someone sorts the sheet: row 2 now holds Chris.
  act(() => bridge.editCell('Teammatrix', 2, 1, 'Chris'));
  act(() => bridge.editCell('Teammatrix', 4, 1, 'Anna'));
  const before = JSON.stringify(store.workbook);
  await user.click(screen.getByRole('button', { name: 'Opslaan' }));
  const alert = await screen.findByRole('alert');
  const expected = fillTemplate(CORE_MESSAGES.rowChanged.nl, { row: 2, expected: '"Anna"', actual: '"Chris"' });
  expect(within(alert).getByText(expected)).toBeTruthy();
  expect(within(alert).getByText('Niet opgeslagen')).toBeTruthy();
  expect(JSON.stringify(store.workbook)).toBe(before);
  // The form re-reads the row and shows what is there now, with nothing pending that could be saved over it.
  await waitFor(() => expect(screen.getByTestId('scan-name').textContent).toBe('Chris'));
  expect(screen.queryByText('Niet opgeslagen wijzigingen')).toBeNull();
});

test('a level a colleague typed into the grid meanwhile is never written over: refused, then shown', async () => {
  const { bridge, store, user, column } = await scanning();
  await user.click(
    within(screen.getByRole('radiogroup', { name: 'Niveau voor Coach' })).getByRole('radio', { name: '4 Expert' }),
  );
  // Interleaved: the form holds Coach = 4 (unsaved) while a colleague types 2 into Anna's Coach cell.
  act(() => bridge.editCell('Teammatrix', 2, column('coach') + 1, '2'));
  const before = JSON.stringify(store.workbook);
  await user.click(screen.getByRole('button', { name: 'Opslaan' }));
  const alert = await screen.findByRole('alert');
  expect(within(alert).getByText(/Intussen veranderd in het blad: Teammatrix!.2 \(Coach\): "" → 2/)).toBeTruthy();
  expect(JSON.stringify(store.workbook)).toBe(before);
  const coach = screen.getByRole('radiogroup', { name: 'Niveau voor Coach' });
  await waitFor(() =>
    expect(within(coach).getByRole('radio', { name: '2 Bekwaam' }).getAttribute('aria-checked')).toBe('true'),
  );
  // Saving again now writes over what the form shows, which is what is in the sheet.
  await user.click(within(coach).getByRole('radio', { name: '3 Gevorderd' }));
  await user.click(screen.getByRole('button', { name: 'Opslaan' }));
  expect(await screen.findByText('Opgeslagen voor Anna.')).toBeTruthy();
  expect((await row(bridge, 2))[column('coach')]).toBe(3);
});

test('a column deleted while the form is open: the levels still land under their own headers', async () => {
  const { bridge, store, user } = await scanning();
  await user.click(
    within(screen.getByRole('radiogroup', { name: 'Niveau voor Adviseur' })).getByRole('radio', { name: '4 Expert' }),
  );
  // Interleaved: someone deletes the column "Rol" (B) while the form is open.
  act(() => {
    const workbook = cloneWorkbook(store.workbook);
    for (const line of findSheet(workbook, 'Teammatrix')!.cells) line.splice(1, 1);
    store.set(workbook);
  });
  await user.click(screen.getByRole('button', { name: 'Opslaan' }));
  expect(await screen.findByText('Opgeslagen voor Anna.')).toBeTruthy();
  const values = (await bridge.readSheet('Teammatrix')).grid.values;
  const header = values[0]!;
  expect(values[1]![header.indexOf('Adviseur')]).toBe(4);
  expect(values[1]![header.indexOf('Coach')]).toBe(null);
  expect(values[1]![header.indexOf('Bijgewerkt')]).toEqual(FIXED_NOW);
});

test('unsaved changes are never dropped silently when the selection moves', async () => {
  const { bridge, user, column } = await scanning();
  await user.click(
    within(screen.getByRole('radiogroup', { name: 'Niveau voor Basis' })).getByRole('radio', { name: '3 Gevorderd' }),
  );
  act(() => bridge.select({ sheet: 'Teammatrix', row: 3, column: 1 }));
  expect(await screen.findByText('Wijzigingen voor Anna nog niet opgeslagen')).toBeTruthy();
  expect(screen.getByTestId('scan-name').textContent).toBe('Anna');
  await user.click(screen.getByRole('button', { name: 'Blijven bij Anna' }));
  expect((await bridge.getSelection()).row).toBe(2);
  await user.click(screen.getByRole('button', { name: 'Volgende' }));
  await user.click(await screen.findByRole('button', { name: 'Opslaan en verder' }));
  await waitFor(() => expect(screen.getByTestId('scan-name').textContent).toBe('Bram'));
  expect((await row(bridge, 2))[column('basis')]).toBe(3);
  await user.click(
    within(screen.getByRole('radiogroup', { name: 'Niveau voor Basis' })).getByRole('radio', {
      name: '1 In ontwikkeling',
    }),
  );
  await user.click(screen.getByRole('button', { name: 'Vorige' }));
  await user.click(await screen.findByRole('button', { name: 'Weggooien en verder' }));
  await waitFor(() => expect(screen.getByTestId('scan-name').textContent).toBe('Anna'));
  expect((await row(bridge, 3))[column('basis')]).toBe(null);
});

test('at K/V/A detail the items of each type are shown under their area', async () => {
  await scanning(['Anna'], 'kva');
  const adviseur = screen.getByRole('region', { name: 'Adviseur' });
  expect(
    within(adviseur)
      .getAllByRole('radiogroup')
      .map((group) => group.getAttribute('aria-label')),
  ).toEqual([
    'Niveau voor Adviseur – Kennis',
    'Niveau voor Adviseur – Vaardigheden',
    'Niveau voor Adviseur – Attitude',
  ]);
});

test.each([
  [
    'nl',
    /^Deze regel wordt niet gescand: Persoon "Anna" staat twee keer in de matrix: Teammatrix!A2 en Teammatrix!A5\. Geef/,
  ],
  ['en', /^This row is not scanned: Person "Anna" appears twice in the matrix: Teammatrix!A2 and Teammatrix!A5\. Give/],
] as const)('a row with a name that is already in the matrix says so (%s)', async (lang, text) => {
  const { bridge } = await injectedBridge(['Anna', 'Bram', 'Chris']);
  bridge.editCell('Teammatrix', 5, 1, 'Anna');
  act(() => bridge.select({ sheet: 'Teammatrix', row: 5, column: 1 }));
  const { user } = renderPanel(bridge, lang);
  await user.click(await screen.findByRole('tab', { name: 'Scan' }));
  await waitFor(() => expect(screen.getByTestId('scan-row-problem').textContent).toMatch(text));
  expect(screen.queryByText(/Selecteer een regel met een naam|Select a row with a name/)).toBeNull();
});

test.each([
  ['nl', /Cel Teammatrix!E2 heeft "hoog": geen niveau, telt niet mee\./],
  ['en', /Cell Teammatrix!E2 holds "hoog": not a level, left out\./],
] as const)(
  'a level cell that holds no level is named in the form, not shown as not filled in (%s)',
  async (lang, text) => {
    const { bridge } = await injectedBridge(['Anna', 'Bram']);
    bridge.editCell('Teammatrix', 2, 5, 'hoog');
    act(() => bridge.select({ sheet: 'Teammatrix', row: 2, column: 1 }));
    const { user } = renderPanel(bridge, lang);
    await user.click(await screen.findByRole('tab', { name: 'Scan' }));
    await waitFor(() => expect(screen.getByTestId('scan-name').textContent).toBe('Anna'));
    const picker = screen.getAllByRole('radiogroup')[0]!.closest('div')!.parentElement!;
    expect(picker.textContent).toMatch(text);
    expect(picker.textContent).not.toMatch(/Nog niet ingevuld|Not filled in yet/);
  },
);

test.each([
  [1, '1 cel niet meegeteld: de rest werkt gewoon'],
  [2, '2 cellen niet meegeteld: de rest werkt gewoon'],
])('%i cell(s) left out are counted as Dutch counts them', async (count, title) => {
  const { bridge } = await injectedBridge(['Anna', 'Bram']);
  bridge.editCell('Teammatrix', 2, 5, 'hoog');
  if (count === 2) bridge.editCell('Teammatrix', 3, 5, 'laag');
  act(() => bridge.select({ sheet: 'Teammatrix', row: 2, column: 1 }));
  const { user } = renderPanel(bridge);
  await user.click(await screen.findByRole('tab', { name: 'Scan' }));
  expect((await screen.findAllByText(title)).length).toBeGreaterThan(0);
});
