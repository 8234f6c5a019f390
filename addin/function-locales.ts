// The Excel UI locales that get the English function names (functions.en.json); every other locale gets Dutch.

import type { Language } from '../shared/i18n/language';

/** One list for the manifest's metadata Overrides and for the task pane's formula language. */
export const ENGLISH_FUNCTION_LOCALES: readonly string[] = [
  'en-US',
  'en-GB',
  'en-AU',
  'en-CA',
  'en-IE',
  'en-IN',
  'en-NZ',
  'en-ZA',
];

/** The language Excel shows Teamscan's function names in for a UI locale, as the manifest declares it. */
export function functionLanguage(locale: string | null | undefined): Language {
  const key = (locale ?? '').toLowerCase();
  return ENGLISH_FUNCTION_LOCALES.some((english) => english.toLowerCase() === key) ? 'en' : 'nl';
}
