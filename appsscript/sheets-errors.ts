// The Google Sheets host's refusals in Dutch and English: the server raises them by key, the sidebar shows them.

import { KeyedError, type MessageParams } from '../shared/i18n/keyed-error';
import type { Localized } from '../shared/i18n/language';

/** A refusal both hosts share (sheetChanged) is in the core's table. */
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

/** A refusal of this host as the sidebar rebuilds it from the server's key and parameters, in the reader's language. */
export class SheetsError extends KeyedError<SheetsErrorKey> {
  constructor(key: SheetsErrorKey, params: MessageParams = {}) {
    super('sheets', SHEETS_ERRORS, key, params);
    this.name = 'SheetsError';
  }
}
