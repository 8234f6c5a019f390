// Maps a command's failure to its exit code and message: bad input exits 2 with a message, anything else 1.

import { type Command, CommanderError } from 'commander';
import { KeyedError } from '../shared/i18n/keyed-error';
import type { Language } from '../shared/i18n/language';
import { FileError } from './file-error';
import { describeFileSystemFailure, isFileSystemFailure, type PathSource, sourceOf } from './file-system-error';
import { InputError } from './input-error';
import { languageOf } from './program-context';
import { OUTPUT_TOO_LARGE } from './read/read-texts';

/** Exit code for bad input: a bad cell, an unknown profile or option, an unreadable file. */
export const EXIT_BAD_INPUT = 2;
/** Exit code for a failure Teamscan did not foresee (a defect): the stack is shown. */
export const EXIT_FAILURE = 1;

/** The options that name a file; only --out is written. */
const PATH_OPTIONS = new Set(['profiel', 'namen', 'from', 'out', 'normen', 'sinds']);

/** Every path the command was given: its file arguments (no option name) and its path options. */
function pathSources(command: Command): PathSource[] {
  const sources: PathSource[] = [];
  for (const [name, value] of Object.entries(command.opts())) {
    if (typeof value === 'string' && PATH_OPTIONS.has(name)) {
      sources.push({ option: `--${name}`, path: value, writes: name === 'out' });
    }
  }
  for (const arg of command.args) sources.push({ option: '', path: arg, writes: false });
  return sources;
}

/** The message in the reader's language, for errors that carry both (the .xlsx reader's refusals). */
function localizedMessage(error: Error, lang: Language): string {
  const localized = (error as { localized?: (lang: Language) => string }).localized;
  return typeof localized === 'function' ? localized.call(error, lang) : error.message;
}

/** The message for a failure the user can fix, or undefined for one they cannot (a defect). */
function inputMessage(error: unknown, command: Command | undefined): string | undefined {
  const lang = command ? languageOf(command) : 'nl';
  // Every refusal named by key: the core's, a report's (the privacy rule), any with a table of its own.
  if (error instanceof KeyedError) return error.localized(lang);
  // A string over the engine's limit (huge names in a report): said, never a stack trace (docs/design.md#9-reliability-and-privacy).
  if (error instanceof RangeError && /invalid string length/i.test(error.message)) return OUTPUT_TOO_LARGE[lang];
  if (error instanceof FileError || error instanceof InputError) return localizedMessage(error, lang);
  if (!isFileSystemFailure(error)) return undefined;
  const source = command ? sourceOf(error, pathSources(command)) : undefined;
  return source || error.path ? describeFileSystemFailure(error, source, lang) : undefined;
}

/**
 * The exit code of a failed run, writing what the user needs to stderr. `command` is the command whose action
 * failed (undefined when parsing failed). Commander has already written its own usage errors and help.
 */
export function exitCodeOf(error: unknown, command: Command | undefined, writeErr: (text: string) => void): number {
  if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : EXIT_BAD_INPUT;
  const message = inputMessage(error, command);
  if (message !== undefined) {
    writeErr(`${message}\n`);
    return EXIT_BAD_INPUT;
  }
  writeErr(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  return EXIT_FAILURE;
}
