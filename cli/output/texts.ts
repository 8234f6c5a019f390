// Help texts of the output options (--overwrite) and of compare's sheet per file, in Dutch and English.

import type { Language } from '../../shared/i18n/language';

export interface OutputHelpTexts {
  overwrite: string;
  sheetBefore: string;
  sheetNow: string;
}

export const OUTPUT_HELP: Record<Language, OutputHelpTexts> = {
  nl: {
    overwrite: 'vervang een bestaand --out-bestand (nooit een invoerbestand, nooit een alleen-lezen bestand)',
    sheetBefore: 'werkblad van de eerdere ronde (ook: BESTAND#WERKBLAD)',
    sheetNow: 'werkblad van de huidige ronde (ook: BESTAND#WERKBLAD)',
  },
  en: {
    overwrite: 'replace an existing --out file (never an input file, never a read-only file)',
    sheetBefore: 'sheet of the earlier round (also: FILE#SHEET)',
    sheetNow: 'sheet of the current round (also: FILE#SHEET)',
  },
};
