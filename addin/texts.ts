// The add-in's own user-facing texts (Dutch and English): injection steps, the workbook's alerts and refusals.

import { fillTemplate, KeyedError, type MessageParams } from '../shared/i18n/keyed-error';
import type { Language, Localized } from '../shared/i18n/language';

export const ADDIN_TEXTS = {
  stepChecking: { nl: 'Werkmap controleren…', en: 'Checking the workbook…' },
  stepWriting: { nl: 'Bladen schrijven…', en: 'Writing the sheets…' },
  stepDone: { nl: 'Klaar.', en: 'Done.' },
  listAlertTitle: { nl: 'Teamscan', en: 'Teamscan' },
  listAlert: {
    nl: 'Deze waarde staat niet in de lijst. Teamscan leest ook woorden als "Bekwaam" of "x"; andere tekst geeft een foutmelding in de formules.',
    en: 'This value is not in the list. Teamscan also reads words such as "Competent" or "x"; other text makes the formulas report an error.',
  },
  unsupportedTitle: {
    nl: 'Deze versie van Excel is te oud voor Teamscan',
    en: 'This version of Excel is too old for Teamscan',
  },
  unsupportedBody: {
    nl: 'Teamscan heeft {sets} nodig; deze Excel heeft dat niet. Werk Excel bij (Bestand > Account > Bijwerkopties) of gebruik Excel op het web. De werkmap zelf blijft gewoon werken.',
    en: 'Teamscan needs {sets}; this Excel does not have it. Update Excel (File > Account > Update Options) or use Excel on the web. The workbook itself keeps working.',
  },
} satisfies Record<string, Localized>;

export type AddinTextKey = keyof typeof ADDIN_TEXTS;

export function addinText(key: AddinTextKey, lang: Language, params: MessageParams = {}): string {
  return fillTemplate(ADDIN_TEXTS[key][lang], params);
}

/** The add-in's refusals; a refusal both hosts share (sheetChanged) is in the core's table. */
export const ADDIN_ERRORS = {
  sheetTooLarge: {
    nl: 'Blad {sheet} is te groot om in één keer te lezen (Excel leest hoogstens vijf miljoen cellen): er staat iets ver buiten de tabel. Wis de cellen rechts en onder de gegevens (Ctrl+End laat zien waar het blad eindigt) en probeer het opnieuw.',
    en: 'Sheet {sheet} is too large to read at once (Excel reads at most five million cells): something sits far outside the table. Clear the cells right of and below the data (Ctrl+End shows where the sheet ends) and try again.',
  },
  workbookInactive: {
    nl: 'Excel werkte aan een andere werkmap. Klik in deze werkmap en probeer het opnieuw; er is niets veranderd.',
    en: 'Excel was working in another workbook. Click into this workbook and try again; nothing was changed.',
  },
  cellEditMode: {
    nl: 'Excel is een cel aan het bewerken. Rond eerst de celbewerking af (Enter, Tab of klik een andere cel) en probeer het opnieuw; er is niets veranderd.',
    en: 'Excel is editing a cell. Finish editing the cell first (Enter, Tab or click another cell) and try again; nothing was changed.',
  },
  sheetProtected: {
    nl: 'Blad {sheet} is beveiligd. Hef de beveiliging op (Controleren > Beveiliging blad opheffen) en probeer het opnieuw; er is niets geschreven.',
    en: 'Sheet {sheet} is protected. Unprotect it (Review > Unprotect Sheet) and try again; nothing was written.',
  },
  workbookProtected: {
    nl: 'De structuur van de werkmap is beveiligd, dus er kunnen geen bladen bij. Hef die beveiliging op en probeer het opnieuw; er is niets geschreven.',
    en: 'The workbook structure is protected, so no sheets can be added. Unprotect it and try again; nothing was written.',
  },
  tableElsewhere: {
    nl: 'Er staat al een tabel met de naam {table} op blad {sheet}. Geef die tabel een andere naam en probeer het opnieuw; er is niets geschreven.',
    en: 'A table named {table} already exists on sheet {sheet}. Rename that table and try again; nothing was written.',
  },
  otherTable: {
    nl: 'Blad {sheet} heeft al een tabel ({table}). Hernoem die tabel naar {wanted} of verwijder hem, en probeer het opnieuw; er is niets geschreven.',
    en: 'Sheet {sheet} already has a table ({table}). Rename it to {wanted} or remove it, and try again; nothing was written.',
  },
  injectionFailed: {
    nl: 'Invoegen is mislukt ({reason}). Wat al geschreven was, is teruggedraaid.',
    en: 'Injection failed ({reason}). What had been written was rolled back.',
  },
  sheetMissing: {
    nl: 'Blad {sheet} bestaat niet meer (hernoemd of verwijderd?). Er is niets opgeslagen; open het blad opnieuw in Teamscan.',
    en: 'Sheet {sheet} no longer exists (renamed or deleted?). Nothing was saved; open the sheet in Teamscan again.',
  },
  snapshotNameTaken: {
    nl: 'Er kwam net een blad {sheet} bij. Er is niets bewaard; probeer het opnieuw.',
    en: 'A sheet {sheet} was added just now. Nothing was saved; please try again.',
  },
  tableMissing: {
    nl: 'Deze werkmap heeft geen tabel {table}, dus de formule zou #VERW! geven. Er is niets ingevoegd; voeg het profiel in (tab Invoegen) of gebruik een celbereik.',
    en: 'This workbook has no table {table}, so the formula would give #REF!. Nothing was inserted; inject the profile (Insert tab) or use a cell range.',
  },
} satisfies Record<string, Localized>;

export type AddinErrorKey = keyof typeof ADDIN_ERRORS;

/** A refusal of the add-in, by key: the panel shows it in its language of the moment (errorText). */
export class AddinError extends KeyedError<AddinErrorKey> {
  constructor(key: AddinErrorKey, params: MessageParams = {}) {
    super('excel', ADDIN_ERRORS, key, params);
    this.name = 'AddinError';
  }
}
