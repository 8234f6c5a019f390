// resolveRowWrite: a save finds its columns by header and is compare-and-set against what the form loaded.

import fc from 'fast-check';
import type { RowWrite } from '../../shared/host/bridge';
import { isWriteConflict, resolveRowWrite, sameCellValue } from '../../shared/host/row-write';
import { errorOf as refusal } from '../support/grids';

const HEADER = ['Naam', 'Rol', 'Werkniveau', 'Bijgewerkt', 'Basis', 'Adviseur', 'Coach', 'Ontwikkelwens coach'];
const ANNA = ['Anna', 'adviseur', 'tactisch', null, 2, 1, null, 'nee'];

const WRITE: RowWrite = {
  sheet: 'Teammatrix',
  headerRow: 1,
  row: 2,
  nameHeader: 'Naam',
  expectedName: 'Anna',
  cells: [
    { header: 'Adviseur', expected: 1, value: 4 },
    { header: 'Coach', expected: null, value: 'n.v.t.' },
    { header: 'Ontwikkelwens coach', expected: 'nee', value: 'ja' },
  ],
  updatedHeader: 'Bijgewerkt',
};

test('maps each header to its column as the sheet is now', () => {
  expect(resolveRowWrite(WRITE, HEADER, ANNA)).toEqual({
    cells: [
      { column: 5, value: 4 },
      { column: 6, value: 'n.v.t.' },
      { column: 7, value: 'ja' },
    ],
    updatedColumn: 3,
  });
});

test('after "Rol" was deleted the levels still land under their own headers, not one to the left', () => {
  const header = HEADER.filter((cell) => cell !== 'Rol');
  const row = ANNA.filter((_, column) => column !== 1);
  const resolved = resolveRowWrite(WRITE, header, row);
  expect(resolved.cells.map((cell) => header[cell.column])).toEqual(['Adviseur', 'Coach', 'Ontwikkelwens coach']);
  expect(header[resolved.updatedColumn!]).toBe('Bijgewerkt');
});

test('a deleted column that the save writes refuses the whole save, naming the column', () => {
  const header = HEADER.map((cell) => (cell === 'Coach' ? 'Opmerking' : cell));
  const error = refusal(() => resolveRowWrite(WRITE, header, ANNA));
  expect(error.detail.key).toBe('columnMissing');
  expect(error.localized('nl')).toContain('"Coach"');
  expect(isWriteConflict(error)).toBe(true);
});

test('a column that now appears twice is refused with both cells', () => {
  const header = [...HEADER, 'adviseur '];
  const error = refusal(() => resolveRowWrite(WRITE, header, [...ANNA, 3]));
  expect(error.detail.key).toBe('columnAmbiguous');
  expect(error.localized('en')).toContain('Teammatrix!F1 and Teammatrix!I1');
});

test('a row that holds someone else now (a sort) is refused', () => {
  const error = refusal(() => resolveRowWrite(WRITE, HEADER, ['Bram', ...ANNA.slice(1)]));
  expect(error.detail.key).toBe('rowChanged');
  expect(error.localized('nl')).toContain('"Bram"');
});

test('a name with spaces around it, other case or accents is the same person', () => {
  expect(() => resolveRowWrite(WRITE, HEADER, ['  ANNA ', ...ANNA.slice(1)])).not.toThrow();
});

test('a cell a colleague changed meanwhile refuses the save and says what changed', () => {
  const row = [...ANNA];
  row[5] = 3;
  const error = refusal(() => resolveRowWrite(WRITE, HEADER, row));
  expect(error.detail.key).toBe('cellChanged');
  expect(error.localized('nl')).toContain('Teammatrix!F2 (Adviseur): 1 → 3');
  expect(error.localized('en')).toMatch(/^Changed in the sheet meanwhile/);
});

test('the refusal names the sheet row the write was for', () => {
  const write = { ...WRITE, headerRow: 3, row: 4 };
  const error = refusal(() => resolveRowWrite(write, HEADER, ['Bram']));
  expect(error.localized('nl')).toContain('Regel 4');
});

test('Bijgewerkt that disappeared only loses the stamp', () => {
  const header = HEADER.map((cell) => (cell === 'Bijgewerkt' ? '' : cell));
  expect(resolveRowWrite(WRITE, header, ANNA).updatedColumn).toBeUndefined();
});

describe('sameCellValue', () => {
  test.each([
    [null, '', true],
    [null, '   ', true],
    ['', null, true],
    [2, '2', true],
    ['2', 2, true],
    [2.5, '2,5', true],
    ['Ja', 'ja ', true],
    [2, 3, false],
    [null, 0, false],
    [0, null, false],
    ['ja', 'nee', false],
    ['2', 'twee', false],
  ])('%p against %p: %p', (expected, actual, same) => {
    expect(sameCellValue(expected, actual)).toBe(same);
  });
});

test('property: inserting, deleting and moving other columns never moves where a save lands', () => {
  const others = fc.uniqueArray(fc.constantFrom('Rol', 'Werkniveau', 'Afdeling', 'FTE', 'Notities', 'Basis'), {
    maxLength: 6,
  });
  fc.assert(
    fc.property(others, fc.nat(), (extra, seed) => {
      // The sheet now: the written columns plus any other columns, in an order drawn from the seed.
      const columns = ['Naam', 'Bijgewerkt', 'Adviseur', 'Coach', 'Ontwikkelwens coach', ...extra];
      const order = columns.map((name, i) => ({ name, key: (i * 7919 + seed) % 101 })).sort((a, b) => a.key - b.key);
      const header = order.map((column) => column.name);
      const loaded: Record<string, string | number | null> = {
        Naam: 'Anna',
        Adviseur: 1,
        Coach: null,
        'Ontwikkelwens coach': 'nee',
      };
      const row = header.map((name) => loaded[name] ?? null);
      const resolved = resolveRowWrite(WRITE, header, row);
      const landed = Object.fromEntries(resolved.cells.map((cell) => [header[cell.column], cell.value]));
      expect(landed).toEqual({ Adviseur: 4, Coach: 'n.v.t.', 'Ontwikkelwens coach': 'ja' });
      expect(header[resolved.updatedColumn!]).toBe('Bijgewerkt');
    }),
  );
});
