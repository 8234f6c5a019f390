// The --profiel option: a built-in id, or a .csv/.xlsx file holding a custom profile table (DESIGN §2).

import { basename } from 'node:path';
import type { Language } from '../shared/i18n/language';
import { TeamscanError } from '../shared/i18n/message';
import { customProfileFromTable } from '../shared/profiles/custom';
import type { Profile } from '../shared/profiles/model';
import { resolveProfile } from '../shared/profiles/resolve';
import { SHEET_PROFILE } from '../shared/workbook/plan';
import { FileError } from './file-error';
import { readTableFile } from './read-table';

const TABLE_FILE = /\.(csv|xlsx|txt)$/i;

export async function loadProfileOption(value: string | undefined, lang: Language): Promise<Profile> {
  if (!value || !TABLE_FILE.test(value)) return resolveProfile(value);
  const grid = await readTableFile(value, undefined, SHEET_PROFILE);
  try {
    return customProfileFromTable(grid);
  } catch (error) {
    if (error instanceof TeamscanError) throw new FileError(basename(value), error, error.localized(lang));
    throw error;
  }
}
