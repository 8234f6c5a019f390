/** @jest-environment jsdom */
// Excel keeps the binding to an own-layout matrix as a workbook-scoped name over its header row and the record in
// the document's settings (addin/excel/binding.ts): the name follows inserted rows and a renamed sheet, goes
// #REF! with a deleted sheet; Scan's compare-and-set save on the bound sheet refuses a row sorted away.

import { BINDING_NAME, BINDING_SETTING } from '../../addin/excel/binding';
import { ExcelBridge } from '../../addin/excel/bridge';
import { checkBinding, proposeBinding } from '../../shared/scan/binding';
import { readBoundTeam } from '../../shared/ui/useTeam';
import { FakeSettings, namesOf } from './fake/names';
import { fill } from './fake/user';
import { emptySheet, fakeExcel } from './fake-excel';

const ROWS = [
  ['Vaardigheden team 2025'],
  [],
  ['Medewerker', 'Afdeling', 'Basis', 'Coach', 'Adviseur'],
  ['Anna', 'ICT', 3, 2, 1],
  ['Bram', 'OW', 2, 3, null],
];

async function bound() {
  const excel = fakeExcel({ sheets: [fill(emptySheet('Blad1'), ROWS)] });
  const settings = new FakeSettings();
  const bridge = new ExcelBridge(excel.run, 'nl-NL', settings);
  const proposal = proposeBinding(await bridge.readSheet('Blad1'), undefined)!;
  await bridge.saveBinding(proposal.place, proposal.record);
  return { excel, settings, bridge, proposal };
}

const noProfile = { sheet: 'Profiel', exists: false, grid: { values: [] } };

test('binding adds the workbook-scoped name over the header row and saves the record in the settings', async () => {
  const { excel, settings, bridge, proposal } = await bound();
  expect(namesOf(excel.book).map((name) => [name.name, name.sheet.name, name.at])).toEqual([
    [BINDING_NAME, 'Blad1', { row: 2, column: 0, rows: 1, columns: 5 }],
  ]);
  expect(settings.saved.get(BINDING_SETTING)).toBe(proposal.record);
  expect(await bridge.readBinding()).toEqual({ ...proposal.place, record: proposal.record });
  // Binding again replaces the name instead of failing on ItemAlreadyExists.
  await bridge.saveBinding(proposal.place, proposal.record);
  expect(namesOf(excel.book)).toHaveLength(1);
  const state = await readBoundTeam(bridge, noProfile);
  expect(state.status === 'ready' && state.team.reading.people.map((person) => person.name)).toEqual(['Anna', 'Bram']);
});

test('rows inserted above move the binding with the name; a renamed sheet is followed and said', async () => {
  const { excel, bridge } = await bound();
  await excel.run(async (context: any) => {
    context.workbook.worksheets.getItem('Blad1').getRange('A1:Z2').insert('Down');
  });
  const moved = (await bridge.readBinding())!;
  expect(moved).toMatchObject({ sheet: 'Blad1', row: 5, column: 1, columns: 5 });
  expect(checkBinding(moved, await bridge.readSheet('Blad1')).status).toBe('ok');
  await excel.run(async (context: any) => {
    context.workbook.worksheets.getItem('Blad1').name = 'Team';
  });
  const state = await readBoundTeam(bridge, noProfile);
  expect(state).toMatchObject({ status: 'ready', source: { bound: true, renamedFrom: 'Blad1' } });
  expect(state.status === 'ready' && state.team.layout).toMatchObject({ sheet: 'Team', headerRow: 5 });
});

test('a deleted sheet leaves the name at #REF!: reported as missing, by its bound name', async () => {
  const { excel, bridge } = await bound();
  excel.book.sheets.push(emptySheet('Blad2'));
  await excel.run(async (context: any) => {
    context.workbook.worksheets.getItem('Blad1').delete();
  });
  expect(await bridge.readBinding()).toMatchObject({ lost: true });
  expect(await readBoundTeam(bridge, noProfile)).toEqual({
    status: 'unbound',
    check: { status: 'sheetMissing', sheet: 'Blad1' },
  });
});

test('a settings save that fails rejects the binding with Office’s message', async () => {
  const excel = fakeExcel({ sheets: [fill(emptySheet('Blad1'), ROWS)] });
  const settings = new FakeSettings();
  settings.failSave = true;
  const bridge = new ExcelBridge(excel.run, 'nl-NL', settings);
  const proposal = proposeBinding(await bridge.readSheet('Blad1'), undefined)!;
  await expect(bridge.saveBinding(proposal.place, proposal.record)).rejects.toThrow('could not be saved');
});

test('rows sorted while a scan is open: the save on the bound sheet is refused, nothing written', async () => {
  const { excel, bridge } = await bound();
  const state = await readBoundTeam(bridge, noProfile);
  if (state.status !== 'ready') throw new Error('not bound');
  const write = {
    sheet: 'Blad1',
    headerRow: 3,
    row: 5,
    nameHeader: 'Medewerker',
    expectedName: 'Bram',
    cells: [{ header: 'Adviseur', expected: null, value: 2 }],
  };
  // Sorted by name descending: Bram now on row 4, Anna on row 5.
  const sheet = excel.book.sheets[0]!;
  fill(sheet, [[], [], [], ['Bram', 'OW', 2, 3, null], ['Anna', 'ICT', 3, 2, 1]]);
  await expect(bridge.writeRow(write)).rejects.toMatchObject({ key: 'rowChanged' });
  expect(sheet.cells.get('4,4')).toEqual({ value: 1 });
});
