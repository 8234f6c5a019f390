// Checks an output path before a command does its work: never an input of the same command, an existing file
// only with --overwrite, a read-only file never (docs/design.md#9-reliability-and-privacy "Outputs").

import { constants as fsConstants, type Stats } from 'node:fs';
import { access, lstat, realpath, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { outputExists, outputIsInput, outputReadOnly } from './refusals';

export interface OutputTarget {
  /** The path of --out as given. */
  readonly path: string;
  /** Every file the command reads (undefined options are skipped; a profile id that is no file too). */
  readonly inputs: readonly (string | undefined)[];
  readonly overwrite?: boolean;
}

async function statOrUndefined(path: string, follow: boolean): Promise<Stats | undefined> {
  try {
    return follow ? await stat(path) : await lstat(path);
  } catch {
    return undefined;
  }
}

/** The path with its folder's links resolved (the file itself need not exist), or undefined. */
async function resolvedPath(path: string): Promise<string | undefined> {
  try {
    return await realpath(path);
  } catch {
    try {
      return join(await realpath(dirname(resolve(path))), basename(path));
    } catch {
      return undefined;
    }
  }
}

/** The input the output would replace: the same inode (hard and symbolic links), or the same resolved path. */
async function sameAsInput(path: string, inputs: readonly string[]): Promise<string | undefined> {
  const target = await statOrUndefined(path, true);
  const targetPath = await resolvedPath(path);
  for (const input of inputs) {
    if (resolve(input) === resolve(path)) return input;
    const source = await statOrUndefined(input, true);
    if (target && source && target.dev === source.dev && target.ino === source.ino) return input;
    if (source && targetPath !== undefined && targetPath === (await resolvedPath(input))) return input;
  }
  return undefined;
}

/** Whether nobody may write the file: no write bit at all (root may write anyway), or no access for us. */
async function readOnly(path: string, stats: Stats): Promise<boolean> {
  if ((stats.mode & 0o222) === 0) return true;
  try {
    await access(path, fsConstants.W_OK);
    return false;
  } catch {
    return true;
  }
}

/**
 * Refuses an output path that names an input, an existing file without `overwrite`, or a read-only file; a
 * folder is left to the write (which names it as a folder). Run before the work, so nothing is done in vain; the
 * write itself refuses an existing file again, atomically.
 */
export async function checkOutputTarget(target: OutputTarget): Promise<void> {
  const inputs = target.inputs.filter((input): input is string => typeof input === 'string' && input !== '');
  const input = await sameAsInput(target.path, inputs);
  if (input !== undefined) throw outputIsInput(target.path, input);
  const existing = await statOrUndefined(target.path, false);
  if (!existing) return;
  // A symlink is replaced itself, never written through; a dangling one has no file to protect.
  const followed = await statOrUndefined(target.path, true);
  if (followed?.isDirectory()) {
    throw Object.assign(new Error(`EISDIR: ${target.path}`), { code: 'EISDIR', path: target.path });
  }
  if (!target.overwrite) throw outputExists(target.path);
  if (followed && (await readOnly(target.path, followed))) throw outputReadOnly(target.path);
}
