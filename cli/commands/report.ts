// `teamscan report FILE --out FILE.html`: the team, personal or anonymous report of docs/design.md#12-rounds-history-and-reports as one HTML file.

import { basename, extname } from 'node:path';
import { Command, Option } from 'commander';
import { analyze } from '../../shared/analysis/analyze';
import { compareRounds } from '../../shared/analysis/compare';
import type { Language } from '../../shared/i18n/language';
import { TeamscanError } from '../../shared/i18n/message';
import {
  anonymousReport,
  DEFAULT_MIN_GROUP,
  LOWEST_MIN_GROUP,
  personalReport,
  type ReportInput,
  teamReport,
} from '../../shared/report';
import { FileError } from '../file-error';
import { InputError } from '../input-error';
import { sheetChoice } from '../output/sheet-choice';
import { checkOutputTarget } from '../output/target';
import { type WarningSink, warnAbout } from '../output/warnings';
import { loadProfileOption } from '../profile-option';
import { languageOf, print, printError } from '../program-context';
import { readMatrixFile } from '../read-matrix';
import { type ReadingOptionValues, readOptionsOf, typedThreshold, withReadingOptions } from '../reading-options';
import { type HelpTexts, ROUND_TEXTS } from '../texts';
import { writeFileWhole } from '../write-file';
import { analysisSettings } from './compare';
import { conversationOf } from './report-conversation';

export interface ReportOptions extends ReadingOptionValues {
  readonly persoon?: string;
  readonly anoniem?: boolean;
  /** An earlier round: the report shows the progress since it. */
  readonly sinds?: string;
  readonly sheet?: string;
  readonly drempel?: string;
  readonly doel?: string;
  readonly normen?: string;
  readonly profiel?: string;
  readonly out?: string;
  /** Replace an existing --out file. */
  readonly overwrite?: boolean;
  readonly lang: Language;
  /** Where the reader's warnings go (standard error); not shown when absent. */
  readonly warn?: WarningSink;
  /** k of docs/design.md#9-reliability-and-privacy (`--min-groep`): a whole number of at least 3; 5 by default. */
  readonly minGroep?: string;
  /** The report's date (YYYY-MM-DD); today (UTC) by default. */
  readonly date?: string;
  /** The second view from another file (`--tweede FILE[#SHEET]`), for --persoon only. */
  readonly tweede?: string;
}

/** The personal report; a name not in the matrix is refused naming the file it was looked for in. */
function personalOf(input: ReportInput, name: string, file: string): string {
  try {
    return personalReport(input, name);
  } catch (error) {
    if (error instanceof TeamscanError && error.detail.key === 'unknownPerson') {
      throw new FileError(basename(file), error, error.localized(input.lang));
    }
    throw error;
  }
}

/** `--min-groep N`: a whole number of at least LOWEST_MIN_GROUP, refused before anything is read. */
function minGroupOf(value: string | undefined, lang: Language): number {
  if (value === undefined) return DEFAULT_MIN_GROUP;
  const k = /^\s*\d+\s*$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(k) || k < LOWEST_MIN_GROUP) throw new InputError(ROUND_TEXTS[lang].minGroup(value));
  return k;
}

export async function reportCommand(file: string, options: ReportOptions): Promise<string> {
  const texts = ROUND_TEXTS[options.lang];
  if (!options.out) throw new InputError(texts.outRequired);
  if (extname(options.out).toLowerCase() !== '.html') throw new InputError(texts.outExtension(options.out));
  const fileOf = (input: string | undefined) =>
    input === undefined ? input : sheetChoice(input, { option: '--sheet' }).file;
  const inputs = [fileOf(file), fileOf(options.sinds), options.normen, options.profiel, fileOf(options.tweede)];
  await checkOutputTarget({ path: options.out, inputs, overwrite: options.overwrite });
  const minGroup = minGroupOf(options.minGroep, options.lang);
  const profile = await loadProfileOption(options.profiel, options.lang);
  const settings = await analysisSettings(options, profile);
  const how = readOptionsOf(options);
  // FILE#SHEET names a file's own sheet (as compare has it); else --sheet.
  const now = sheetChoice(file, { option: '--sheet', sheet: options.sheet });
  const since = options.sinds ? sheetChoice(options.sinds, { option: '--sheet', sheet: options.sheet }) : undefined;
  const reading = await readMatrixFile(now.file, profile, now.sheet, options.lang, how);
  const earlier = since ? await readMatrixFile(since.file, profile, since.sheet, options.lang, how) : undefined;
  const warn = options.warn ?? (() => undefined);
  warnAbout(file, reading.warnings, options.lang, warn);
  if (earlier && options.sinds) warnAbout(options.sinds, earlier.warnings, options.lang, warn);
  const conversation = await conversationOf(file, options, profile, options.lang, how, warn);
  const input: ReportInput = {
    reading,
    analysis: analyze(reading, settings),
    lang: options.lang,
    date: options.date ?? new Date().toISOString().slice(0, 10),
    minGroup,
    ...(conversation ? { conversation } : {}),
    // The earlier round itself too: the anonymous report counts progress only over people in both (docs/design.md#9-reliability-and-privacy).
    ...(earlier && options.sinds
      ? {
          progress: {
            since: basename(options.sinds),
            comparison: compareRounds(earlier, reading, settings),
            before: earlier,
          },
        }
      : {}),
  };
  let html: string;
  if (options.anoniem) html = anonymousReport(input);
  else if (options.persoon !== undefined) html = personalOf(input, options.persoon, file);
  else html = teamReport(input);
  await writeFileWhole(options.out, html, { overwrite: options.overwrite ?? false });
  return texts.written(options.out);
}

export function reportProgramCommand(help: HelpTexts): Command {
  const command = new Command('report')
    .description(help.report)
    .argument('<bestand>', help.matrixFile)
    .addOption(new Option('--persoon <naam>', help.person))
    .addOption(new Option('--anoniem', help.anonymous).conflicts('persoon'))
    .option('--sinds <bestand>', help.since)
    .option('--tweede <bestand>', help.secondView)
    .option('--sheet <naam>', help.sheet)
    .option('--drempel <niveau>', help.threshold, '2')
    .option('--doel <aantal>', help.target, '2')
    .option('--normen <bestand>', help.norms)
    .option('--profiel <id>', help.profileOption, 'npuls')
    .option('--out <bestand>', help.outHtml)
    .option('--overwrite', help.overwrite)
    .option('--min-groep <aantal>', help.minGroup);
  return withReadingOptions(command, help).action(
    async (file: string, options: Omit<ReportOptions, 'lang'>, command: Command) => {
      const drempel = typedThreshold(command, options.drempel);
      const warn = (line: string) => printError(command, line);
      print(command, await reportCommand(file, { ...options, drempel, lang: languageOf(command), warn }));
    },
  );
}
