// The personal workbooks' file names: safe on Windows, macOS and Linux, and unique without regard to case.

import fc from 'fast-check';
import { personalFileNames, safeBaseName } from '../../cli/selfscan/file-names';

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;

test('forbidden characters, trailing dots and spaces and reserved names are made safe', () => {
  expect(safeBaseName('A/B: "C"?', 'Zelfscan')).toBe('Zelfscan A B C');
  expect(safeBaseName('Jan de Vries. ', 'Zelfscan')).toBe('Zelfscan Jan de Vries');
  expect(safeBaseName('CON', '')).toBe('_CON');
  expect(safeBaseName('nul.txt', '')).toBe('_nul.txt');
  expect(safeBaseName('...', '')).toBe('_');
  expect(safeBaseName('x'.repeat(500), 'Zelfscan')).toHaveLength(60);
});

test('names that meet after cleaning or by case get a suffix', () => {
  expect(personalFileNames(['Anna', 'ANNA', 'A/B', 'A:B', 'Rene\u0301', 'René'], 'Zelfscan')).toEqual([
    'Zelfscan Anna.xlsx',
    'Zelfscan ANNA (2).xlsx',
    'Zelfscan A B.xlsx',
    'Zelfscan A B (2).xlsx',
    'Zelfscan René.xlsx',
    'Zelfscan René (2).xlsx',
  ]);
});

test('every name gives a safe, unique file name (property)', () => {
  fc.assert(
    fc.property(
      fc.array(fc.string({ maxLength: 80 }), { maxLength: 20 }),
      fc.constantFrom('', 'Zelfscan'),
      (names, prefix) => {
        const files = personalFileNames(names, prefix);
        const folded = files.map((file) => file.normalize('NFC').toLowerCase());
        expect(new Set(folded).size).toBe(files.length);
        for (const file of files) {
          const base = file.slice(0, -'.xlsx'.length).replace(/ \(\d+\)$/, '');
          // biome-ignore lint/suspicious/noControlCharactersInRegex: no control character may be in a file name
          expect(base).not.toMatch(/[<>:"/\\|?*\u0000-\u001f]/);
          expect(base).not.toMatch(/[. ]$/);
          expect(base).not.toMatch(WINDOWS_RESERVED);
          expect(base.length).toBeGreaterThan(0);
          expect(Buffer.byteLength(file)).toBeLessThan(255);
        }
      },
    ),
  );
});
