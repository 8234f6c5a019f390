// The start-up notice of the safe paths the last self-test chose (it loads with the self-test, and only when the
// stored result holds a failure).

import { fillTemplate, type MessageParams } from '../i18n/keyed-error';
import type { Language, Localized } from '../i18n/language';
import { FALLBACK_PROBES, type Fallbacks, fallbacksOf, type StoredSelfTest } from './stored';
import { shownTime } from './time';

export const NOTICE_TEXTS = {
  fallbacksTitle: { nl: 'Veilige weg gekozen', en: 'Safe path taken' },
  noticeIntro: {
    nl: 'De zelftest van {at} vond dat deze host anders werkt dan Teamscan verwacht. Teamscan neemt daarom de veilige weg:',
    en: 'The self-test of {at} found this host working otherwise than Teamscan expects. Teamscan therefore takes the safe path:',
  },
  fallbackTextApostrophe: {
    nl: 'tekst wordt met een apostrof ervoor geschreven, omdat de tekstopmaak "@" tekst hier niet als tekst hield.',
    en: 'text is written with a leading apostrophe, because the text format "@" did not keep text as text here.',
  },
  fallbackFunctionsRefuse: {
    nl: 'de TEAMSCAN-functies weigeren met een uitleg, omdat ze hier een lege cel niet van een 0 kunnen onderscheiden.',
    en: 'the TEAMSCAN functions refuse with an explanation, because here they cannot tell an empty cell from a 0.',
  },
  otherFailures: {
    nl: 'Ook fout: {probes}. Draai de zelftest opnieuw en stuur de uitkomst op.',
    en: 'Also failed: {probes}. Run the self-test again and send its result.',
  },
} satisfies Record<string, Localized>;

export type NoticeTextKey = keyof typeof NOTICE_TEXTS;

export function noticeText(key: NoticeTextKey, lang: Language, params: MessageParams = {}): string {
  return fillTemplate(NOTICE_TEXTS[key][lang], params);
}

/** What the panel says at start-up after a self-test that found failures; undefined when it found none. */
export function startupNotice(stored: StoredSelfTest | undefined, lang: Language): string | undefined {
  if (!stored) return undefined;
  const failures = Object.keys(stored.statuses).filter((id) => stored.statuses[id] === 'fail');
  if (failures.length === 0) return undefined;
  const fallbacks = fallbacksOf(stored);
  const covered = new Set<string>();
  const lines = [noticeText('noticeIntro', lang, { at: shownTime(stored.at) })];
  if (fallbacks.textApostrophe) lines.push(`– ${noticeText('fallbackTextApostrophe', lang)}`);
  if (fallbacks.functionsRefuse) lines.push(`– ${noticeText('fallbackFunctionsRefuse', lang)}`);
  for (const [key, on] of Object.entries(fallbacks)) {
    if (on) for (const id of FALLBACK_PROBES[key as keyof Fallbacks]) covered.add(id);
  }
  const others = failures.filter((id) => !covered.has(id));
  if (others.length > 0) lines.push(noticeText('otherFailures', lang, { probes: others.join(', ') }));
  return lines.join('\n');
}
