// The error for input the CLI cannot use (a missing or unreadable file, a bad option value): exit 2, no stack.

import type { Language, Localized } from '../shared/i18n/language';

export class InputError extends Error {}

/** Input refused with a message in both languages; the CLI shows the reader's one. */
export class LocalizedInputError extends InputError {
  constructor(readonly texts: Localized) {
    super(texts.nl);
  }

  localized(lang: Language): string {
    return this.texts[lang];
  }
}
