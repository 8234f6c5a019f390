// Texts of the add-in-free workbook's helper sheet and basis table, in Dutch and English.

import type { Localized } from '../../i18n/language';

export const NATIVE_TEXTS = {
  calcTitle: {
    nl: 'Rekenblad — hulpberekeningen voor het blad Dekking (werkt zonder add-in). Niet wijzigen.',
    en: 'Calculation sheet — helper calculations for the Dekking sheet (works without an add-in). Do not edit.',
  },
  calcNote: {
    nl: 'Elke cel van de Teammatrix wordt hier gelezen als niveau: 0–4, -1 = leeg, -2 = n.v.t.; onbekende tekst geeft #N/B.',
    en: 'Every Teammatrix cell is read here as a level: 0–4, -1 = empty, -2 = n/a; unknown text gives #N/A.',
  },
  threshold: { nl: 'Drempel (gelezen)', en: 'Threshold (read)' },
  target: { nl: 'Doel (gelezen)', en: 'Target (read)' },
  lookupKey: { nl: 'Invoer', en: 'Input' },
  lookupValue: { nl: 'Niveau', en: 'Level' },
  personName: { nl: 'Naam', en: 'Name' },
  personNumber: { nl: 'Nr', en: 'No' },
  personScanned: { nl: 'Gescand', en: 'Scanned' },
  basisMinimum: { nl: 'Laagste basis', en: 'Lowest basic' },
  basisLevel: { nl: 'Basisniveau', en: 'Basic level' },
  basisStatus: { nl: 'Basisstatus', en: 'Basic status' },
  level: { nl: 'Niveau {area}', en: 'Level {area}' },
  coveredBy: { nl: 'Gedekt door {area}', en: 'Covered by {area}' },
  below: { nl: 'Onder drempel {area}', en: 'Below threshold {area}' },
  missing: { nl: 'Niet gescand {area}', en: 'Not scanned {area}' },
  code: { nl: 'Code {header}', en: 'Code {header}' },
  gapFlag: { nl: 'Hiaat', en: 'Gap' },
  gapCount: { nl: 'Teller', en: 'Count' },
  gapText: { nl: 'Omschrijving', en: 'Description' },
  basisTitle: { nl: 'Basis per persoon', en: 'Basics per person' },
} satisfies Record<string, Localized>;

export const CALC_SHEET = 'Rekenblad';
