// Writes a file in one go: to a private temporary file beside it, then moved into place, so a failure never
// leaves half a file and an existing file is replaced only when asked (docs/design.md#9-reliability-and-privacy "Outputs").

import { randomBytes } from 'node:crypto';
import { link, lstat, open, rename, rm, unlink } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { outputExists } from './output/refusals';
import { forgetTemporary, trackTemporary } from './output/temporary-cleanup';

export interface WriteOptions {
  /** Replace an existing file at the path (`--overwrite`); without it an existing file is never touched. */
  readonly overwrite?: boolean;
}

/** Hard links are not on every file system (FAT, some network shares): then the place is checked, then renamed. */
const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV', 'EMLINK']);

/**
 * The temporary file's name: hidden, unguessable (96 random bits) and ending in ".tmp", so it can never be an
 * output (.xlsx, .html) or an input (.csv, .xlsx, .txt) of a later run, even when a kill -9 leaves it behind.
 */
export function temporaryPathFor(path: string): string {
  return join(dirname(resolve(path)), `.teamscan-${randomBytes(12).toString('hex')}.tmp`);
}

/** Moves the finished temporary file to `path`; without `overwrite` an existing `path` is refused atomically. */
async function place(temporary: string, path: string, overwrite: boolean): Promise<void> {
  if (overwrite) {
    await rename(temporary, path);
    return;
  }
  try {
    // link() fails with EEXIST on anything at `path` (a file, a folder, a symlink): no check-then-write race.
    await link(temporary, path);
    await unlink(temporary);
    return;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    if (code === 'EEXIST') throw outputExists(path);
    if (!NO_HARD_LINKS.has(code)) throw error;
  }
  const existing = await lstat(path).catch(() => undefined);
  if (existing) throw outputExists(path);
  await rename(temporary, path);
}

/** A failure on the temporary file is reported on the path the user gave (its name is nothing to them). */
function onPath(error: unknown, temporary: string, path: string): unknown {
  const failure = error as NodeJS.ErrnoException | null;
  if (failure && typeof failure === 'object' && failure.path === temporary) failure.path = path;
  return error;
}

/**
 * Writes `data` to `path` only when all of it is written. The temporary file is created exclusively (`wx`: a
 * planted symlink is never followed), mode 0600, in the target's folder, and removed on every exit the process
 * sees: a failure, SIGINT, SIGTERM, SIGHUP. An existing file stays as it was on any failure.
 */
export async function writeFileWhole(path: string, data: string | Uint8Array, options: WriteOptions = {}) {
  const temporary = temporaryPathFor(path);
  trackTemporary(temporary);
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(temporary, 'wx', 0o600);
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await place(temporary, path, options.overwrite ?? false);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await rm(temporary, { force: true });
    throw onPath(error, temporary, path);
  } finally {
    forgetTemporary(temporary);
  }
}

/** The file name a temporary file of ours has, for tests and for looking for leftovers. */
export const TEMPORARY_NAME = /^\.teamscan-[0-9a-f]{24}\.tmp$/;
