// Writes a file in one go: to a temporary file beside it, then renamed, so a failure never leaves half a file.

import { rename, rm, writeFile } from 'node:fs/promises';

/**
 * Writes `data` to `path` only when all of it is written: an existing file stays as it was on any failure, and
 * the temporary file ("FILE.PID.tmp") is removed (e.g. when `path` names a folder and the rename fails).
 */
export async function writeFileWhole(path: string, data: string | Uint8Array): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    await writeFile(temporary, data);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
