// The reader's warnings of a command that does not print an analysis (report, compare), on standard error.

import { basename } from 'node:path';
import type { Language } from '../../shared/i18n/language';
import { formatMessage, type Message } from '../../shared/i18n/message';

/** Where a warning line goes: the program's standard error. */
export type WarningSink = (line: string) => void;

/** Each warning of a file as one line naming the file ("team.csv: Rij 4 …"), in the reader's language. */
export function warnAbout(file: string, warnings: readonly Message[], lang: Language, warn: WarningSink): void {
  for (const warning of warnings) warn(`${basename(file)}: ${formatMessage(warning, lang)}`);
}
