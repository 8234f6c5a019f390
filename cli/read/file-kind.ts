// Tells by its first bytes what a file given as a table is: a zip (.xlsx), an OLE file (.xls or an encrypted
// workbook), HTML, text or something else, so that a wrong kind is named instead of read as garbage.

import type { FileKind } from './read-texts';

/** The compound file signature (MS-CFB 2.2): .xls (BIFF8) and password-protected OOXML workbooks. */
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** A local file header or an empty archive's end record (APPNOTE 4.3.7, 4.3.16). */
const ZIP_SIGNATURES = [
  [0x50, 0x4b, 0x03, 0x04],
  [0x50, 0x4b, 0x05, 0x06],
];
const HTML_START = /^\s*<(!doctype\s+html|html|head|body|table|meta|title|!--)/i;
/** How much of the start decides between text and binary. */
const SNIFF_BYTES = 8192;
const END_OF_CHAIN = 0xfffffffe;

const startsWith = (bytes: Uint8Array, signature: readonly number[]) => signature.every((byte, i) => bytes[i] === byte);

/**
 * The names of an OLE file's directory entries (MS-CFB 2.6): the directory chain is followed through the FAT
 * sectors the header lists (the first 109, enough for any workbook Teamscan reads), at most a few hundred entries.
 */
export function oleEntryNames(bytes: Buffer): string[] {
  if (bytes.length < 512) return [];
  const sectorSize = 1 << bytes.readUInt16LE(0x1e);
  if (sectorSize !== 512 && sectorSize !== 4096) return [];
  const perSector = sectorSize / 4;
  const fatSectors: number[] = [];
  for (let i = 0; i < 109; i++) fatSectors.push(bytes.readUInt32LE(0x4c + i * 4));
  const next = (sector: number): number => {
    const fat = fatSectors[Math.floor(sector / perSector)];
    const at = fat === undefined ? -1 : (fat + 1) * sectorSize + (sector % perSector) * 4;
    return at >= 0 && at + 4 <= bytes.length ? bytes.readUInt32LE(at) : END_OF_CHAIN;
  };
  const names: string[] = [];
  let sector = bytes.readUInt32LE(0x30);
  for (let hops = 0; sector < 0xfffffffa && hops < 64; hops++, sector = next(sector)) {
    const start = (sector + 1) * sectorSize;
    if (start + sectorSize > bytes.length) break;
    for (let entry = start; entry < start + sectorSize; entry += 128) {
      const length = bytes.readUInt16LE(entry + 0x40);
      if (length >= 2 && length <= 64) names.push(bytes.toString('utf16le', entry, entry + length - 2));
    }
  }
  return names;
}

function oleKind(bytes: Buffer): FileKind {
  const names = oleEntryNames(bytes);
  if (names.includes('EncryptedPackage')) return 'encrypted';
  if (names.some((name) => name === 'Workbook' || name === 'Book')) return 'xls';
  // An OLE file whose directory could not be followed: by its streams' names anywhere in it.
  if (bytes.includes(Buffer.from('EncryptedPackage', 'utf16le'))) return 'encrypted';
  if (bytes.includes(Buffer.from('Workbook', 'utf16le'))) return 'xls';
  return 'binary';
}

/** Text has no NUL byte (UTF-16 and UTF-32 are told by their BOM before this is asked). */
function looksLikeText(start: Uint8Array): boolean {
  if (start[0] === 0xff && start[1] === 0xfe) return true;
  if (start[0] === 0xfe && start[1] === 0xff) return true;
  if (start[0] === 0 && start[1] === 0 && start[2] === 0xfe && start[3] === 0xff) return true;
  return !start.includes(0);
}

/** What the bytes are. HTML is told only in text that starts as HTML ("<html", "<table", a doctype). */
export function fileKind(bytes: Buffer): FileKind {
  if (ZIP_SIGNATURES.some((signature) => startsWith(bytes, signature))) return 'xlsx';
  if (startsWith(bytes, OLE_SIGNATURE)) return oleKind(bytes);
  const start = bytes.subarray(0, SNIFF_BYTES);
  if (!looksLikeText(start)) return 'binary';
  const head = start.toString('latin1').replace(/^\u00ef\u00bb\u00bf/, '');
  return HTML_START.test(head) ? 'html' : 'text';
}
