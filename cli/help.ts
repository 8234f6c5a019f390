// Commander's own help words (Usage, Options, default, the help option) in the reader's language.

import type { Command, Help, Option } from 'commander';
import type { Language } from '../shared/i18n/language';

interface HelpWords {
  readonly titles: Readonly<Record<string, string>>;
  /** Replacements in the usage line and the command list ("[options]" → "[opties]"). */
  readonly usage: readonly (readonly [string, string])[];
  readonly defaultValue: string;
  readonly choices: string;
  readonly helpOption: string;
  readonly helpCommand: readonly [string, string];
}

const HELP_WORDS: Record<Language, HelpWords> = {
  nl: {
    titles: { 'Usage:': 'Gebruik:', 'Options:': 'Opties:', 'Arguments:': 'Argumenten:', 'Commands:': 'Opdrachten:' },
    usage: [
      ['[options]', '[opties]'],
      ['[command]', '[opdracht]'],
    ],
    defaultValue: 'standaard',
    choices: 'keuze',
    helpOption: 'toon deze hulp',
    helpCommand: ['help [opdracht]', 'toon de hulp bij een opdracht'],
  },
  en: {
    titles: {},
    usage: [],
    defaultValue: 'default',
    choices: 'choices',
    helpOption: 'display this help',
    helpCommand: ['help [command]', 'display help for a command'],
  },
};

function replaceAll(text: string, pairs: readonly (readonly [string, string])[]): string {
  return pairs.reduce((result, [from, to]) => result.split(from).join(to), text);
}

/** An option's description with its choices and default, worded as commander does but in `lang`. */
function optionDescription(option: Option, words: HelpWords): string {
  const extra: string[] = [];
  if (option.argChoices) extra.push(`${words.choices}: ${option.argChoices.map((c) => JSON.stringify(c)).join(', ')}`);
  // Commander shows a default only for options that take a value; so does this.
  if (option.defaultValue !== undefined && (option.required || option.optional)) {
    extra.push(`${words.defaultValue}: ${option.defaultValueDescription ?? JSON.stringify(option.defaultValue)}`);
  }
  return extra.length ? `${option.description} (${extra.join(', ')})` : option.description;
}

/**
 * Sets the help's words on `program` before its commands are added (addCommand's copyInheritedSettings copies
 * the help configuration, option and command to each of them).
 */
export function localizeHelp(program: Command, lang: Language): Command {
  const words = HELP_WORDS[lang];
  const configuration: Partial<Help> = {
    styleTitle: (title: string) => words.titles[title] ?? title,
    styleUsage: (usage: string) => replaceAll(usage, words.usage),
    styleSubcommandTerm: (term: string) => replaceAll(term, words.usage),
    optionDescription: (option: Option) => optionDescription(option, words),
  };
  return program
    .configureHelp(configuration)
    .helpOption('-h, --help', words.helpOption)
    .helpCommand(...words.helpCommand);
}
