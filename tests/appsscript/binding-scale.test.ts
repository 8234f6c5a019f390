/** @jest-environment jsdom */
// Google Sheets: Scan on a bound own-layout matrix writes a level in that matrix's own scale and notation
// (docs/design.md#3-levels-and-cell-values) through the existing row-write endpoint, compare-and-set; the scale is kept
// in the binding's document property (no new server code); nothing else on the sheet changes; a mark another member
// typed between read and save is kept and shown.

import { act, renderHook } from '@testing-library/react';
import { SheetsBridge } from '../../appsscript/sidebar/bridge';
import { ServerClient } from '../../appsscript/sidebar/client';
import { isWriteConflict } from '../../shared/host/row-write';
import { proposeBinding } from '../../shared/scan/binding';
import { useScan } from '../../shared/ui/scan/useScan';
import { readBoundTeam } from '../../shared/ui/useTeam';
import { loadGas } from './fake/load-gas';
import { scriptRunOver } from './fake/script-run';

const HEADER = ['Medewerker', 'Afdeling', 'Basis', 'Coach', 'Adviseur'];
const noProfile = { sheet: 'Profiel', exists: false, grid: { values: [] } };

async function boundForm(rows: (string | number)[][]) {
  const loaded = loadGas();
  const sheet = loaded.gas.spreadsheet.getSheetByName('Blad1')!;
  const all = [['Vaardigheden team 2025'], [], HEADER, ...rows];
  for (const [r, row] of all.entries()) for (const [c, value] of row.entries()) sheet.write(r + 1, c + 1, value);
  const idle = { setTimeout: () => 0, clearTimeout: () => {} };
  const visible = { hidden: () => false, onChange: () => () => {} };
  const bridge = new SheetsBridge(new ServerClient(scriptRunOver(loaded)), { locale: 'nl', lang: 'nl' }, idle, visible);
  const proposal = proposeBinding(await bridge.readSheet('Blad1'), undefined)!;
  await bridge.saveBinding(proposal.place, proposal.record);
  const reload = async () => {
    const state = await readBoundTeam(bridge, noProfile);
    return state.status === 'ready' ? state.team : undefined;
  };
  const { result } = renderHook(() => useScan(bridge, reload));
  await act(() => result.current.open(4));
  const field = (header: string) => result.current.state.person!.team.layout.fields.find((f) => f.header === header)!;
  const answers = () => HEADER.slice(2).map((header) => result.current.state.person!.draft.answers[field(header).key]);
  const grid = () => Array.from({ length: all.length }, (_, r) => sheet.rowValues(r + 1, HEADER.length));
  return { loaded, sheet, result, field, answers, grid };
}

test('1–5: level 3 is saved as 4, as text where the file holds text; the scale is in the document property', async () => {
  const { loaded, result, field, answers, grid } = await boundForm([
    ['Anna', 'ICT', "'5", "'2", "'1"],
    ['Bram', 'OW', "'4", "'3", ''],
  ]);
  // Typed as text ("'5"), the cells hold text, as a CSV imported as text does.
  expect(loaded.gas.spreadsheet.getSheetByName('Blad1')!.rowValues(4, 5)).toEqual(['Anna', 'ICT', '5', '2', '1']);
  expect(JSON.parse(String(loaded.gas.documentProperties.get('Teamscan_Matrix'))).scale).toBe('1-5');
  expect(answers()).toEqual([4, 1, 0]);
  const before = grid();
  act(() => result.current.setAnswer(field('Coach'), 3));
  await act(async () => {
    expect(await result.current.save()).toBe(true);
  });
  const expected = before.map((row) => [...row]);
  expected[3]![3] = '4';
  expect(grid()).toEqual(expected);
  expect(answers()).toEqual([4, 3, 0]);
});

test('x/o: held is saved as the file’s "x", not held as its "o"; nothing else changes', async () => {
  const { result, field, answers, grid } = await boundForm([
    ['Anna', 'ICT', 'x', 'o', ''],
    ['Bram', 'OW', 'o', 'x', 'x'],
  ]);
  expect(result.current.state.person!.team.scale).toMatchObject({ id: 'x-o', levels: [0, 2] });
  const before = grid();
  act(() => result.current.setAnswer(field('Coach'), 2));
  act(() => result.current.setAnswer(field('Adviseur'), 0));
  await act(() => result.current.save());
  const expected = before.map((row) => [...row]);
  expected[3]![3] = 'x';
  expected[3]![4] = 'o';
  expect(grid()).toEqual(expected);
  expect(answers()).toEqual([2, 2, 0]);
});

test('race: another member marks the cell between read and save: nothing written, the form shows their mark', async () => {
  const { sheet, result, field, answers } = await boundForm([['Anna', 'ICT', 'x', 'o', 'o']]);
  act(() => result.current.setAnswer(field('Coach'), 2));
  act(() => result.current.setAnswer(field('Basis'), 0));
  sheet.write(4, 4, 'x');
  await act(async () => {
    expect(await result.current.save()).toBe(false);
  });
  expect(isWriteConflict(result.current.state.saveError)).toBe(true);
  expect(sheet.rowValues(4, 5)).toEqual(['Anna', 'ICT', 'x', 'x', 'o']);
  expect(answers()).toEqual([2, 2, 0]);
});
