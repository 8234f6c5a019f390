// Words a file-system failure (missing folder, a folder for a file, no permission) for the user: the option,
// the path and what is wrong, in Dutch or English, instead of Node's error and stack.

import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Language } from '../shared/i18n/language';
import { FILE_SYSTEM_TEXTS } from './texts';

/** The parts of a Node file-system error this needs; fs.readFile's EISDIR carries no path. */
interface FileSystemFailure {
  readonly code: string;
  readonly path?: string;
}

/** Where a path came from: the option (or argument) that named it, and whether it is written. */
export interface PathSource {
  readonly option: string;
  readonly path: string;
  readonly writes: boolean;
}

const FILE_SYSTEM_CODES = new Set(['ENOENT', 'ENOTDIR', 'EISDIR', 'EACCES', 'EPERM', 'EROFS', 'ENOSPC', 'EMFILE']);

export function isFileSystemFailure(error: unknown): error is FileSystemFailure {
  const candidate = error as Partial<FileSystemFailure> | null | undefined;
  return (
    typeof candidate?.code === 'string' && (typeof candidate.path === 'string' || FILE_SYSTEM_CODES.has(candidate.code))
  );
}

/** What reading the path would fail with now, for an error that does not say which path failed. */
function failureAt(path: string): string | undefined {
  try {
    return statSync(path).isDirectory() ? 'EISDIR' : undefined;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code;
  }
}

/**
 * The source whose path failed: the same path, or a temporary file beside it ("team.xlsx.1234.tmp", written
 * before the final rename). Without a path in the error, the input that fails the same way when looked at.
 */
export function sourceOf(failure: FileSystemFailure, sources: readonly PathSource[]): PathSource | undefined {
  if (failure.path === undefined) {
    return sources.find((source) => !source.writes && failureAt(source.path) === failure.code);
  }
  const failed = resolve(failure.path);
  return sources.find(({ path }) => failed === resolve(path) || failed.startsWith(`${resolve(path)}.`));
}

/** The message for a failure; the option's own path is shown, not a temporary file's. */
export function describeFileSystemFailure(failure: FileSystemFailure, source: PathSource | undefined, lang: Language) {
  const t = FILE_SYSTEM_TEXTS[lang];
  const path = source?.path ?? failure.path ?? '';
  const prefix = source?.option ? `${source.option} ${path}` : path;
  const writes = source?.writes ?? false;
  const folder = dirname(resolve(path));
  switch (failure.code) {
    case 'ENOENT':
      return `${prefix}: ${existsSync(folder) ? t.notFound : t.folderMissing(folder)}`;
    case 'ENOTDIR':
      return `${prefix}: ${t.notAFolder}`;
    case 'EISDIR':
      return `${prefix}: ${t.isFolder}`;
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return `${prefix}: ${writes ? t.noWritePermission(folder) : t.noReadPermission}`;
    default:
      return `${prefix}: ${writes ? t.cannotWrite(failure.code) : t.cannotRead(failure.code)}`;
  }
}
