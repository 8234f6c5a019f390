// The .xlsx archive layer: parts by name, only the needed parts unpacked, and the exact refusal for an archive
// that is truncated, damaged, encrypted or packed with a method a spreadsheet program does not use.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readXlsx, XlsxReadError } from '../../cli/read/xlsx';
import { openXlsxArchive } from '../../cli/read/xlsx-zip';
import { type Part, sheetData, workbookParts, zip } from '../fixtures/xlsx/build-xlsx';

const work = mkdtempSync(join(tmpdir(), 'teamscan-archive-'));
const SHEET = 'xl/worksheets/sheet1.xml';
const DAMAGED = 'kapot.xlsx: the .xlsx archive is damaged; open it in a spreadsheet program and save it again';

function parts(): Part[] {
  return workbookParts([
    {
      name: 'Teammatrix',
      body: sheetData([
        ['Naam', 'Coach'],
        ['Anna', 3],
      ]),
    },
  ]);
}

function withSheet(change: Partial<Part>): Part[] {
  return parts().map((part) => (part.name === SHEET ? { ...part, ...change } : part));
}

async function englishRefusal(archive: Buffer): Promise<string> {
  const path = join(work, 'kapot.xlsx');
  writeFileSync(path, archive);
  const error = await readXlsx(path, undefined, 'Teammatrix').then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(XlsxReadError);
  return (error as XlsxReadError).localized('en');
}

/** The offset of a header that names `name`: its first mention is the local header, the second the directory's. */
function headerOf(archive: Buffer, name: string, which: 'local' | 'directory'): number {
  const first = archive.indexOf(name);
  return which === 'local' ? first - 30 : archive.indexOf(name, first + 1) - 46;
}

test('parts are found by name, also in other case, and a missing part is undefined', async () => {
  const archive = await openXlsxArchive('team.xlsx', zip(parts()));
  expect(archive.names).toEqual([
    '_rels/.rels',
    'xl/workbook.xml',
    'xl/_rels/workbook.xml.rels',
    'xl/sharedStrings.xml',
    'xl/styles.xml',
    SHEET,
  ]);
  expect(await archive.text('XL/Worksheets/Sheet1.xml')).toContain('<c r="B2"><v>3</v></c>');
  expect(await archive.text('xl/media/image1.png')).toBeUndefined();
});

test('only the needed parts are unpacked: a broken part the matrix does not need is never read', async () => {
  // 0xff opens a deflate block of the reserved type 11 (RFC 1951 3.2.3): inflating it fails at once.
  const broken = { name: 'xl/media/image1.png', data: Buffer.alloc(0), packed: Buffer.from([0xff, 0xff, 0xff]) };
  const path = join(work, 'met-plaatje.xlsx');
  writeFileSync(path, zip([...parts(), { ...broken, declaredSize: 100 }]));
  const grid = await readXlsx(path, undefined, 'Teammatrix');
  expect(grid.values).toEqual([
    ['Naam', 'Coach'],
    ['Anna', 3],
  ]);
});

test('a needed part that does not inflate is a damaged archive', async () => {
  expect(await englishRefusal(zip(withSheet({ packed: Buffer.from([0xff, 0xff, 0xff]), declaredSize: 100 })))).toBe(
    DAMAGED,
  );
});

test('a needed part that unpacks to less than the archive states is a damaged archive', async () => {
  const sheet = parts().find((part) => part.name === SHEET)!;
  expect(await englishRefusal(zip(withSheet({ declaredSize: sheet.data.length + 10 })))).toBe(DAMAGED);
});

test('a truncated archive has no zip directory', async () => {
  const archive = zip(parts());
  expect(await englishRefusal(archive.subarray(0, archive.length - 10))).toBe(
    'kapot.xlsx: not a readable .xlsx file (no zip directory)',
  );
});

test('a damaged local header of a needed part is a damaged archive', async () => {
  const archive = zip(parts());
  archive.writeUInt32LE(0, headerOf(archive, SHEET, 'local'));
  expect(await englishRefusal(archive)).toBe(DAMAGED);
});

test('a damaged central directory is a damaged archive', async () => {
  const archive = zip(parts());
  archive.writeUInt32LE(0, headerOf(archive, SHEET, 'directory'));
  expect(await englishRefusal(archive)).toBe(DAMAGED);
});

test('an encrypted part is refused as encrypted', async () => {
  expect(await englishRefusal(zip(withSheet({ flags: 1 })))).toBe('kapot.xlsx: not a readable .xlsx file (encrypted)');
});

test('a part packed with another method than stored or deflated is refused naming the method', async () => {
  expect(await englishRefusal(zip(withSheet({ method: 12 })))).toBe(
    'kapot.xlsx: not a readable .xlsx file (compression method 12)',
  );
});

test('a stored (uncompressed) part is read as it is', async () => {
  const sheet = parts().find((part) => part.name === SHEET)!;
  const path = join(work, 'opgeslagen.xlsx');
  writeFileSync(path, zip(withSheet({ method: 0, packed: sheet.data })));
  const grid = await readXlsx(path, undefined, 'Teammatrix');
  expect(grid.values).toEqual([
    ['Naam', 'Coach'],
    ['Anna', 3],
  ]);
});
