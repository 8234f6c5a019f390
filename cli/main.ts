// Entry of the `teamscan` command: parses arguments, runs a command, maps failures to exit codes.

import { Command, CommanderError, Option } from 'commander';
import { type Language, languageFromLocale } from '../shared/i18n/language';
import { TeamscanError } from '../shared/i18n/message';
import { analyzeCommand } from './commands/analyze';
import { profileCommand } from './commands/profile';
import { workbookCommand } from './commands/workbook';
import { FileError } from './file-error';
import { describeFileSystemFailure, isFileSystemFailure, type PathSource, sourceOf } from './file-system-error';
import { InputError } from './read-table';
import { USAGE_ERRORS_NL } from './texts';

/** Exit code for bad input: a bad cell, an unknown profile or option, an unreadable file. */
const EXIT_BAD_INPUT = 2;

function languageOf(command: Command): Language {
  const lang = command.optsWithGlobals().lang as string | undefined;
  return languageFromLocale(lang ?? process.env.TEAMSCAN_LANG ?? 'nl');
}

/** The options that name a file; only --out is written. */
const PATH_OPTIONS = new Set(['profiel', 'namen', 'from', 'out']);

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

/** A usage error in the language asked for: --lang is read from the raw arguments, as parsing failed. */
function usageError(text: string): string {
  const args = process.argv.slice(2);
  const at = args.indexOf('--lang');
  const asked = at >= 0 ? args[at + 1] : args.find((arg) => arg.startsWith('--lang='))?.slice('--lang='.length);
  if (languageFromLocale(asked ?? process.env.TEAMSCAN_LANG ?? 'nl') !== 'nl') return text;
  return USAGE_ERRORS_NL.reduce((translated, [pattern, dutch]) => translated.replace(pattern, dutch), text);
}

function report(error: unknown, command: Command): never {
  const lang = languageOf(command);
  if (error instanceof TeamscanError) {
    process.stderr.write(`${error.localized(lang)}\n`);
    process.exit(EXIT_BAD_INPUT);
  }
  if (error instanceof FileError || error instanceof InputError) {
    process.stderr.write(`${localizedMessage(error, lang)}\n`);
    process.exit(EXIT_BAD_INPUT);
  }
  const source = isFileSystemFailure(error) ? sourceOf(error, pathSources(command)) : undefined;
  if (isFileSystemFailure(error) && (source || error.path)) {
    process.stderr.write(`${describeFileSystemFailure(error, source, lang)}\n`);
    process.exit(EXIT_BAD_INPUT);
  }
  throw error;
}

const program = new Command('teamscan')
  .description('Teamscan: competentieprofiel, teamdekking en hiaten voor docentondersteuning')
  .addOption(new Option('--lang <taal>', 'taal van de uitvoer').choices(['nl', 'en']).default('nl'))
  .showHelpAfterError()
  // Usage errors (an unknown option, a missing argument) throw instead of exiting 1: they exit 2 below.
  .exitOverride()
  .configureOutput({ outputError: (text, write) => write(usageError(text)) });

program
  .command('profile')
  .description('toon een ingebouwd profiel (npuls, han, versnellingsplan, kennisnet)')
  .argument('<id>', 'profiel-id')
  .option('--json', 'als JSON')
  .action((id: string, options: { json?: boolean }, command: Command) => {
    try {
      process.stdout.write(`${profileCommand(id, { ...options, lang: languageOf(command) })}\n`);
    } catch (error) {
      report(error, command);
    }
  });

program
  .command('analyze')
  .description('dekking en hiaten van een teammatrix in .csv of .xlsx; meerdere bestanden geven ook een totaal')
  .argument('<bestand...>', '.csv- of .xlsx-bestanden')
  .option('--sheet <naam>', 'werkblad in een .xlsx (standaard Teammatrix, anders het eerste)')
  .option('--drempel <niveau>', 'niveau dat telt als dekking (0-4)', '2')
  .option('--doel <aantal>', 'aantal personen per netwerkgebied', '2')
  .option(
    '--profiel <id>',
    'profiel: npuls, han, versnellingsplan, kennisnet, of een .csv/.xlsx met een eigen profieltabel',
    'npuls',
  )
  .option('--json', 'als JSON')
  .action(async (files: string[], options: Record<string, string | boolean>, command: Command) => {
    try {
      process.stdout.write(`${await analyzeCommand(files, { ...options, lang: languageOf(command) })}\n`);
    } catch (error) {
      report(error, command);
    }
  });

program
  .command('workbook')
  .description('schrijf een kant-en-klare .xlsx-werkmap met gewone formules (werkt zonder add-in)')
  .option(
    '--profiel <id>',
    'profiel: npuls, han, versnellingsplan, kennisnet, of een .csv/.xlsx met een eigen profieltabel',
    'npuls',
  )
  .option('--detail <detail>', 'gebieden, kva of competenties', 'gebieden')
  .option('--namen <bestand>', 'namen, één per regel (.txt) of in de eerste kolom (.csv, .xlsx)')
  .option('--from <bestand>', 'vul de matrix vooraf uit een bestaande .csv of .xlsx')
  .option('--out <bestand>', 'de te schrijven .xlsx')
  .option('--drempel <niveau>', 'niveau dat telt als dekking (0-4)', '2')
  .option('--doel <aantal>', 'aantal personen per netwerkgebied', '2')
  .action(async (options: Record<string, string>, command: Command) => {
    try {
      process.stdout.write(`${await workbookCommand({ ...options, lang: languageOf(command) })}\n`);
    } catch (error) {
      report(error, command);
    }
  });

program.parseAsync(process.argv).catch((error: unknown) => {
  // Commander has already written its message (and the help) to stderr.
  if (error instanceof CommanderError) process.exit(error.exitCode === 0 ? 0 : EXIT_BAD_INPUT);
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
