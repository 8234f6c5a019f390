// Opens an .xlsx archive from its central directory and unpacks single parts, refusing zip bombs before unpacking.

import { inflateRawSync } from 'node:zlib';
import { archiveTooLarge, damagedArchive, notAnXlsx, understatedPart, XlsxReadError } from './xlsx-texts';

/**
 * The most an archive may unpack to, all parts together. A 2,000 × 127 team matrix (DESIGN §10, the largest we
 * design for) unpacks to about 10 MB; 200 MB leaves twenty times that room while a bomb (a 1 MB file that
 * unpacks to gigabytes) is refused before it can take a laptop's memory.
 */
export const UNPACKED_LIMIT = 200 * 1024 * 1024;

const END_OF_DIRECTORY = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_END = 0x06064b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const ZIP64_EXTRA = 0x0001;
const STORED = 0;
const DEFLATED = 8;
const MAX_32 = 0xffffffff;

interface Entry {
  readonly name: string;
  readonly method: number;
  readonly encrypted: boolean;
  readonly compressedSize: number;
  readonly size: number;
  readonly localHeader: number;
}

export interface XlsxArchive {
  readonly file: string;
  /** The names of the parts, as the central directory lists them. */
  readonly names: readonly string[];
  /** A part as text, or undefined when the archive has no such part. */
  text(name: string): string | undefined;
}

function findEndOfDirectory(data: Buffer): number {
  const lowest = Math.max(0, data.length - 22 - 0xffff);
  for (let at = data.length - 22; at >= lowest; at--) {
    if (data.readUInt32LE(at) === END_OF_DIRECTORY) return at;
  }
  return -1;
}

/** Sizes that do not fit 32 bits sit in the zip64 extra field, in this order, only when their field is full. */
function zip64Sizes(data: Buffer, extraStart: number, extraEnd: number, fields: number[]): number[] {
  const result = [...fields];
  for (let at = extraStart; at + 4 <= extraEnd; ) {
    const id = data.readUInt16LE(at);
    const length = data.readUInt16LE(at + 2);
    if (id === ZIP64_EXTRA) {
      let read = at + 4;
      for (let i = 0; i < result.length; i++) {
        if (result[i] !== MAX_32 || read + 8 > at + 4 + length) continue;
        result[i] = Number(data.readBigUInt64LE(read));
        read += 8;
      }
      return result;
    }
    at += 4 + length;
  }
  return result;
}

function readDirectory(file: string, data: Buffer): Entry[] {
  const end = findEndOfDirectory(data);
  if (end < 0) throw notAnXlsx(file, 'no zip directory');
  let count = data.readUInt16LE(end + 10);
  let offset = data.readUInt32LE(end + 16);
  if ((count === 0xffff || offset === MAX_32) && end >= 20 && data.readUInt32LE(end - 20) === ZIP64_LOCATOR) {
    const zip64End = Number(data.readBigUInt64LE(end - 12));
    if (zip64End + 56 > data.length || data.readUInt32LE(zip64End) !== ZIP64_END) throw damagedArchive(file);
    count = Number(data.readBigUInt64LE(zip64End + 32));
    offset = Number(data.readBigUInt64LE(zip64End + 48));
  }
  const entries: Entry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > data.length || data.readUInt32LE(at) !== DIRECTORY_ENTRY) throw damagedArchive(file);
    const nameLength = data.readUInt16LE(at + 28);
    const extraLength = data.readUInt16LE(at + 30);
    const commentLength = data.readUInt16LE(at + 32);
    const extraStart = at + 46 + nameLength;
    const [size, compressedSize, localHeader] = zip64Sizes(data, extraStart, extraStart + extraLength, [
      data.readUInt32LE(at + 24),
      data.readUInt32LE(at + 20),
      data.readUInt32LE(at + 42),
    ]);
    entries.push({
      name: data.toString('utf8', at + 46, extraStart),
      method: data.readUInt16LE(at + 10),
      encrypted: (data.readUInt16LE(at + 8) & 1) === 1,
      compressedSize: compressedSize!,
      size: size!,
      localHeader: localHeader!,
    });
    at = extraStart + extraLength + commentLength;
  }
  return entries;
}

function unpack(file: string, data: Buffer, entry: Entry): Buffer {
  const header = entry.localHeader;
  if (header + 30 > data.length || data.readUInt32LE(header) !== LOCAL_HEADER) throw damagedArchive(file);
  const start = header + 30 + data.readUInt16LE(header + 26) + data.readUInt16LE(header + 28);
  const packed = data.subarray(start, start + entry.compressedSize);
  if (packed.length !== entry.compressedSize) throw damagedArchive(file);
  if (entry.encrypted) throw notAnXlsx(file, 'encrypted');
  if (entry.method === STORED) {
    if (packed.length !== entry.size) throw damagedArchive(file);
    return packed;
  }
  if (entry.method !== DEFLATED) throw notAnXlsx(file, `compression method ${entry.method}`);
  // The declared size was checked against the limit; a part that inflates beyond it lies and is stopped there.
  let unpacked: Buffer;
  try {
    unpacked = inflateRawSync(packed, { maxOutputLength: Math.max(entry.size, 1) });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw understatedPart(file, entry.name);
    throw damagedArchive(file);
  }
  if (unpacked.length !== entry.size) throw damagedArchive(file);
  return unpacked;
}

/**
 * Opens an archive; refuses it when its parts together declare more than `limit` bytes. Each part is unpacked
 * only when asked for, and never beyond the size it declares.
 */
export function openXlsxArchive(file: string, data: Buffer, limit = UNPACKED_LIMIT): XlsxArchive {
  if (data.length < 22) throw notAnXlsx(file, 'too short for a zip archive');
  const entries = readDirectory(file, data);
  let declared = 0;
  for (const entry of entries) declared += entry.size;
  if (declared > limit) throw archiveTooLarge(file, limit);
  const byName = new Map<string, Entry>();
  for (const entry of entries) {
    byName.set(entry.name, entry);
    if (!byName.has(entry.name.toLowerCase())) byName.set(entry.name.toLowerCase(), entry);
  }
  return {
    file,
    names: entries.map((entry) => entry.name),
    text(name) {
      const entry = byName.get(name) ?? byName.get(name.toLowerCase());
      if (!entry) return undefined;
      try {
        return unpack(file, data, entry).toString('utf8');
      } catch (error) {
        if (error instanceof XlsxReadError) throw error;
        throw damagedArchive(file);
      }
    },
  };
}
