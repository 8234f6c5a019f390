// `teamscan selfscan`: one private .xlsx per person of a team matrix, to be taken back by `teamscan collect`.

import { lstat, mkdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { Command } from 'commander';
import type { Language } from '../../shared/i18n/language';
import { LocalizedInputError } from '../input-error';
import { checkOutputTarget } from '../output/target';
import { loadProfileOption } from '../profile-option';
import { languageOf, print } from '../program-context';
import { personalFileNames } from '../selfscan/file-names';
import { SELFSCAN_HELP } from '../selfscan/help';
import { personalWorkbook } from '../selfscan/personal-workbook';
import { readTeamMatrix } from '../selfscan/team';
import { PERSONAL_TEXTS, SELFSCAN_TEXTS } from '../selfscan/texts';
import type { HelpTexts } from '../texts';
import { writeFileWhole } from '../write-file';

export interface SelfscanOptions {
  readonly profiel?: string;
  readonly sheet?: string;
  readonly out?: string;
  readonly overwrite?: boolean;
  readonly lang: Language;
}

function localized(make: (lang: Language) => string): LocalizedInputError {
  return new LocalizedInputError({ nl: make('nl'), en: make('en') });
}

/** The folder for the files: made when missing (its parent must exist), refused when it is a file. */
async function prepareFolder(folder: string): Promise<void> {
  const existing = await lstat(folder).catch(() => undefined);
  if (existing && !existing.isDirectory()) throw localized((lang) => SELFSCAN_TEXTS[lang].outFolderIsFile(folder));
  if (!existing) await mkdir(folder);
}

export async function selfscanCommand(file: string, options: SelfscanOptions): Promise<string> {
  const { lang } = options;
  const texts = SELFSCAN_TEXTS[lang];
  if (!options.out)
    throw new LocalizedInputError({ nl: SELFSCAN_TEXTS.nl.outRequired, en: SELFSCAN_TEXTS.en.outRequired });
  const folder = options.out;
  const profile = await loadProfileOption(options.profiel, lang);
  const team = await readTeamMatrix(file, profile, options.sheet, lang);
  const people = team.reading.people;
  if (people.length === 0) throw localized((l) => SELFSCAN_TEXTS[l].noPeople(basename(file)));
  const names = personalFileNames(
    people.map((person) => person.name),
    PERSONAL_TEXTS[lang].sheet,
  );
  await prepareFolder(folder);
  // Every file is checked before any is written: a folder holding one of them is refused whole.
  const existing: string[] = [];
  for (const name of names) {
    try {
      await checkOutputTarget({
        path: join(folder, name),
        inputs: [file, options.profiel],
        overwrite: options.overwrite,
      });
    } catch (error) {
      if (options.overwrite) throw error;
      if (!(error instanceof LocalizedInputError)) throw error;
      existing.push(name);
    }
  }
  if (existing.length) throw localized((l) => SELFSCAN_TEXTS[l].wouldReplace(folder, existing.join(', ')));
  const made = new Date().toISOString();
  for (const [index, person] of people.entries()) {
    const workbook = await personalWorkbook(
      team,
      profile,
      { name: person.name, values: team.grid.values[person.gridRow] ?? [] },
      {
        person: person.name,
        profile: profile.id,
        detail: team.detail,
        profileFingerprint: team.profileFingerprint,
        teamFingerprint: team.teamFingerprint,
        made,
      },
      lang,
    );
    const buffer = Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
    await writeFileWhole(join(folder, names[index]!), buffer, { overwrite: options.overwrite ?? false });
  }
  return texts.written(people.length, folder);
}

export function selfscanProgramCommand(help: HelpTexts, lang: Language): Command {
  const own = SELFSCAN_HELP[lang];
  return new Command('selfscan')
    .description(own.selfscan)
    .argument('<bestand>', help.matrixFile)
    .option('--profiel <id>', help.profileOption, 'npuls')
    .option('--sheet <naam>', help.sheet)
    .option('--out <map>', own.outFolder)
    .option('--overwrite', help.overwrite)
    .action(async (file: string, options: Omit<SelfscanOptions, 'lang'>, command: Command) => {
      print(command, await selfscanCommand(file, { ...options, lang: languageOf(command) }));
    });
}
