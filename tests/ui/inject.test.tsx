/** @jest-environment jsdom */
// Profiel invoegen: choices, the summary of the plan, Invoegen with progress, and lossless re-injection.

import { screen, waitFor, within } from '@testing-library/react';
import { findBuiltinProfile } from '../../shared/profiles/builtins';
import { parseNames, summarizePlan } from '../../shared/scan/injection';
import { buildWorkbookPlan } from '../../shared/workbook/build-plan';
import { injectedBridge, writeAt } from '../preview/helpers';
import { renderPanel } from './render';

const npuls = findBuiltinProfile('npuls')!;

test('an empty workbook opens on Profiel invoegen and injects the chosen profile with the names', async () => {
  const { bridge } = await injectedBridge();
  const apply = jest.spyOn(bridge, 'applyPlan');
  const { user } = renderPanel(bridge);
  expect(await screen.findByRole('tab', { name: 'Profiel invoegen', selected: true })).toBeTruthy();
  await user.selectOptions(screen.getByLabelText('Detail'), 'kva');
  await user.type(screen.getByLabelText('Namen (optioneel, één per regel)'), 'Anna{Enter}=Bram{Enter}Chris');
  const expected = summarizePlan(
    buildWorkbookPlan({ profile: npuls, detail: 'kva', lang: 'nl', names: parseNames('Anna\n=Bram\nChris') }),
    new Set(),
  );
  const summary = screen.getByTestId('plan-summary');
  expect(within(summary).getByText(`Teammatrix: ${expected.newColumns} kolommen, 3 namen`)).toBeTruthy();
  expect(within(summary).getByText('Profiel: wordt aangemaakt')).toBeTruthy();
  // The licence comes from the citations the server bundle leaves out (docs/design.md#10-performance-targets).
  expect(screen.getByText(/6 gebieden · 127 competenties · CC BY-SA 4\.0/)).toBeTruthy();
  await user.click(screen.getByRole('button', { name: 'Invoegen' }));
  expect(await screen.findByText(/Klaar: .* staat in het werkboek/)).toBeTruthy();
  expect(apply).toHaveBeenCalledTimes(1);
  expect(apply.mock.calls[0]![0].detail).toBe('kva');
  const matrix = (await bridge.readSheet('Teammatrix')).grid.values;
  expect(matrix.slice(1).map((row) => row[0])).toEqual(['Anna', '=Bram', 'Chris']);
  expect(matrix[0]).toContain('Adviseur – Kennis');
});

test('injecting again over scans keeps every value and says so', async () => {
  const { bridge } = await injectedBridge(['Anna']);
  await writeAt(bridge, {
    row: 2,
    expectedName: 'Anna',
    cells: [{ column: 4, value: 3 }],
  });
  const { user } = renderPanel(bridge);
  await user.click(await screen.findByRole('tab', { name: 'Profiel invoegen' }));
  await user.selectOptions(screen.getByLabelText('Detail'), 'competenties');
  expect(
    await screen.findByText(/Teammatrix: 127 kolommen en 0 namen erbij; bestaande waarden blijven staan/),
  ).toBeTruthy();
  await user.click(screen.getByRole('button', { name: 'Invoegen' }));
  await screen.findByText(/Klaar:/);
  const matrix = (await bridge.readSheet('Teammatrix')).grid.values;
  expect(matrix[1]?.[4]).toBe(3);
  expect(matrix[0]).toContain('ADV-V3');
});

test('the own profile choice reports a missing profile table clearly', async () => {
  const { bridge } = await injectedBridge();
  const { user } = renderPanel(bridge);
  await user.selectOptions(await screen.findByLabelText('Profiel'), 'eigen');
  expect(await screen.findByText(/Het blad Profiel heeft geen profieltabel/)).toBeTruthy();
  expect((screen.getByRole('button', { name: 'Invoegen' }) as HTMLButtonElement).disabled).toBe(true);
});

