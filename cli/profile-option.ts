// The --profiel option: a built-in id, or a .csv/.xlsx file holding a custom profile table (docs/design.md#2-profiles).

import { basename } from 'node:path';
import type { Language, Localized } from '../shared/i18n/language';
import { TeamscanError } from '../shared/i18n/message';
import { BUILTIN_PROFILES } from '../shared/profiles/builtins';
import { customProfileFromTable } from '../shared/profiles/custom';
import type { Profile } from '../shared/profiles/model';
import { builtinProfileOrFail, resolveProfile } from '../shared/profiles/resolve';
import { SHEET_PROFILE } from '../shared/workbook/plan';
import { FileError } from './file-error';
import { LocalizedInputError } from './input-error';
import { readTableFile } from './read-table';

const TABLE_FILE = /\.(csv|xlsx|txt)$/i;

const KNOWN = () => BUILTIN_PROFILES.map((profile) => profile.id).join(', ');

/** An unknown id in the CLI's words: the core's message offers a spreadsheet range, which the CLI has not. */
const UNKNOWN_PROFILE = {
  option: (value: string): Localized => ({
    nl: `--profiel ${value}: onbekend profiel. Ingebouwd: ${KNOWN()}; of geef een .csv- of .xlsx-bestand met een eigen profieltabel.`,
    en: `--profiel ${value}: unknown profile. Built in: ${KNOWN()}; or give a .csv or .xlsx file holding a custom profile table.`,
  }),
  builtin: (value: string): Localized => ({
    nl: `Onbekend profiel "${value}". Ingebouwd: ${KNOWN()}.`,
    en: `Unknown profile "${value}". Built in: ${KNOWN()}.`,
  }),
};

function isUnknownProfile(error: unknown): boolean {
  return error instanceof TeamscanError && error.detail.key === 'unknownProfile';
}

/** A built-in profile by id (`teamscan profile ID`). */
export function builtinProfileOption(id: string): Profile {
  try {
    return builtinProfileOrFail(id);
  } catch (error) {
    if (isUnknownProfile(error)) throw new LocalizedInputError(UNKNOWN_PROFILE.builtin(id));
    throw error;
  }
}

export async function loadProfileOption(value: string | undefined, lang: Language): Promise<Profile> {
  if (!value || !TABLE_FILE.test(value)) {
    try {
      return resolveProfile(value);
    } catch (error) {
      if (value && isUnknownProfile(error)) throw new LocalizedInputError(UNKNOWN_PROFILE.option(value));
      throw error;
    }
  }
  const grid = await readTableFile(value, undefined, SHEET_PROFILE);
  try {
    return customProfileFromTable(grid);
  } catch (error) {
    if (error instanceof TeamscanError) throw new FileError(basename(value), error, error.localized(lang));
    throw error;
  }
}
