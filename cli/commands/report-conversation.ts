// The development conversation of `teamscan report --persoon`: the second view (the workbook's sheet or --tweede FILE[#SHEET]) and the plan.

import { basename, extname } from 'node:path';
import { type PlanGoal, readDevPlan } from '../../shared/analysis/conversation/dev-plan';
import { ConversationError } from '../../shared/analysis/conversation/messages';
import { readSecondView } from '../../shared/analysis/conversation/second-view';
import { SHEET_DEV_PLAN, SHEET_SECOND_VIEW } from '../../shared/analysis/conversation/texts';
import type { Language } from '../../shared/i18n/language';
import type { Profile } from '../../shared/profiles/model';
import type { ConversationInput } from '../../shared/report/conversation';
import { FileError } from '../file-error';
import { LocalizedInputError } from '../input-error';
import { type WarningSink, warnAbout } from '../output/warnings';
import { readInputFile } from '../read/input-file';
import { namingFile } from '../read-matrix';
import { readTableFile } from '../read-table';
import type { MatrixFileOptions } from '../reading-options';

const TEXTS = {
  goalsReached: {
    nl: 'Doelen uit het Ontwikkelplan bereikt sinds de eerdere ronde: {reached} van {total}.',
    en: 'Goals of the development plan (Ontwikkelplan) reached since the earlier round: {reached} of {total}.',
  },
  personalOnly: {
    nl: '--tweede hoort bij --persoon: een tweede blik staat alleen in het eigen rapport van die persoon, nooit in het team- of anonieme rapport.',
    en: '--tweede goes with --persoon: a second view appears only in that person’s own report, never in the team or anonymous report.',
  },
} as const;

/** `FILE#SHEET` → the file and the sheet; a `#` that is part of the file's name stays when no table extension precedes it. */
export function splitFileSheet(value: string): { file: string; sheet?: string } {
  const at = value.lastIndexOf('#');
  if (at > 0 && /\.(xlsx|csv|txt)$/i.test(value.slice(0, at)) && at < value.length - 1) {
    return { file: value.slice(0, at), sheet: value.slice(at + 1) };
  }
  return { file: value };
}

/** The names of an .xlsx's sheets; none for another kind of file. */
async function sheetNames(file: string): Promise<string[]> {
  if (extname(file).toLowerCase() !== '.xlsx') return [];
  // Loaded here, not at start-up: a .csv run never pays for the .xlsx reader (tests/cli/lazy-xlsx.test.ts).
  const { openXlsxArchive, UNPACKED_LIMIT } = await import('../read/xlsx-zip');
  const { readWorkbookParts } = await import('../read/xlsx-workbook');
  const archive = await openXlsxArchive(file, await readInputFile(file, { limit: UNPACKED_LIMIT }), UNPACKED_LIMIT);
  return (await readWorkbookParts(archive)).sheets.map((sheet) => sheet.name);
}

/** The plan sheet of the workbook; a refused cell names the file first, as every reading error of the CLI. */
async function readPlan(file: string, profile: Profile, lang: Language) {
  const grid = await readTableFile(file, SHEET_DEV_PLAN);
  try {
    return readDevPlan(grid, profile);
  } catch (error) {
    if (error instanceof ConversationError) throw new FileError(basename(file), error, error.localized(lang));
    throw error;
  }
}

/** The Ontwikkelplan sheet of an .xlsx, when it has one; undefined for a file without it (or a .csv). */
export async function planOfFile(file: string, profile: Profile, lang: Language): Promise<PlanGoal[] | undefined> {
  const own = new Set((await sheetNames(file)).map((name) => name.toLowerCase()));
  return own.has(SHEET_DEV_PLAN.toLowerCase()) ? readPlan(file, profile, lang) : undefined;
}

/** `teamscan compare`'s count of the plan's goals the newer round reaches and the earlier did not. */
export function goalsLine(reached: number, total: number, lang: Language): string {
  return TEXTS.goalsReached[lang].replace('{reached}', String(reached)).replace('{total}', String(total));
}

export interface ConversationOptions {
  readonly persoon?: string;
  readonly anoniem?: boolean;
  /** --tweede FILE[#SHEET]: the second view from another file (an .xlsx's sheet "Tweede blik" unless named). */
  readonly tweede?: string;
}

/**
 * The conversation for a personal report, read before the report is made; undefined for the team and anonymous
 * reports, which never read a second view (--tweede with them is refused), and when the workbook has neither sheet.
 * A bad cell is refused naming its file.
 */
export async function conversationOf(
  file: string,
  options: ConversationOptions,
  profile: Profile,
  lang: Language,
  how: MatrixFileOptions,
  warn: WarningSink,
): Promise<ConversationInput | undefined> {
  if (options.tweede !== undefined && (options.anoniem || options.persoon === undefined)) {
    throw new LocalizedInputError(TEXTS.personalOnly);
  }
  if (options.persoon === undefined || options.anoniem) return undefined;
  const own = new Set((await sheetNames(file)).map((name) => name.toLowerCase()));
  const source = options.tweede
    ? splitFileSheet(options.tweede)
    : own.has(SHEET_SECOND_VIEW.toLowerCase())
      ? { file, sheet: SHEET_SECOND_VIEW }
      : undefined;
  const secondView = source
    ? await namingFile(source.file, lang, async () =>
        readSecondView(await readTableFile(source.file, source.sheet, SHEET_SECOND_VIEW), profile, how.read),
      )
    : undefined;
  if (secondView && source) warnAbout(source.file, secondView.reading.warnings, lang, warn);
  const plan = own.has(SHEET_DEV_PLAN.toLowerCase()) ? await readPlan(file, profile, lang) : undefined;
  if (!secondView && !plan) return undefined;
  return { ...(secondView ? { secondView } : {}), ...(plan ? { plan } : {}) };
}
