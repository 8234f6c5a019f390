// The snapshot's sheet name (docs/design.md#12-rounds-history-and-reports): "Scan JJJJ-MM-DD", a suffix when that day's name is taken.

import {
  checkSnapshotRequest,
  isSnapshotDate,
  isSnapshotSheet,
  localDate,
  snapshotName,
  snapshotSheets,
} from '../../shared/host/snapshot';
import { TeamscanError } from '../../shared/i18n/message';

test('the first snapshot of a day is named after the day', () => {
  expect(snapshotName('2026-12-01', ['Profiel', 'Teammatrix', 'Dekking'])).toBe('Scan 2026-12-01');
});

test('a second and third snapshot the same day get " (2)" and " (3)"; a gap is filled first', () => {
  expect(snapshotName('2026-12-01', ['Scan 2026-12-01'])).toBe('Scan 2026-12-01 (2)');
  expect(snapshotName('2026-12-01', ['Scan 2026-12-01', 'Scan 2026-12-01 (2)'])).toBe('Scan 2026-12-01 (3)');
  expect(snapshotName('2026-12-01', ['Scan 2026-12-01', 'Scan 2026-12-01 (3)'])).toBe('Scan 2026-12-01 (2)');
  expect(snapshotName('2026-12-02', ['Scan 2026-12-01', 'Scan 2026-12-01 (2)'])).toBe('Scan 2026-12-02');
});

test('names are compared without case, as Excel and Sheets compare sheet names', () => {
  expect(snapshotName('2026-12-01', ['scan 2026-12-01'])).toBe('Scan 2026-12-01 (2)');
});

test('a date that is not a calendar day as JJJJ-MM-DD is refused with the value named', () => {
  expect(() => snapshotName('2026-02-30', [])).toThrow(TeamscanError);
  expect(() => snapshotName('1-12-2026', [])).toThrow(/"1-12-2026"/);
  expect(isSnapshotDate('2028-02-29')).toBe(true);
  expect(isSnapshotDate('2026-02-29')).toBe(false);
  expect(isSnapshotDate(20261201)).toBe(false);
});

test('a request from over a host boundary is checked: the sheet and the date', () => {
  expect(checkSnapshotRequest({ sheet: 'Teammatrix', date: '2026-12-01' })).toEqual({
    sheet: 'Teammatrix',
    date: '2026-12-01',
  });
  expect(() => checkSnapshotRequest({ sheet: '', date: '2026-12-01' })).toThrow(TeamscanError);
  expect(() => checkSnapshotRequest({ sheet: 'Teammatrix', date: null })).toThrow(/JJJJ-MM-DD/);
  expect(() => checkSnapshotRequest(null)).toThrow(TeamscanError);
});

test('the local day is taken from the clock fields, not from UTC', () => {
  expect(localDate(new Date(2026, 11, 1, 23, 59))).toBe('2026-12-01');
  expect(localDate(new Date(2026, 0, 9, 0, 1))).toBe('2026-01-09');
});

test('snapshot sheets are recognised by name and listed newest first', () => {
  expect(isSnapshotSheet('Scan 2026-12-01')).toBe(true);
  expect(isSnapshotSheet('Scan 2026-12-01 (2)')).toBe(true);
  expect(isSnapshotSheet('Teammatrix')).toBe(false);
  expect(isSnapshotSheet('Scan 2026-13-01')).toBe(false);
  expect(isSnapshotSheet('Scan 2026-12-01 (1)')).toBe(false);
  expect(isSnapshotSheet('Scan 2026-12-01 kopie')).toBe(false);
  expect(
    snapshotSheets([
      'Teammatrix',
      'Scan 2026-06-01',
      'Scan 2026-12-01',
      'Scan 2026-12-01 (2)',
      'Scan 2025-12-01',
      'Dekking',
    ]),
  ).toEqual(['Scan 2026-12-01 (2)', 'Scan 2026-12-01', 'Scan 2026-06-01', 'Scan 2025-12-01']);
});
