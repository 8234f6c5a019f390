// The `teamscan` program: its commands, usage errors in the reader's language, and one place mapping failures
// to exit codes. `makeProgram` builds it for a run (in-process in tests); `runProgram` runs it and returns the code.

import { Command, Option } from 'commander';
import { type Language, languageFromLocale } from '../shared/i18n/language';
import { analyzeProgramCommand } from './commands/analyze';
import { collectProgramCommand } from './commands/collect';
import { compareProgramCommand } from './commands/compare';
import { profileProgramCommand } from './commands/profile';
import { reportProgramCommand } from './commands/report';
import { selfscanProgramCommand } from './commands/selfscan';
import { workbookProgramCommand } from './commands/workbook';
import { exitCodeOf } from './exit-code';
import { localizeHelp } from './help';
import { terminalSafe } from './output/terminal';
import { HELP_TEXTS, USAGE_ERRORS_NL } from './texts';

export interface ProgramOptions {
  /** The arguments after the command name, as typed (used to word a usage error in the asked language). */
  readonly args: readonly string[];
  /** Standard output and error; the process's by default, a buffer in tests. */
  readonly writeOut?: (text: string) => void;
  readonly writeErr?: (text: string) => void;
  /** The environment (TEAMSCAN_LANG); the process's by default. */
  readonly env?: NodeJS.ProcessEnv;
}

/**
 * The language asked for in the raw arguments: help and usage errors are written before (or instead of) a
 * successful parse, so they cannot wait for commander's reading of --lang.
 */
function askedLanguage(options: ProgramOptions): Language {
  const { args } = options;
  const at = args.indexOf('--lang');
  const asked = at >= 0 ? args[at + 1] : args.find((arg) => arg.startsWith('--lang='))?.slice('--lang='.length);
  return languageFromLocale(asked ?? (options.env ?? process.env).TEAMSCAN_LANG ?? 'nl');
}

/** A usage error in the language asked for; commander writes them in English. */
function usageError(text: string, lang: Language): string {
  if (lang !== 'nl') return text;
  return USAGE_ERRORS_NL.reduce((translated, [pattern, dutch]) => translated.replace(pattern, dutch), text);
}

/** Standard error with control characters escaped: messages quote names, cells and arguments (docs/design.md#9-reliability-and-privacy). */
function standardError(options: ProgramOptions): (text: string) => void {
  return terminalSafe(options.writeErr ?? ((text: string) => process.stderr.write(text)));
}

/** The program for one run: usage errors throw (exitOverride) instead of ending the process. */
export function makeProgram(options: ProgramOptions): Command {
  const writeOut = options.writeOut ?? ((text: string) => process.stdout.write(text));
  const writeErr = standardError(options);
  const lang = askedLanguage(options);
  const help = HELP_TEXTS[lang];
  // Without --lang the output follows TEAMSCAN_LANG (then Dutch), as help and usage errors already do.
  const envLanguage = languageFromLocale((options.env ?? process.env).TEAMSCAN_LANG || 'nl');
  const program = new Command('teamscan')
    .description(help.program)
    .addOption(new Option('--lang <taal>', help.lang).choices(['nl', 'en']).default(envLanguage))
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({ writeOut, writeErr, outputError: (text, write) => write(usageError(text, lang)) });
  localizeHelp(program, lang);
  const commands = [
    profileProgramCommand(help),
    analyzeProgramCommand(help),
    workbookProgramCommand(help),
    compareProgramCommand(help),
    reportProgramCommand(help),
    selfscanProgramCommand(help, lang),
    collectProgramCommand(help, lang),
  ];
  // addCommand does not copy the program's settings (output, exitOverride, help after error) by itself.
  for (const command of commands) program.addCommand(command.copyInheritedSettings(program));
  return program;
}

/**
 * Runs the program on `args` (without node and the script) and returns the exit code. This is the one place a
 * failure becomes an exit code: 0, 2 for bad input or usage (with a message), 1 for a defect (with its stack).
 */
export async function runProgram(options: ProgramOptions): Promise<number> {
  const program = makeProgram(options);
  let active: Command | undefined;
  program.hook('preAction', (_program, actionCommand) => {
    active = actionCommand;
  });
  try {
    await program.parseAsync([...options.args], { from: 'user' });
    return 0;
  } catch (error) {
    return exitCodeOf(error, active, standardError(options));
  }
}
