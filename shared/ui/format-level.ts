// A level or norm as the panel shows it: at most one decimal, with the decimal comma in Dutch ("3,5").

import type { Language } from '../i18n/language';

const FORMATS: Record<Language, Intl.NumberFormat> = {
  nl: new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 }),
  en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 }),
};

export function formatLevel(value: number, lang: Language): string {
  return FORMATS[lang].format(value);
}
