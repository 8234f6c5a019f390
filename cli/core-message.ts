// A core error in the reader's language (the core's messages carry no text filled in another language).

import type { Language } from '../shared/i18n/language';
import type { TeamscanError } from '../shared/i18n/message';

export function coreMessage(error: TeamscanError, lang: Language): string {
  return error.localized(lang);
}
