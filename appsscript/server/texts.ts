// The Google Sheets host's own texts (menu, sidebar) in Dutch and English, and its refusals by key.

import { fillTemplate, KeyedError, type MessageParams, type MessageTable } from '../../shared/i18n/keyed-error';
import type { Language, Localized } from '../../shared/i18n/language';
import type { SheetsErrorKey } from '../sheets-errors';

export const SHEETS_TEXTS = {
  menu: { nl: 'Teamscan', en: 'Teamscan' },
  menuInject: { nl: 'Profiel invoegen', en: 'Insert profile' },
  menuScan: { nl: 'Scan', en: 'Scan' },
  menuDashboard: { nl: 'Dekking', en: 'Coverage' },
  sidebarTitle: { nl: 'Teamscan', en: 'Teamscan' },
  protectedWarning: {
    nl: 'Teamscan: dit blad wordt door het profiel ingevuld; wijzigingen gaan verloren bij opnieuw invoegen.',
    en: 'Teamscan: this sheet is filled from the profile; changes are lost when the profile is inserted again.',
  },
} satisfies Record<string, Localized>;

export type SheetsTextKey = keyof typeof SHEETS_TEXTS;

export function sheetsText(key: SheetsTextKey, lang: Language, params: MessageParams = {}): string {
  return fillTemplate(SHEETS_TEXTS[key][lang], params);
}

/**
 * The host's refusals as the server raises them: by key and parameters, which cross to the sidebar (asResult) and
 * are shown there in the reader's language from `../sheets-errors.ts`. The texts stay out of the server code
 * (docs/design.md#10-performance-targets), so on the server a refusal's message is its key.
 */
const REFUSALS = { busy: 0, missingSheet: 0, badRow: 0, badCellValue: 0, notAFormula: 0 } satisfies Record<
  SheetsErrorKey,
  0
>;
const BY_KEY = Object.fromEntries(
  Object.keys(REFUSALS).map((key) => [key, { nl: key, en: key }]),
) as MessageTable<SheetsErrorKey>;

/** An error of this host, by key: the sidebar rebuilds it as the SheetsError of `../sheets-errors.ts`, with its text. */
export class SheetsError extends KeyedError<SheetsErrorKey> {
  constructor(key: SheetsErrorKey, params: MessageParams = {}) {
    super('sheets', BY_KEY, key, params);
    this.name = 'SheetsError';
  }
}

/** The message of anything thrown (Apps Script services throw Errors with a message). */
export function errorText(error: unknown): string {
  const text = typeof error === 'object' && error !== null ? (error as { message?: unknown }).message : undefined;
  return typeof text === 'string' ? text : String(error);
}
