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
  // CustomFunctionsRuntime 1.3 brings invocation.parameterAddresses (custom functions requirement sets:
  // Microsoft 365 on Windows from version 2008, retail Office from 2311, Office 2021 from 2108, Mac from 16.40,
  // Excel on the web always).
  oldRuntime: {
    nl: 'Deze Teamscan-functie vraagt een nieuwere Excel: deze versie geeft niet door uit welke cellen de argumenten komen, en zonder dat is een lege cel niet van een 0 (ook een niveau) te onderscheiden. Werk Excel bij (Microsoft 365 voor Windows vanaf versie 2008, Office 2021 vanaf versie 2108, Mac vanaf versie 16.40) of gebruik Excel op het web.',
    en: 'This Teamscan function needs a newer Excel: this version does not pass which cells the arguments come from, and without that an empty cell cannot be told from a 0 (also a level). Update Excel (Microsoft 365 for Windows from version 2008, Office 2021 from version 2108, Mac from version 16.40) or use Excel on the web.',
  },
  selfTestRefuse: {
    nl: 'Teamscan rekent hier niet: de laatste zelftest (Teamscan › Zelftest) vond dat deze Excel een lege cel niet van een 0 laat onderscheiden. Werk Excel bij en draai de zelftest opnieuw.',
    en: 'Teamscan does not calculate here: the last self-test (Teamscan › Self-test) found this Excel does not let an empty cell be told from a 0. Update Excel and run the self-test again.',
  },
  timeout: {
    nl: 'geen antwoord van Excel binnen {seconds} s',
    en: 'no answer from Excel within {seconds} s',
  },
} satisfies Record<string, Localized>;

export function functionText(key: keyof typeof FUNCTION_TEXTS, lang: Language, params: MessageParams = {}): string {
  return fillTemplate(FUNCTION_TEXTS[key][lang], params);
}
