// The preview page's own texts (around the panel) in Dutch and English.

import type { Language, Localized } from '../shared/i18n/language';

export const PREVIEW_TEXTS = {
  title: { nl: 'Teamscan preview', en: 'Teamscan preview' },
  note: {
    nl: 'Werkboek in je browser — blijft bewaard bij herladen',
    en: 'Workbook in your browser — kept when you reload',
  },
  reset: { nl: 'Leeg werkboek', en: 'Empty workbook' },
  resetTitle: { nl: 'Werkboek leegmaken?', en: 'Empty the workbook?' },
  resetBody: {
    nl: 'Alle bladen en alles wat in dit werkboek is ingevuld, verdwijnen uit deze browser. Dat kun je niet ongedaan maken.',
    en: 'Every sheet of this workbook, and everything filled in, is removed from this browser. This cannot be undone.',
  },
  resetConfirm: { nl: 'Leegmaken', en: 'Empty it' },
  resetCancel: { nl: 'Annuleren', en: 'Cancel' },
  sheets: { nl: 'Bladen', en: 'Sheets' },
  sheet: { nl: 'Blad', en: 'Sheet' },
  asText: {
    nl: 'Tekst, geen formule: de preview rekent alleen Teamscan-functies uit',
    en: 'Text, not a formula: the preview computes Teamscan functions only',
  },
  noSheet: { nl: 'Blad {sheet} bestaat niet', en: 'Sheet {sheet} does not exist' },
  unknownArgument: { nl: 'Onbekend argument {argument}', en: 'Unknown argument {argument}' },
  unknownFormula: { nl: 'Formule {formula} kent de preview niet', en: 'The preview does not know formula {formula}' },
} satisfies Record<string, Localized>;

export type PreviewTextKey = keyof typeof PREVIEW_TEXTS;

export function previewText(key: PreviewTextKey, lang: Language = 'nl', params: Record<string, string> = {}): string {
  return PREVIEW_TEXTS[key][lang].replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
}
