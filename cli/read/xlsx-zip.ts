// Opens an .xlsx archive with yauzl and unpacks single parts, refusing zip bombs before unpacking.

import yauzl, { type Entry, type ZipFile } from 'yauzl';
import {
  archiveTooLarge,
  damagedArchive,
  NOT_XLSX_REASONS,
  notAnXlsx,
  understatedPart,
  XlsxReadError,
} from './xlsx-texts';

/**
 * The most an archive may unpack to, all parts together. A 2,000 × 127 team matrix (docs/design.md#10-performance-targets, the largest we
 * design for) unpacks to about 10 MB; 200 MB leaves twenty times that room while a bomb (a 1 MB file that
 * unpacks to gigabytes) is refused before it can take a laptop's memory.
 */
export const UNPACKED_LIMIT = 200 * 1024 * 1024;

const STORED = 0;
const DEFLATED = 8;
/** The smallest zip archive is its end of central directory record (APPNOTE 4.3.16). */
const END_RECORD_SIZE = 22;

export interface XlsxArchive {
  readonly file: string;
  /** The names of the parts, as the central directory lists them. */
  readonly names: readonly string[];
  /** A part as text, or undefined when the archive has no such part. */
  text(name: string): Promise<string | undefined>;
}

/** yauzl's own message when a file has no zip directory at all (as opposed to a damaged one). */
const NO_DIRECTORY = /^end of central directory record signature not found/i;
/** yauzl refuses strongly encrypted parts while it reads the directory. */
const STRONG_ENCRYPTION = /^strong encryption/;
/** yauzl's message when a part inflates beyond its stated size (`validateEntrySizes`, on by default). */
const TOO_MANY_BYTES = /^too many bytes in the stream/;

function openZip(file: string, data: Buffer): Promise<ZipFile> {
  return new Promise((resolve, reject) => {
    // decodeStrings false: names are read as UTF-8 (what spreadsheet programs write) without yauzl's
    // path checks, which are for extracting to disk; autoClose false: parts are opened after the directory.
    yauzl.fromBuffer(data, { lazyEntries: true, autoClose: false, decodeStrings: false }, (error, zipFile) => {
      if (error)
        reject(NO_DIRECTORY.test(error.message) ? notAnXlsx(file, NOT_XLSX_REASONS.noDirectory) : damagedArchive(file));
      else resolve(zipFile);
    });
  });
}

/** The central directory, read without unpacking anything. */
function readDirectory(file: string, zipFile: ZipFile): Promise<Entry[]> {
  return new Promise((resolve, reject) => {
    const entries: Entry[] = [];
    zipFile.on('entry', (entry: Entry) => {
      entries.push(entry);
      zipFile.readEntry();
    });
    zipFile.once('end', () => resolve(entries));
    zipFile.once('error', (error: Error) =>
      reject(
        STRONG_ENCRYPTION.test(error.message) ? notAnXlsx(file, NOT_XLSX_REASONS.encrypted) : damagedArchive(file),
      ),
    );
    zipFile.readEntry();
  });
}

function unpack(file: string, zipFile: ZipFile, entry: Entry, name: string): Promise<Buffer> {
  if (entry.isEncrypted()) return Promise.reject(notAnXlsx(file, NOT_XLSX_REASONS.encrypted));
  if (entry.compressionMethod !== STORED && entry.compressionMethod !== DEFLATED) {
    return Promise.reject(notAnXlsx(file, NOT_XLSX_REASONS.compression(entry.compressionMethod)));
  }
  return new Promise((resolve, reject) => {
    zipFile.openReadStream(entry, (error, stream) => {
      if (error) return reject(damagedArchive(file));
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.once('end', () => resolve(Buffer.concat(chunks)));
      stream.once('error', (failure: Error) => {
        // The declared size was checked against the limit; a part that inflates beyond it lies and is stopped there.
        stream.destroy();
        reject(TOO_MANY_BYTES.test(failure.message) ? understatedPart(file, name) : damagedArchive(file));
      });
    });
  });
}

/**
 * Opens an archive; refuses it when its parts together declare more than `limit` bytes. Each part is unpacked
 * only when asked for, and never beyond the size it declares.
 */
export async function openXlsxArchive(file: string, data: Buffer, limit = UNPACKED_LIMIT): Promise<XlsxArchive> {
  if (data.length < END_RECORD_SIZE) throw notAnXlsx(file, NOT_XLSX_REASONS.tooShort);
  const zipFile = await openZip(file, data);
  const entries = await readDirectory(file, zipFile);
  let declared = 0;
  for (const entry of entries) declared += entry.uncompressedSize;
  if (declared > limit) throw archiveTooLarge(file, limit);
  const byName = new Map<string, Entry>();
  const names = entries.map((entry) => entry.fileNameRaw.toString('utf8'));
  entries.forEach((entry, i) => {
    const name = names[i]!;
    byName.set(name, entry);
    if (!byName.has(name.toLowerCase())) byName.set(name.toLowerCase(), entry);
  });
  return {
    file,
    names,
    async text(name) {
      const entry = byName.get(name) ?? byName.get(name.toLowerCase());
      if (!entry) return undefined;
      try {
        return (await unpack(file, zipFile, entry, entry.fileNameRaw.toString('utf8'))).toString('utf8');
      } catch (error) {
        if (error instanceof XlsxReadError) throw error;
        throw damagedArchive(file);
      }
    },
  };
}
