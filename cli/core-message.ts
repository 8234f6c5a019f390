// A core error in the reader's language, nested texts included: the core fills some parameters with one of its
// own texts in Dutch (the accepted level values of "… is geen niveau"), which `localized` would leave Dutch.

import { CORE_MESSAGES } from '../shared/i18n/core-messages';
import type { Language } from '../shared/i18n/language';
import { fillTemplate, type TeamscanError } from '../shared/i18n/message';

type CoreKey = keyof typeof CORE_MESSAGES;

/** Each core text's Dutch form, to recognise one used as a parameter. */
const KEY_OF_DUTCH = new Map(
  (Object.keys(CORE_MESSAGES) as CoreKey[]).map((key) => [CORE_MESSAGES[key].nl as string, key]),
);

export function coreMessage(error: TeamscanError, lang: Language): string {
  const params = Object.fromEntries(
    Object.entries(error.params).map(([name, value]) => {
      const nested = typeof value === 'string' ? KEY_OF_DUTCH.get(value) : undefined;
      return [name, nested ? CORE_MESSAGES[nested][lang] : value];
    }),
  );
  return fillTemplate(CORE_MESSAGES[error.key][lang], params);
}
