// Rewrites an .xlsx archive with some parts replaced: the other parts are copied still compressed (a stored one
// deflated), the new ones deflated (ZIP application note, APPNOTE.TXT §4.3: local headers, then the central directory).

import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';
import yauzl, { type Entry } from 'yauzl';

interface Part {
  readonly name: Buffer;
  readonly method: number;
  readonly crc: number;
  readonly data: Buffer;
  readonly size: number;
  readonly time: number;
  readonly date: number;
}

/**
 * Level 4 of zlib's 1–9: a large workbook's parts (tens of MB of XML) deflate about three times as fast as at the
 * default 6, to a file a fifth larger (docs/design.md#10-performance-targets: ≤ 5 MB at 2,000 people).
 */
const deflate = (data: Buffer) => deflateRawSync(data, { level: 4 });

/** The archive's parts in order, each still compressed as it is stored. */
function storedParts(archive: Buffer): Promise<Part[]> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(archive, { lazyEntries: true }, (error, zip) => {
      if (error) return reject(error);
      const parts: Part[] = [];
      zip.on('error', reject);
      zip.on('end', () => resolve(parts));
      zip.on('entry', (entry: Entry) => {
        const raw = entry.compressionMethod !== 0;
        zip.openReadStream(entry, raw ? { decompress: false } : {}, (streamError, stream) => {
          if (streamError) return reject(streamError);
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('error', reject);
          stream.on('end', () => {
            parts.push({
              name: Buffer.from(entry.fileName, 'utf8'),
              method: entry.compressionMethod,
              crc: entry.crc32,
              data: Buffer.concat(chunks),
              size: entry.uncompressedSize,
              time: entry.lastModFileTime,
              date: entry.lastModFileDate,
            });
            zip.readEntry();
          });
        });
      });
      zip.readEntry();
    });
  });
}

/** The archive with the named parts' contents replaced (a function of the old text), as one buffer. */
export async function rewriteParts(
  archive: Buffer,
  replace: ReadonlyMap<string, (old: string) => string | Buffer>,
): Promise<Buffer> {
  const parts = (await storedParts(archive)).map((part): Part => {
    const change = replace.get(part.name.toString('utf8'));
    if (!change) return part.method === 0 ? { ...part, method: 8, data: deflate(part.data) } : part;
    const old = part.method === 0 ? part.data : inflateRawSync(part.data);
    const changed = change(old.toString('utf8'));
    const text = typeof changed === 'string' ? Buffer.from(changed, 'utf8') : changed;
    return { ...part, method: 8, crc: crc32(text), data: deflate(text), size: text.length };
  });
  const out: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(part.method, 8);
    local.writeUInt16LE(part.time, 10);
    local.writeUInt16LE(part.date, 12);
    local.writeUInt32LE(part.crc >>> 0, 14);
    local.writeUInt32LE(part.data.length, 18);
    local.writeUInt32LE(part.size, 22);
    local.writeUInt16LE(part.name.length, 26);
    local.writeUInt16LE(0, 28);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(0x0800, 8);
    entry.writeUInt16LE(part.method, 10);
    entry.writeUInt16LE(part.time, 12);
    entry.writeUInt16LE(part.date, 14);
    entry.writeUInt32LE(part.crc >>> 0, 16);
    entry.writeUInt32LE(part.data.length, 20);
    entry.writeUInt32LE(part.size, 24);
    entry.writeUInt16LE(part.name.length, 28);
    entry.writeUInt32LE(offset, 42);
    central.push(entry, part.name);
    out.push(local, part.name, part.data);
    offset += local.length + part.name.length + part.data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...out, directory, end]);
}