test('a failed injection shows the error and leaves the workbook as it was', async () => {
  const { bridge, store } = await injectedBridge();
  jest.spyOn(bridge, 'applyPlan').mockRejectedValue(new Error('Het werkblad is beveiligd'));
  const before = JSON.stringify(store.workbook);
  const { user } = renderPanel(bridge);
  const insert = await screen.findByRole('button', { name: 'Invoegen' });
  // Enabled once the injection's code has loaded and the plan is made.
  await waitFor(() => expect(insert.hasAttribute('disabled')).toBe(false));
  await user.click(insert);
  expect(await screen.findByText('Het werkblad is beveiligd')).toBeTruthy();
  await waitFor(() => expect(JSON.stringify(store.workbook)).toBe(before));
});

test('names pasted twice (case, spaces, invisible characters aside) are added once, and the summary says so', async () => {
  const { bridge } = await injectedBridge(['Chris']);
  const { user } = renderPanel(bridge);
  await user.click(await screen.findByRole('tab', { name: 'Profiel invoegen' }));
  const names = screen.getByLabelText('Namen (optioneel, één per regel)');
  await user.click(names);
  await user.paste('Anna de Vries\nanna  de vries \nAnna\u200b de Vries\nBram\nBRAM\nchris');
  const summary = await screen.findByText(/Teammatrix: 0 kolommen en 2 namen erbij/);
  expect(summary).toBeTruthy();
  const notes = screen.getByTestId('plan-notes');
  expect(notes.textContent).toContain(
    'Dubbel geplakt, één keer toegevoegd: "anna  de vries" = Anna de Vries, "Anna\\u200b de Vries" = Anna de Vries, "BRAM" = Bram',
  );
  expect(notes.textContent).toContain('Staan al in de matrix: chris');
  await user.click(screen.getByRole('button', { name: 'Invoegen' }));
  await screen.findByText(/Klaar:/);
  const matrix = (await bridge.readSheet('Teammatrix')).grid.values;
  expect(matrix.slice(1).map((row) => row[0])).toEqual(['Chris', 'Anna de Vries', 'Bram']);
});

test('another detail over an existing matrix says what happens to its columns before Invoegen', async () => {
  const { bridge } = await injectedBridge(['Anna']);
  const { user } = renderPanel(bridge);
  await user.click(await screen.findByRole('tab', { name: 'Profiel invoegen' }));
  await user.selectOptions(await screen.findByLabelText('Detail'), 'kva');
  expect(screen.getByTestId('plan-notes').textContent).toMatch(
    /^De Teammatrix heeft nu kolommen per gebied: die blijven staan met hun waarden; de kolommen per K\/V\/A-onderdeel komen erachter\. Let op: zolang een gebiedskolom een niveau heeft/,
  );
});

test.each([
  ['nl', 'Profiel invoegen', 'Namen (optioneel, één per regel)', /^Teammatrix: 0 kolommen en 1 naam erbij;/],
  ['en', 'Insert profile', 'Names (optional, one per line)', /^Teammatrix: 0 columns and 1 name added;/],
] as const)('one name is counted in the singular (%s)', async (lang, tab, label, line) => {
  const { bridge } = await injectedBridge(['Anna']);
  const { user } = renderPanel(bridge, lang);
  await user.click(await screen.findByRole('tab', { name: tab }));
  await user.type(screen.getByLabelText(label), 'Bram');
  expect(await screen.findByText(line)).toBeTruthy();
});

test('a threshold typed in the Dekking sheet (as text or a level name) is the one the form starts from', async () => {
  const { bridge } = await injectedBridge(['Anna']);
  bridge.editCell('Dekking', 2, 2, 'gevorderd');
  bridge.editCell('Dekking', 3, 2, '3');
  const { user } = renderPanel(bridge);
  await user.click(await screen.findByRole('tab', { name: 'Profiel invoegen' }));
  await waitFor(() => expect((screen.getByLabelText(/^Drempel/) as HTMLSelectElement).value).toBe('3'));
  expect((screen.getByLabelText(/^Doel/) as HTMLInputElement).value).toBe('3');
});
