// Momentopname in the preview: a values-only, read-only copy of the Teammatrix as "Scan JJJJ-MM-DD", in one store write.

import { findSheet, isFormula } from '../../preview/workbook';
import { TeamscanError } from '../../shared/i18n/message';
import { readTeam } from '../../shared/scan/team';
import { FIXED_NOW, injectedBridge, writeAt } from './helpers';

async function scannedBridge() {
  const { store, bridge } = await injectedBridge(['Anna', 'Bram']);
  await writeAt(bridge, { row: 2, expectedName: 'Anna', cells: [{ column: 5, value: 3 }], stamp: true });
  await writeAt(bridge, { row: 3, expectedName: 'Bram', cells: [{ column: 5, value: 1 }] });
  return { store, bridge };
}

test('the snapshot holds the matrix values: a date stays a date, a "=" name text, a formula its value', async () => {
  const { store, bridge } = await scannedBridge();
  // A name typed with "=" is text; a Teamscan formula in the matrix is computed (the copy holds its value).
  bridge.editCell('Teammatrix', 3, 1, '=Bram');
  bridge.editCell('Teammatrix', 2, 12, '=NIVEAU("Gevorderd")');
  expect(isFormula(findSheet(store.workbook, 'Teammatrix')!.cells[1]![11])).toBe(true);
  const writes: unknown[] = [];
  store.subscribe((workbook) => writes.push(workbook));
  const name = await bridge.saveSnapshot({ sheet: 'Teammatrix', date: '2026-12-01' });
  expect(name).toBe('Scan 2026-12-01');
  expect(writes).toHaveLength(1);
  const matrix = (await bridge.readSheet('Teammatrix')).grid.values;
  const copy = (await bridge.readSheet(name)).grid.values;
  expect(copy).toEqual(matrix);
  const sheet = findSheet(store.workbook, name)!;
  expect(sheet.readOnly).toBe(true);
  expect(sheet.cells.flat().some(isFormula)).toBe(false);
  expect(sheet.cells[2]![0]).toBe('=Bram');
  expect(sheet.cells[1]![11]).toBe(3);
  expect(sheet.cells[1]![3]).toEqual({ date: FIXED_NOW.toISOString() });
  expect(copy[1]![3]).toBeInstanceOf(Date);
  expect(await bridge.listSheets()).toEqual(['Profiel', 'Teammatrix', 'Dekking', 'Teamscan-log', name]);
});

test('the snapshot reads as the same team, and the grid cannot change it', async () => {
  const { bridge } = await scannedBridge();
  const name = await bridge.saveSnapshot({ sheet: 'Teammatrix', date: '2026-12-01' });
  const profile = await bridge.readSheet('Profiel');
  const now = readTeam(await bridge.readSheet('Teammatrix'), profile)!;
  const earlier = readTeam(await bridge.readSheet(name), profile)!;
  expect(earlier.reading.people).toEqual(now.reading.people);
  bridge.editCell(name, 2, 6, '4');
  expect((await bridge.readSheet(name)).grid.values[1]![5]).toBe(3);
});

test('a second snapshot the same day gets " (2)"; another day its own name', async () => {
  const { bridge } = await scannedBridge();
  expect(await bridge.saveSnapshot({ sheet: 'Teammatrix', date: '2026-12-01' })).toBe('Scan 2026-12-01');
  expect(await bridge.saveSnapshot({ sheet: 'Teammatrix', date: '2026-12-01' })).toBe('Scan 2026-12-01 (2)');
  expect(await bridge.saveSnapshot({ sheet: 'Teammatrix', date: '2026-12-02' })).toBe('Scan 2026-12-02');
});

test('no matrix, or a bad date: refused with the sheet or value named, and the workbook is as it was', async () => {
  const { store, bridge } = await injectedBridge();
  const before = store.workbook;
  await expect(bridge.saveSnapshot({ sheet: 'Teammatrix', date: '2026-12-01' })).rejects.toThrow(/Teammatrix/);
  const scanned = await scannedBridge();
  const state = scanned.store.workbook;
  await expect(scanned.bridge.saveSnapshot({ sheet: 'Teammatrix', date: '01-12-2026' })).rejects.toThrow(TeamscanError);
  expect(store.workbook).toBe(before);
  expect(scanned.store.workbook).toBe(state);
});
