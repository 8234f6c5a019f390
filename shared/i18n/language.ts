// The languages Teamscan speaks: Dutch by default, English selectable.

export type Language = 'nl' | 'en';

export const LANGUAGES: readonly Language[] = ['nl', 'en'];

export const DEFAULT_LANGUAGE: Language = 'nl';

/** A pair of texts, one per language. */
export interface Localized {
  readonly nl: string;
  readonly en: string;
}

/** Reads a language from a locale tag like "en-US" or "nl-NL"; anything not English is Dutch. */
export function languageFromLocale(locale: string | null | undefined): Language {
  return typeof locale === 'string' && locale.toLowerCase().startsWith('en') ? 'en' : 'nl';
}
