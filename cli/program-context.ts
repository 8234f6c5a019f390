// What every command's action needs from the program: the reader's language and where its output goes.

import type { Command } from 'commander';
import { type Language, languageFromLocale } from '../shared/i18n/language';
import { escapeControls } from './output/terminal';

/** The language of the output: --lang (default nl), as the program parsed it. */
export function languageOf(command: Command): Language {
  const lang = command.optsWithGlobals().lang as string | undefined;
  return languageFromLocale(lang ?? process.env.TEAMSCAN_LANG ?? 'nl');
}

/**
 * Writes a command's answer to the program's standard output (captured in tests), ending with a newline. Control
 * characters in a readable answer are escaped (docs/design.md#9-reliability-and-privacy); JSON (--json) escapes them itself and stays as it is.
 */
export function print(command: Command, text: string): void {
  const write = command.configureOutput().writeOut ?? ((line: string) => process.stdout.write(line));
  write(command.opts().json === true ? `${text}\n` : `${escapeControls(text, '\n\t')}\n`);
}

/** Writes a line to the program's standard error (captured in tests): a warning beside the answer. */
export function printError(command: Command, text: string): void {
  const write = command.configureOutput().writeErr ?? ((line: string) => process.stderr.write(line));
  write(`${text}\n`);
}
