// The two self-test words the panel itself carries; everything else loads with the self-test.

import { fillTemplate, type MessageParams } from '../i18n/keyed-error';
import type { Language, Localized } from '../i18n/language';

export const PANEL_TEXTS = {
  button: { nl: 'Zelftest', en: 'Self-test' },
  notLoaded: {
    nl: 'De zelftest kon niet worden geladen ({file}). Controleer de verbinding en probeer het opnieuw.',
    en: 'The self-test could not be loaded ({file}). Check the connection and try again.',
  },
} satisfies Record<string, Localized>;

export function panelText(key: keyof typeof PANEL_TEXTS, lang: Language, params: MessageParams = {}): string {
  return fillTemplate(PANEL_TEXTS[key][lang], params);
}
