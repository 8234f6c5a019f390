/** @jest-environment jsdom */
// Google Sheets keeps the binding to an own-layout matrix as a named range over the header row plus a document
// property (server/binding.ts); the sidebar reads it through the bridge. The named range follows inserted rows and a
// renamed sheet and is gone with a deleted sheet; bad arguments are refused by key; Scan saves into the bound sheet.

import { ENDPOINTS } from '../../appsscript/api';
import { SheetsBridge } from '../../appsscript/sidebar/bridge';
import { ServerClient } from '../../appsscript/sidebar/client';
import { proposeBinding } from '../../shared/scan/binding';
import { readBoundTeam } from '../../shared/ui/useTeam';
import { type LoadedGas, loadGas } from './fake/load-gas';
import { scriptRunOver } from './fake/script-run';

const ROWS: (string | number)[][] = [
  ['Vaardigheden team 2025'],
  [],
  ['Medewerker', 'Afdeling', 'Basis', 'Coach', 'Adviseur'],
  ['Anna', 'ICT', 3, 2, 1],
  ['Bram', 'OW', 2, 3, ''],
];

function ownLayout(): { loaded: LoadedGas; bridge: SheetsBridge } {
  const loaded = loadGas();
  const sheet = loaded.gas.spreadsheet.getSheetByName('Blad1')!;
  for (const [r, row] of ROWS.entries()) for (const [c, value] of row.entries()) sheet.write(r + 1, c + 1, value);
  const idle = { setTimeout: () => 0, clearTimeout: () => {} };
  const visible = { hidden: () => false, onChange: () => () => {} };
  const bridge = new SheetsBridge(new ServerClient(scriptRunOver(loaded)), { locale: 'nl', lang: 'nl' }, idle, visible);
  return { loaded, bridge };
}

const noProfile = { sheet: 'Profiel', exists: false, grid: { values: [] } };

async function bind(bridge: SheetsBridge) {
  const proposal = proposeBinding(await bridge.readSheet('Blad1'), undefined)!;
  await bridge.saveBinding(proposal.place, proposal.record);
  return proposal;
}

test('binding names the header row and keeps the record in the document properties', async () => {
  const { loaded, bridge } = ownLayout();
  expect(await bridge.readBinding()).toBeUndefined();
  const proposal = await bind(bridge);
  expect(loaded.gas.spreadsheet.namedRanges.get('Teamscan_Matrix')).toMatchObject({ row: 3, column: 1, columns: 5 });
  expect(loaded.gas.documentProperties.get('Teamscan_Matrix')).toBe(proposal.record);
  expect(await bridge.readBinding()).toEqual({ ...proposal.place, record: proposal.record });
  const state = await readBoundTeam(bridge, noProfile);
  expect(state.status === 'ready' && state.team.reading.people.map((person) => person.name)).toEqual(['Anna', 'Bram']);
});

test('rows inserted above and a renamed sheet are followed; a deleted sheet is reported by its bound name', async () => {
  const { loaded, bridge } = ownLayout();
  await bind(bridge);
  const book = loaded.gas.spreadsheet;
  book.insertRowsAbove(book.getSheetByName('Blad1')!, 1, 2);
  book.rename(book.getSheetByName('Blad1')!, 'Team');
  const state = await readBoundTeam(bridge, noProfile);
  expect(state).toMatchObject({ status: 'ready', source: { bound: true, renamedFrom: 'Blad1' } });
  expect(state.status === 'ready' && state.team.layout).toMatchObject({ sheet: 'Team', headerRow: 5 });
  book.insertSheet('Blad2');
  book.deleteSheet(book.getSheetByName('Team')!);
  expect(await readBoundTeam(bridge, noProfile)).toEqual({
    status: 'unbound',
    check: { status: 'sheetMissing', sheet: 'Blad1' },
  });
});

test('a save on the bound sheet writes the level in its row, compare-and-set', async () => {
  const { loaded, bridge } = ownLayout();
  await bind(bridge);
  await bridge.writeRow({
    sheet: 'Blad1',
    headerRow: 3,
    row: 5,
    nameHeader: 'Medewerker',
    expectedName: 'Bram',
    cells: [{ header: 'Adviseur', expected: null, value: 2 }],
  });
  expect(loaded.gas.spreadsheet.getSheetByName('Blad1')!.rowValues(5, 5)).toEqual(['Bram', 'OW', 2, 3, 2]);
});

test.each([
  [{ sheet: 'Nergens', cells: 'A3:E3', record: '{}' }, 'missingSheet'],
  [{ sheet: 'Blad1', cells: 'A3:E3;X', record: '{}' }, 'missingSheet'],
  [{ sheet: '', cells: 'A3:E3', record: '{}' }, 'hostBadSheet'],
  [{ sheet: 42, cells: 'A3', record: '{}' }, 'hostBadSheet'],
])('the binding endpoint refuses %j by key, naming nothing it did', (save, key) => {
  const { loaded } = ownLayout();
  const answer = loaded.call(ENDPOINTS.binding, save) as { ok: boolean; key?: string; message: string };
  expect(answer).toMatchObject({ ok: false, key });
  expect(answer.message).not.toMatch(/undefined|TypeError|Cannot read/);
  expect(loaded.gas.spreadsheet.namedRanges.size).toBe(0);
});

test('the watch endpoint answers one number that changes with a value and stays while nothing changes', () => {
  const { loaded } = ownLayout();
  const watch = () => (loaded.call(ENDPOINTS.watch, ['Blad1', 'Dekking']) as { value: number }).value;
  const first = watch();
  expect(typeof first).toBe('number');
  expect(watch()).toBe(first);
  loaded.gas.spreadsheet.getSheetByName('Blad1')!.write(4, 4, 3);
  const second = watch();
  expect(second).not.toBe(first);
  // The same length, another value (E4 0 → 1, as the stale-panel report had it) is a change too.
  loaded.gas.spreadsheet.getSheetByName('Blad1')!.write(4, 4, 2);
  expect(watch()).not.toBe(second);
  expect((loaded.call(ENDPOINTS.watch, 'Blad1') as { ok: boolean }).ok).toBe(true);
});
