// The change log rows a save appends (docs/design.md#12-rounds-history-and-reports): one per cell that really changes, named by header.

import type { RowWrite } from '../../shared/host/bridge';
import { changeLogEntries, logRowValues } from '../../shared/host/change-log';
import { resolveRowWrite } from '../../shared/host/row-write';

const HEADER = ['Naam', 'Bijgewerkt', 'Adviseur', 'Coach', 'Innovator'];
const ROW = ['Anna', null, 1, 2, null];
const WRITE: RowWrite = {
  sheet: 'Teammatrix',
  headerRow: 1,
  row: 2,
  nameHeader: 'Naam',
  expectedName: 'Anna',
  cells: [
    { header: 'Adviseur', expected: 1, value: 3 },
    { header: 'Coach', expected: 2, value: 2 },
    { header: 'Innovator', expected: null, value: 'n.v.t.' },
  ],
  updatedHeader: 'Bijgewerkt',
};

test('one entry per changed cell, with its header, the value before and the value now', () => {
  const entries = changeLogEntries(WRITE, ROW, resolveRowWrite(WRITE, HEADER, ROW));
  expect(entries).toEqual([
    { name: 'Anna', column: 'Adviseur', before: 1, now: 3 },
    { name: 'Anna', column: 'Innovator', before: null, now: 'n.v.t.' },
  ]);
  expect(logRowValues(entries)).toEqual([
    ['Anna', 'Adviseur', 1, 3],
    ['Anna', 'Innovator', null, 'n.v.t.'],
  ]);
});

test('a cleared cell is logged with its old value, so a mistake can be found back', () => {
  const write = { ...WRITE, cells: [{ header: 'Coach', expected: 2, value: null }] };
  expect(changeLogEntries(write, ROW, resolveRowWrite(write, HEADER, ROW))).toEqual([
    { name: 'Anna', column: 'Coach', before: 2, now: null },
  ]);
});

test('a save to the second view is logged as such: its column names the sheet, never passing for a self-scan change', () => {
  const write = { ...WRITE, sheet: 'Tweede blik' };
  expect(changeLogEntries(write, ROW, resolveRowWrite(write, HEADER, ROW)).map((entry) => entry.column)).toEqual([
    'Tweede blik: Adviseur',
    'Tweede blik: Innovator',
  ]);
});

test("a goal added to the plan is logged as the plan's: each column names Ontwikkelplan, the person by the name written", () => {
  const header = ['Naam', 'Gebied', 'Doel'];
  const write: RowWrite = {
    sheet: 'Ontwikkelplan',
    headerRow: 1,
    row: 3,
    nameHeader: 'Naam',
    expectedName: '',
    cells: [
      { header: 'Naam', expected: null, value: 'Anna' },
      { header: 'Gebied', expected: null, value: 'Coach' },
      { header: 'Doel', expected: null, value: 3 },
    ],
  };
  const row = [null, null, null];
  expect(
    changeLogEntries(write, row, resolveRowWrite(write, header, row)).map((entry) => [entry.name, entry.column]),
  ).toEqual([
    ['Anna', 'Ontwikkelplan: Naam'],
    ['Anna', 'Ontwikkelplan: Gebied'],
    ['Anna', 'Ontwikkelplan: Doel'],
  ]);
  // The sheet's name in any case, as hosts compare sheet names; the Teammatrix's columns carry no prefix.
  const lower = { ...write, sheet: 'ontwikkelplan' };
  expect(changeLogEntries(lower, row, resolveRowWrite(lower, header, row))[0]!.column).toBe('ontwikkelplan: Naam');
  expect(changeLogEntries(WRITE, ROW, resolveRowWrite(WRITE, HEADER, ROW))[0]!.column).toBe('Adviseur');
});
