/** @jest-environment jsdom */
// Excel: Scan on a bound own-layout matrix writes a level in that matrix's own scale and notation
// (docs/design.md#3-levels-and-cell-values): level 3 on 1–5 as 4, held on x/o as its "x", not held as its "o"; the
// scale is stored with the binding in the document settings; nothing else on the sheet changes; a cell another editor
// changed between read and save is compare-and-set: nothing written, the form shows what is there now.

import { act, renderHook } from '@testing-library/react';
import { BINDING_SETTING } from '../../addin/excel/binding';
import { ExcelBridge } from '../../addin/excel/bridge';
import { isWriteConflict } from '../../shared/host/row-write';
import { proposeBinding } from '../../shared/scan/binding';
import { useScan } from '../../shared/ui/scan/useScan';
import { readBoundTeam } from '../../shared/ui/useTeam';
import { FakeSettings } from './fake/names';
import { fill, typeInto } from './fake/user';
import { emptySheet, type FakeSheet, fakeExcel } from './fake-excel';

const HEADER = ['Medewerker', 'Afdeling', 'Basis', 'Coach', 'Adviseur'];
const noProfile = { sheet: 'Profiel', exists: false, grid: { values: [] } };

async function boundForm(rows: (string | number | null)[][]) {
  const excel = fakeExcel({ sheets: [fill(emptySheet('Blad1'), [['Vaardigheden team 2025'], [], HEADER, ...rows])] });
  const settings = new FakeSettings();
  const bridge = new ExcelBridge(excel.run, 'nl-NL', settings);
  const proposal = proposeBinding(await bridge.readSheet('Blad1'), undefined)!;
  await bridge.saveBinding(proposal.place, proposal.record);
  const reload = async () => {
    const state = await readBoundTeam(bridge, noProfile);
    return state.status === 'ready' ? state.team : undefined;
  };
  const { result } = renderHook(() => useScan(bridge, reload));
  await act(() => result.current.open(4));
  const sheet = excel.book.sheets.find((candidate: FakeSheet) => candidate.name === 'Blad1')!;
  const field = (header: string) => result.current.state.person!.team.layout.fields.find((f) => f.header === header)!;
  const answers = () => HEADER.slice(2).map((header) => result.current.state.person!.draft.answers[field(header).key]);
  return { settings, sheet, result, field, answers, cells: () => new Map(sheet.cells) };
}

test('1–5: read one lower, level 3 saved as 4 and 0 as 1; the scale is in the settings; nothing else changes', async () => {
  const { settings, result, field, answers, cells } = await boundForm([
    ['Anna', 'ICT', 5, 2, 1],
    ['Bram', 'OW', 4, 3, null],
  ]);
  expect(JSON.parse(String(settings.saved.get(BINDING_SETTING))).scale).toBe('1-5');
  expect(answers()).toEqual([4, 1, 0]);
  expect(result.current.state.person!.team.scale?.levels).toEqual([0, 1, 2, 3, 4]);
  const before = cells();
  act(() => result.current.setAnswer(field('Coach'), 3));
  act(() => result.current.setAnswer(field('Basis'), 0));
  await act(async () => {
    expect(await result.current.save()).toBe(true);
  });
  const after = cells();
  expect(after.get('3,3')).toEqual({ value: 4, numberFormat: 'General' });
  expect(after.get('3,2')).toEqual({ value: 1, numberFormat: 'General' });
  for (const [key, cell] of before) if (key !== '3,3' && key !== '3,2') expect(after.get(key)).toEqual(cell);
  expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
  expect(answers()).toEqual([0, 3, 0]);
});

test('x/o: held saved as the file’s own "X", not held as its "o", as text; two choices per item', async () => {
  const { sheet, result, field, answers, cells } = await boundForm([
    ['Anna', 'ICT', 'X', 'o', null],
    ['Bram', 'OW', 'o', 'X', 'X'],
  ]);
  expect(result.current.state.person!.team.scale).toMatchObject({ id: 'x-o', levels: [0, 2] });
  expect(answers()).toEqual([2, 0, null]);
  const before = cells();
  // A level x/o cannot express (a 3 typed or replayed by the keyboard loop) is no answer.
  act(() => result.current.setAnswer(field('Adviseur'), 3));
  expect(result.current.state.dirty).toBe(false);
  act(() => result.current.setAnswer(field('Coach'), 2));
  act(() => result.current.setAnswer(field('Basis'), 0));
  await act(() => result.current.save());
  expect(sheet.cells.get('3,3')).toEqual({ value: 'X', numberFormat: '@' });
  expect(sheet.cells.get('3,2')).toEqual({ value: 'o', numberFormat: '@' });
  for (const [key, cell] of before) if (key !== '3,3' && key !== '3,2') expect(sheet.cells.get(key)).toEqual(cell);
  expect(answers()).toEqual([0, 2, null]);
});

test('race: another editor marks the cell between read and save: nothing written, the form shows their mark', async () => {
  const { sheet, result, field, answers } = await boundForm([['Anna', 'ICT', 'x', 'o', 'o']]);
  act(() => result.current.setAnswer(field('Coach'), 2));
  act(() => result.current.setAnswer(field('Adviseur'), 2));
  // A colleague types "x" into Anna's Coach cell while the form is open.
  typeInto(sheet, 3, 3, 'x');
  await act(async () => {
    expect(await result.current.save()).toBe(false);
  });
  expect(isWriteConflict(result.current.state.saveError)).toBe(true);
  expect(sheet.cells.get('3,4')).toEqual({ value: 'o' });
  expect(answers()).toEqual([2, 2, 0]);
  expect(result.current.state.dirty).toBe(false);
});
