// The custom functions' own messages, nl and en (only the functions bundle carries them).

import type { Language, Localized } from '../../shared/i18n/language';
import { fillTemplate, type MessageParams } from '../../shared/i18n/message';

export const FUNCTION_TEXTS = {
  preview: {
    nl: 'Teamscan rekent niet in de voorbeeldweergave van een formule: of een cel leeg is, is dan niet te lezen. Druk op Enter voor de uitkomst.',
    en: 'Teamscan does not calculate in a formula value preview: whether a cell is empty cannot be read then. Press Enter for the result.',
  },
  noTypes: {
    nl: 'Teamscan kon niet lezen welke cellen van {range} leeg zijn ({reason}), en Excel geeft een lege cel door als 0, wat ook een niveau is. Bereken opnieuw (Ctrl+Alt+F9, of bewerk de cel en druk op Enter).',
    en: 'Teamscan could not read which cells of {range} are empty ({reason}), and Excel passes an empty cell as 0, which is also a level. Recalculate (Ctrl+Alt+F9, or edit the cell and press Enter).',
  },
  timeout: {
    nl: 'geen antwoord van Excel binnen {seconds} s',
    en: 'no answer from Excel within {seconds} s',
  },
} satisfies Record<string, Localized>;

export function functionText(key: keyof typeof FUNCTION_TEXTS, lang: Language, params: MessageParams = {}): string {
  return fillTemplate(FUNCTION_TEXTS[key][lang], params);
}
