// The panel's language context: `useTexts()` gives the language and a lookup into the string table.

import { createContext, useContext, useMemo } from 'react';
import { KeyedError } from '../i18n/keyed-error';
import type { Language } from '../i18n/language';
import { fillTemplate, type MessageParams } from '../i18n/message';
import { UI_MESSAGES, type UiMessageKey } from '../i18n/ui-messages';

export type Translate = (key: UiMessageKey, params?: MessageParams) => string;

const LanguageContext = createContext<Language>('nl');

export const LanguageProvider = LanguageContext.Provider;

export function useTexts(): { lang: Language; t: Translate } {
  const lang = useContext(LanguageContext);
  return useMemo(
    () => ({
      lang,
      t: (key: UiMessageKey, params: MessageParams = {}) => fillTemplate(UI_MESSAGES[key][lang], params),
    }),
    [lang],
  );
}

/**
 * An error as the user reads it: a keyed error (the core's or a host's) in the panel's language now, whatever
 * the language was when it was thrown; any other error's own text.
 */
export function errorText(error: unknown, lang: Language): string {
  if (error instanceof KeyedError) return error.localized(lang);
  if (error instanceof Error) return error.message;
  return String(error);
}
