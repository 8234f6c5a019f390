// The panel's texts for the development conversation in Dutch and English: its sheets and who can read them.

import type { Localized } from './language';

export const CONVERSATION_UI_MESSAGES = {
  conversationSheets: {
    nl: 'Ontwikkelgesprek: bladen Tweede blik en Ontwikkelplan',
    en: 'Development conversation: sheets Tweede blik and Ontwikkelplan',
  },
  conversationPrivacy: {
    nl: 'Iedereen die dit werkboek kan openen, kan deze bladen lezen. Beveiligen voorkomt wijzigen, niet lezen; houd een tweede blik die privé moet blijven in een eigen bestand.',
    en: 'Everyone who can open this workbook can read these sheets. Protection prevents edits, not reading; keep a second view that must stay private in a file of its own.',
  },
  sheetKeptInStep: {
    nl: '{sheet}: wordt bijgewerkt; wat erin staat, blijft staan',
    en: '{sheet}: updated; what it holds stays',
  },
  conversationKept: {
    nl: 'Tweede blik en Ontwikkelplan blijven in de pas met de Teammatrix; wat erin staat, blijft staan.',
    en: 'Tweede blik and Ontwikkelplan stay in step with the Teammatrix; what they hold stays.',
  },
} satisfies Record<string, Localized>;
