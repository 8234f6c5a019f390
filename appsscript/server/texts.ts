// The Google Sheets host's own texts (menu, sidebar, host errors) in Dutch and English.

import { fillTemplate, KeyedError, type MessageParams } from '../../shared/i18n/keyed-error';
import type { Language, Localized } from '../../shared/i18n/language';

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

/** The host's refusals; a refusal both hosts share (sheetChanged) is in the core's table. */
export const SHEETS_ERRORS = {
  busy: {
    nl: 'Iemand anders slaat net iets op in dit bestand. Probeer het over een paar seconden opnieuw; er is niets gewijzigd.',
    en: 'Someone else is saving to this file right now. Try again in a few seconds; nothing was changed.',
  },
  missingSheet: {
    nl: 'Het blad {sheet} bestaat niet (meer). Er is niets opgeslagen.',
    en: 'The sheet {sheet} does not exist (any more). Nothing was saved.',
  },
  badRow: {
    nl: 'Regel {row} bestaat niet op blad {sheet}. Er is niets opgeslagen.',
    en: 'Row {row} does not exist on sheet {sheet}. Nothing was saved.',
  },
  badCellValue: {
    nl: 'Cel {cell}: {value} kan niet in een cel worden geschreven. Er is niets gewijzigd.',
    en: 'Cell {cell}: {value} cannot be written to a cell. Nothing was changed.',
  },
  notAFormula: {
    nl: 'Geen formule: {value} begint niet met "=".',
    en: 'Not a formula: {value} does not start with "=".',
  },
} satisfies Record<string, Localized>;

export type SheetsErrorKey = keyof typeof SHEETS_ERRORS;

/** An error of this host, by key: it crosses to the sidebar as key and parameters (asResult), shown there. */
export class SheetsError extends KeyedError<SheetsErrorKey> {
  constructor(key: SheetsErrorKey, params: MessageParams = {}) {
    super('sheets', SHEETS_ERRORS, key, params);
    this.name = 'SheetsError';
  }
}

/** The message of anything thrown (Apps Script services throw Errors with a message). */
export function errorText(error: unknown): string {
  const text = typeof error === 'object' && error !== null ? (error as { message?: unknown }).message : undefined;
  return typeof text === 'string' ? text : String(error);
}
