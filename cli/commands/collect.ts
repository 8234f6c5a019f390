// `teamscan collect`: takes returned self-scan workbooks back into a team matrix, compare-and-set and logged.

import { basename, extname } from 'node:path';
import { Command } from 'commander';
import type { Language } from '../../shared/i18n/language';
import { LocalizedInputError } from '../input-error';
import { checkOutputTarget } from '../output/target';
import { loadProfileOption } from '../profile-option';
import { languageOf, print } from '../program-context';
import { cellsToWrite, planCollect, type Refusal } from '../selfscan/collect-plan';
import { describePlan, planJson } from '../selfscan/collect-report';
import { SELFSCAN_HELP } from '../selfscan/help';
import { returnedPaths } from '../selfscan/returned-paths';
import { readTeamMatrix } from '../selfscan/team';
import { SELFSCAN_TEXTS } from '../selfscan/texts';
import type { HelpTexts } from '../texts';
import { WORKBOOK_CLI_TEXTS } from '../xlsx/texts';

export interface CollectOptions {
  readonly into?: string;
  readonly profiel?: string;
  readonly sheet?: string;
  readonly out?: string;
  readonly force?: boolean;
  readonly teamChanged?: boolean;
  readonly overwrite?: boolean;
  readonly json?: boolean;
  readonly lang: Language;
}

function localized(make: (lang: Language) => string): LocalizedInputError {
  return new LocalizedInputError({ nl: make('nl'), en: make('en') });
}

export async function collectCommand(inputs: readonly string[], options: CollectOptions): Promise<string> {
  const { lang } = options;
  if (!options.into) throw localized((l) => SELFSCAN_TEXTS[l].intoRequired);
  const into = options.into;
  const paths = await returnedPaths(inputs);
  if (paths.length === 0) throw localized((l) => SELFSCAN_TEXTS[l].noFiles(inputs.join(', ')));
  const notXlsx = paths.find((path) => extname(path).toLowerCase() !== '.xlsx');
  if (notXlsx) throw localized((l) => SELFSCAN_TEXTS[l].notAnXlsx(basename(notXlsx)));
  if (options.out) {
    if (extname(options.out).toLowerCase() !== '.xlsx') {
      throw localized((l) => WORKBOOK_CLI_TEXTS[l].outExtension(options.out!));
    }
    await checkOutputTarget({
      path: options.out,
      inputs: [into, options.profiel, ...paths],
      overwrite: options.overwrite,
    });
  }
  const profile = await loadProfileOption(options.profiel, lang);
  const team = await readTeamMatrix(into, profile, options.sheet, lang);
  // The .xlsx reader and writer are loaded only now, when returned workbooks are really read (docs/design.md#9-reliability-and-privacy).
  const { readReturnedFile } = await import('../selfscan/returned');
  const { droppedParts, writeCollected } = await import('../selfscan/write-team');
  const { XlsxReadError } = await import('../read/xlsx');
  const files = [];
  const unreadable: Refusal[] = [];
  for (const path of paths) {
    try {
      files.push(await readReturnedFile(path));
    } catch (error) {
      // One damaged file is refused by name; the others are still taken back.
      if (!(error instanceof XlsxReadError)) throw error;
      unreadable.push({ kind: 'unreadableFile', file: basename(path), texts: error.texts });
    }
  }
  const choices = { force: options.force ?? false, teamChanged: options.teamChanged ?? false };
  const planned = planCollect(team, files, choices);
  const plan = { ...planned, refusals: [...unreadable, ...planned.refusals] };
  const cells = cellsToWrite(plan, choices);
  const dropped = options.out ? await droppedParts(into, lang) : [];
  if (options.out) await writeCollected(team, cells, options.out, { lang, overwrite: options.overwrite ?? false });
  if (options.json)
    return JSON.stringify(planJson(plan, choices, { lang, out: options.out ?? null, dropped }), null, 2);
  return describePlan(plan, choices, { lang, out: options.out, dropped });
}

export function collectProgramCommand(_help: HelpTexts, lang: Language): Command {
  const own = SELFSCAN_HELP[lang];
  return new Command('collect')
    .description(own.collect)
    .argument('<bestanden...>', own.returnedFiles)
    .option('--into <bestand>', own.into)
    .option('--profiel <id>', _help.profileOption, 'npuls')
    .option('--sheet <naam>', _help.sheet)
    .option('--out <bestand>', own.outCollect)
    .option('--overwrite', _help.overwrite)
    .option('--force', own.force)
    .option('--team-changed', own.teamChanged)
    .option('--json', _help.json)
    .action(async (inputs: string[], options: Omit<CollectOptions, 'lang'>, command: Command) => {
      print(command, await collectCommand(inputs, { ...options, lang: languageOf(command) }));
    });
}
