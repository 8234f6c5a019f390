/** @jest-environment jsdom */
// Always fresh (docs/design.md#9-reliability-and-privacy): Dekking reads the workbook again when the matrix or Dekking changes, without another
// cell being selected, and says when it last read ("bijgewerkt hh:mm") beside Vernieuwen at the top; the scan
// footer names the person being scanned.

import { screen, waitFor, within } from '@testing-library/react';
import { ExcelBridge } from '../../addin/excel/bridge';
import { findBuiltinProfile } from '../../shared/profiles/builtins';
import { buildWorkbookPlan } from '../../shared/workbook/build-plan';
import { fakeExcel } from '../addin/fake-excel';
import { injectedBridge, writeAt } from '../preview/helpers';
import { renderPanel } from './render';

async function twoCoachers() {
  const { bridge } = await injectedBridge(['Anna', 'Bram']);
  // Coach is column H (index 7): Anna and Bram both at 3, so Coach is gedekt by 2.
  for (const [index, name] of ['Anna', 'Bram'].entries()) {
    await writeAt(bridge, { row: index + 2, expectedName: name, cells: [{ column: 7, value: 3 }] });
  }
  return bridge;
}

test('a level typed in the matrix shows on Dekking at once, with "bijgewerkt hh:mm" and Vernieuwen at the top', async () => {
  const bridge = await twoCoachers();
  const select = jest.spyOn(bridge, 'getSelection');
  const { user } = renderPanel(bridge);
  await user.click(await screen.findByRole('tab', { name: 'Dekking' }));
  const card = await screen.findByTestId('area-coach');
  expect(within(card).getByText('2 gedekt, 2 gescand')).toBeTruthy();
  const part = card.closest<HTMLElement>('[role="tabpanel"]')!;
  const updated = within(part).getByTestId('coverage-updated');
  expect(updated.textContent).toMatch(/^bijgewerkt \d\d:\d\d$/);
  // The freshness line comes before the first card, with Vernieuwen beside it.
  expect(updated.compareDocumentPosition(card) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  expect(within(updated.parentElement!).getByRole('button', { name: 'Vernieuwen' })).toBeTruthy();
  const selections = select.mock.calls.length;
  bridge.editCell('Teammatrix', 2, 8, '0');
  await waitFor(() => expect(within(screen.getByTestId('area-coach')).getByText('1 gedekt, 2 gescand')).toBeTruthy());
  // A norm typed on Dekking counts at once too: Coach's threshold 4 leaves nobody covering it.
  bridge.editCell('Dekking', 19, 2, '4');
  await waitFor(() => expect(within(screen.getByTestId('area-coach')).getByText('0 gedekt, 2 gescand')).toBeTruthy());
  expect(select.mock.calls.length).toBe(selections);
});

test('the scan footer names the person, also in its unsaved line', async () => {
  const bridge = await twoCoachers();
  bridge.select({ sheet: 'Teammatrix', row: 3, column: 1 });
  const { user } = renderPanel(bridge);
  await user.click(await screen.findByRole('tab', { name: 'Scan' }));
  const footer = await screen.findByTestId('scan-footer');
  await waitFor(() => expect(within(footer).getByTestId('footer-name').textContent).toBe('Bram'));
  const basis = screen.getByRole('radiogroup', { name: 'Niveau voor Basis' });
  await user.click(within(basis).getAllByRole('radio')[2]!);
  expect(within(footer).getByText('Niet opgeslagen wijzigingen voor Bram')).toBeTruthy();
});

test('Excel: a change on Teammatrix or Dekking (Worksheet.onChanged) reads again; unsubscribing removes both', async () => {
  const excel = fakeExcel();
  const bridge = new ExcelBridge(excel.run, 'nl-NL');
  await bridge.applyPlan(
    buildWorkbookPlan({ profile: findBuiltinProfile('npuls')!, detail: 'gebieden', lang: 'nl', names: ['Anna'] }),
  );
  const changes = jest.fn();
  const stop = bridge.onSheetsChanged(['Teammatrix', 'Dekking', 'Bestaat niet'], changes);
  await waitFor(() => expect(excel.changeHandlers.map((entry) => entry.sheet)).toEqual(['Teammatrix', 'Dekking']));
  await excel.changeHandlers[1]!.handler();
  expect(changes).toHaveBeenCalledTimes(1);
  stop();
  await waitFor(() => expect(excel.changeHandlers).toHaveLength(0));
});
