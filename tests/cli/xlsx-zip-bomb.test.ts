// Zip bombs: an .xlsx that would unpack beyond the limit is refused before it is unpacked, also when its
// directory understates the sizes (then unpacking stops at the stated size).

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { createDeflateRaw } from 'node:zlib';
import { readXlsx, XlsxReadError } from '../../cli/read/xlsx';
import { UNPACKED_LIMIT } from '../../cli/read/xlsx-zip';
import { type Part, sheetData, workbookParts, zip } from '../fixtures/xlsx/build-xlsx';
import { runCli } from './run-cli';

const work = mkdtempSync(join(tmpdir(), 'teamscan-bomb-'));
const MB = 1024 * 1024;
const ZEROS = 250 * MB;

/** 250 MB of zeros deflated chunk by chunk: about 250 KB, without holding the 250 MB. */
async function packedZeros(): Promise<Buffer> {
  const chunk = Buffer.alloc(MB);
  const chunks = (function* () {
    for (let i = 0; i < ZEROS / MB; i++) yield chunk;
  })();
  return buffer(Readable.from(chunks).pipe(createDeflateRaw({ level: 9 })));
}

function bomb(name: string, sheet: Part): string {
  const parts = workbookParts([{ name: 'Teammatrix', body: sheetData([['Naam', 'Coach']]) }]).map((part) =>
    part.name === sheet.name ? sheet : part,
  );
  const path = join(work, name);
  writeFileSync(path, zip(parts));
  return path;
}

async function refusal(path: string, limit?: number): Promise<{ error: XlsxReadError; ms: number; heap: number }> {
  const heapBefore = process.memoryUsage().arrayBuffers;
  const start = performance.now();
  const error = await readXlsx(path, undefined, 'Teammatrix', limit ? { unpackedLimit: limit } : {}).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  const ms = performance.now() - start;
  expect(error).toBeInstanceOf(XlsxReadError);
  return { error: error as XlsxReadError, ms, heap: process.memoryUsage().arrayBuffers - heapBefore };
}

/**
 * Unpacking is what the heap figure shows; the time is a guard against a read that runs on (seconds per 100 MB),
 * generous so a busy machine does not fail it (figures come from `npm run bench`).
 */
const HANG_GUARD_MS = 5_000;

let zeros: Buffer;
beforeAll(async () => {
  zeros = await packedZeros();
});

test('the limit is 200 MB', async () => {
  expect(UNPACKED_LIMIT).toBe(200 * MB);
});

test('an archive that states it unpacks to 250 MB is refused before unpacking, naming the file and the limit', async () => {
  expect(zeros.length).toBeLessThan(MB);
  const path = bomb('bom.xlsx', {
    name: 'xl/worksheets/sheet1.xml',
    data: Buffer.alloc(0),
    packed: zeros,
    declaredSize: ZEROS,
  });
  const { error, ms, heap } = await refusal(path);
  expect(error.localized('nl')).toBe(
    'bom.xlsx: pakt uit tot meer dan 200 MB en wordt niet uitgepakt (een teammatrix is veel kleiner; is dit het goede bestand?)',
  );
  expect(error.localized('en')).toContain('bom.xlsx: unpacks to more than 200 MB and is not unpacked');
  expect(ms).toBeLessThan(HANG_GUARD_MS);
  expect(heap).toBeLessThan(50 * MB);
});

test('an archive whose directory understates a part is stopped at the stated size', async () => {
  const path = bomb('leugen.xlsx', {
    name: 'xl/worksheets/sheet1.xml',
    data: Buffer.alloc(0),
    packed: zeros,
    declaredSize: 1000,
  });
  const { error, ms, heap } = await refusal(path);
  expect(error.localized('nl')).toBe(
    'leugen.xlsx: onderdeel xl/worksheets/sheet1.xml pakt groter uit dan het archief opgeeft en wordt niet verder uitgepakt (beschadigd of een zip-bom)',
  );
  expect(ms).toBeLessThan(HANG_GUARD_MS);
  expect(heap).toBeLessThan(50 * MB);
});

test('parts that each stay small but together pass the limit are refused too', async () => {
  const parts = workbookParts([{ name: 'Teammatrix', body: sheetData([['Naam', 'Coach']]) }]);
  const extra = [1, 2, 3].map((n) => ({
    name: `xl/media/image${n}.bin`,
    data: Buffer.alloc(0),
    packed: zeros,
    declaredSize: 80 * MB,
  }));
  const path = join(work, 'drie.xlsx');
  writeFileSync(path, zip([...parts, ...extra]));
  const { error, ms } = await refusal(path);
  expect(error.localized('en')).toMatch(/^drie\.xlsx: unpacks to more than 200 MB/);
  expect(ms).toBeLessThan(HANG_GUARD_MS);
});

test('a file larger than the limit is refused before it is read', async () => {
  const path = join(work, 'groot.xlsx');
  const incompressible = Buffer.alloc(MB, 7);
  writeFileSync(path, zip([{ name: 'xl/media/ruis.bin', data: incompressible, packed: incompressible }]));
  const { error } = await refusal(path, MB / 2);
  expect(error.localized('en')).toBe(
    'groot.xlsx: unpacks to more than 0.5 MB and is not unpacked (a team matrix is far smaller; is this the right file?)',
  );
});

test('teamscan analyze on a bomb exits 2 with the message and no stack trace', async () => {
  const path = bomb('bom-cli.xlsx', {
    name: 'xl/worksheets/sheet1.xml',
    data: Buffer.alloc(0),
    packed: zeros,
    declaredSize: ZEROS,
  });
  const result = await runCli(['analyze', path]);
  expect(result.code).toBe(2);
  expect(result.stderr).toContain('bom-cli.xlsx: pakt uit tot meer dan 200 MB en wordt niet uitgepakt');
  expect(result.stderr).not.toContain('    at ');
});
