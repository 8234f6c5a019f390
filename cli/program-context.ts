// What every command's action needs from the program: the reader's language and where its output goes.

import type { Command } from 'commander';
import { type Language, languageFromLocale } from '../shared/i18n/language';

/** The language of the output: --lang (default nl), as the program parsed it. */
export function languageOf(command: Command): Language {
  const lang = command.optsWithGlobals().lang as string | undefined;
  return languageFromLocale(lang ?? process.env.TEAMSCAN_LANG ?? 'nl');
}

/** Writes a command's answer to the program's standard output (captured in tests), ending with a newline. */
export function print(command: Command, text: string): void {
  const write = command.configureOutput().writeOut ?? ((line: string) => process.stdout.write(line));
  write(`${text}\n`);
}

/** The option that names a norms table, shared by `analyze` and `report`. */
export const NORMS_OPTION = [
  '--normen <bestand>',
  'normentabel (.csv/.xlsx: Gebied, Drempel, Doel) per gebied',
] as const;

/** The --profiel option's help, shared by every command that reads a matrix. */
export const PROFILE_HELP =
  'profiel: npuls, han, versnellingsplan, kennisnet, of een .csv/.xlsx met een eigen profieltabel';
