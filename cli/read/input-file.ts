// The one way the CLI reads an input file: regular files only, refused unread above a size (docs/design.md#9-reliability-and-privacy).

import { constants, type Stats } from 'node:fs';
import { access, open, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { InputError } from '../input-error';
import { notRegularFile, type SpecialKind, textFileTooLarge } from './read-texts';

/** The largest text file (CSV, names, norms) read: docs/design.md#9-reliability-and-privacy's 200 MB; a 2,000 × 127 matrix is about 2 MB. */
export const TEXT_FILE_LIMIT = 200 * 1024 * 1024;

export interface InputFileOptions {
  /** The most bytes the file may have; larger is refused before anything is read. */
  readonly limit?: number;
  /** The refusal for a file over the limit (the .xlsx reader says "unpacks to"). */
  readonly tooLarge?: (file: string, limit: number) => InputError;
}

function specialKind(info: Stats): SpecialKind {
  if (info.isFIFO()) return 'fifo';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'device';
  if (info.isSocket()) return 'socket';
  return 'other';
}

/** Node's own EISDIR, which cli/file-system-error.ts words with the option and path ("dit is een map"). */
function isDirectoryError(path: string): Error {
  return Object.assign(new Error(`EISDIR: illegal operation on a directory, read '${path}'`), {
    code: 'EISDIR',
    syscall: 'read',
    path,
  });
}

/** Refuses what is no regular file or is larger than `limit`, by what stat says. */
function check(path: string, info: Stats, limit: number, options: InputFileOptions): void {
  const file = basename(path);
  if (info.isDirectory()) throw isDirectoryError(path);
  if (!info.isFile()) throw notRegularFile(file, specialKind(info));
  if (info.size > limit) throw (options.tooLarge ?? textFileTooLarge)(file, limit);
}

/** Fails unless the path is a readable regular file: the file system's own error, or a named refusal. */
export async function checkIsFile(path: string): Promise<void> {
  check(path, await stat(path), Number.POSITIVE_INFINITY, {});
  await access(path, constants.R_OK);
}

/**
 * The bytes of a regular file. A FIFO, a device (/dev/zero), a socket or a folder is refused at once, before it
 * is opened (opening a FIFO would wait for a writer); a file over the limit is refused unread. The file is
 * opened non-blocking and checked again (it may have been swapped since), and never read beyond the limit
 * (it may grow while read). File-system failures (ENOENT, EACCES) propagate with their path.
 */
export async function readInputFile(path: string, options: InputFileOptions = {}): Promise<Buffer> {
  const limit = options.limit ?? TEXT_FILE_LIMIT;
  check(path, await stat(path), limit, options);
  const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const info = await handle.stat();
    check(path, info, limit, options);
    // One byte more than stated, to see growth; a file growing past the limit is refused like a large one.
    const buffer = Buffer.alloc(Math.min(info.size, limit) + 1);
    let filled = 0;
    while (filled < buffer.length) {
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    if (filled > limit) throw (options.tooLarge ?? textFileTooLarge)(basename(path), limit);
    return buffer.subarray(0, filled);
  } finally {
    await handle.close();
  }
}
