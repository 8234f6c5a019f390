// docs/design.md#9-reliability-and-privacy "No silent guess while reading": a file of another kind under a table's name (an old .xls, a
// password-protected workbook, a web page, a CSV saved as .xlsx, an .xlsx saved as .csv) is named with what to
// do, wholly in the reader's language; unknown bytes never reach "Geen competentiekolommen gevonden".

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { oleEntryNames } from '../../cli/read/file-kind';
import { runCli } from './run-cli';

const work = mkdtempSync(join(tmpdir(), 'teamscan-kinds-'));

function file(name: string, bytes: Buffer | string): string {
  const path = join(work, name);
  writeFileSync(path, bytes);
  return path;
}

const END_OF_CHAIN = 0xfffffffe;
const FREE = 0xffffffff;

/**
 * A compound file (MS-CFB 2.2, 2.6) with 512-byte sectors: the header, directory sector 0, FAT sector 1 and a
 * second directory sector 2 (so the chain 0 → 2 is followed). `names` are its directory entries after the root.
 */
function compoundFile(names: readonly string[]): Buffer {
  const sector = 512;
  const bytes = Buffer.alloc(sector * 4);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(bytes, 0);
  bytes.writeUInt16LE(0x3e, 0x18); // minor version
  bytes.writeUInt16LE(3, 0x1a); // major version 3: 512-byte sectors
  bytes.writeUInt16LE(0xfffe, 0x1c); // little-endian
  bytes.writeUInt16LE(9, 0x1e); // sector shift: 2^9
  bytes.writeUInt16LE(6, 0x20); // mini sector shift
  bytes.writeUInt32LE(1, 0x2c); // one FAT sector
  bytes.writeUInt32LE(0, 0x30); // first directory sector
  for (let i = 0; i < 109; i++) bytes.writeUInt32LE(i === 0 ? 1 : FREE, 0x4c + i * 4);
  const fat = (1 + 1) * sector;
  bytes.writeUInt32LE(2, fat); // directory: sector 0 → 2
  bytes.writeUInt32LE(0xfffffffd, fat + 4); // sector 1 holds the FAT
  bytes.writeUInt32LE(END_OF_CHAIN, fat + 8);
  const entries = ['Root Entry', ...names];
  const directorySectors = [0, 2];
  entries.forEach((name, i) => {
    const at = (directorySectors[Math.floor(i / 4)]! + 1) * sector + (i % 4) * 128;
    bytes.write(name, at, 'utf16le');
    bytes.writeUInt16LE((name.length + 1) * 2, at + 0x40);
    bytes[at + 0x42] = i === 0 ? 5 : 2; // root storage, else stream
  });
  return bytes;
}

const XLS = compoundFile(['Workbook', '\u0005SummaryInformation']);
/** An encrypted OOXML workbook's streams (MS-OFFCRYPTO 2.3.4.4); EncryptedPackage lands in the second sector. */
const ENCRYPTED = compoundFile(['\u0006DataSpaces', 'Version', 'DataSpaceMap', 'EncryptionInfo', 'EncryptedPackage']);
const HTML =
  '<html><head><meta charset="utf-8"></head><body><table><tr><td>Naam</td><td>Coach</td></tr></table></body></html>';

describe('named file kinds (docs/design.md#9-reliability-and-privacy)', () => {
  test('the directory of a compound file is read by its chain', () => {
    expect(oleEntryNames(ENCRYPTED)).toEqual([
      'Root Entry',
      '\u0006DataSpaces',
      'Version',
      'DataSpaceMap',
      'EncryptionInfo',
      'EncryptedPackage',
    ]);
  });

  test.each([
    [
      'oud.xlsx',
      XLS,
      'is een oud Excel-bestand (.xls, Excel 97–2003), geen .xlsx. Open het in Excel of LibreOffice en sla het op als .xlsx (of als "CSV UTF-8").',
    ],
    [
      'oud.xls',
      XLS,
      'is een oud Excel-bestand (.xls, Excel 97–2003), geen .xlsx. Open het in Excel of LibreOffice en sla het op als .xlsx (of als "CSV UTF-8").',
    ],
    [
      'slot.xlsx',
      ENCRYPTED,
      'is met een wachtwoord beveiligd (versleuteld) en kan niet worden gelezen. Open het in Excel, haal het wachtwoord eraf (Bestand > Info > Werkmap beveiligen) en sla het op als .xlsx.',
    ],
    [
      'pagina.xlsx',
      Buffer.from(HTML),
      'is een webpagina (HTML), geen spreadsheet, al heeft het die extensie. Open het in Excel of LibreOffice en sla het op als .xlsx (of als "CSV UTF-8").',
    ],
    [
      'pagina.xls',
      Buffer.from(HTML),
      'is een webpagina (HTML), geen spreadsheet, al heeft het die extensie. Open het in Excel of LibreOffice en sla het op als .xlsx (of als "CSV UTF-8").',
    ],
    [
      'tekst.xlsx',
      Buffer.from('Naam;Coach\nAnna;2\n'),
      'is een tekstbestand (zoals CSV), geen .xlsx-werkmap. Geef het de extensie .csv, of open het in Excel of LibreOffice en sla het op als .xlsx.',
    ],
    [
      'ruis.xlsx',
      Buffer.from([0x00, 0x01, 0x02, 0x03, ...Array.from({ length: 60 }, (_, i) => (i * 37) % 256)]),
      'is geen spreadsheet en geen tekst: Teamscan leest .xlsx-werkmappen en CSV-tekst. Is dit het goede bestand? Sla de matrix op als .xlsx of als "CSV UTF-8".',
    ],
  ])('%s: says what it is and what to do, in Dutch only', async (name, bytes, expected) => {
    const result = await runCli(['analyze', file(name, bytes)]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`${name}: ${expected}\n`);
  });

  test('in English only with --lang en', async () => {
    const result = await runCli(['--lang', 'en', 'analyze', file('slot-en.xlsx', ENCRYPTED)]);
    expect(result.stderr).toBe(
      'slot-en.xlsx: is protected with a password (encrypted) and cannot be read. Open it in Excel, remove the password (File > Info > Protect Workbook) and save it as .xlsx.\n',
    );
    const html = await runCli(['--lang', 'en', 'analyze', file('page-en.xlsx', HTML)]);
    expect(html.stderr).toBe(
      'page-en.xlsx: is a web page (HTML), not a spreadsheet, despite its extension. Open it in Excel or LibreOffice and save it as .xlsx (or as "CSV UTF-8").\n',
    );
  });

  test('an .xlsx saved with .csv is named, not read as garbage', async () => {
    const path = join(work, 'werkmap.csv');
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Teammatrix').addRows([
      ['Naam', 'Coach'],
      ['Anna', 2],
    ]);
    await workbook.xlsx.writeFile(path);
    const result = await runCli(['analyze', path]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'werkmap.csv: is een .xlsx-werkmap (zip), geen tekstbestand. Geef het de extensie .xlsx, of sla het op als "CSV UTF-8".\n',
    );
  });

  test('a truncated zip says so wholly in Dutch (no "no zip directory")', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Teammatrix').addRows([
      ['Naam', 'Coach'],
      ['Anna', 2],
    ]);
    const archive = Buffer.from(await workbook.xlsx.writeBuffer());
    const result = await runCli(['analyze', file('afgebroken.xlsx', archive.subarray(0, archive.length - 10))]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('afgebroken.xlsx: geen leesbaar .xlsx-bestand (geen zip-inhoudsopgave)\n');
  });
});
