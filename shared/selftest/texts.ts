// The self-test's words, nl and en: the result text and the self-test block (the panel's own are in notice.ts).

import { fillTemplate, type MessageParams } from '../i18n/keyed-error';
import type { Language, Localized } from '../i18n/language';

export const SELF_TEST_TEXTS = {
  title: { nl: 'Teamscan-zelftest', en: 'Teamscan self-test' },
  intro: {
    nl: 'De zelftest probeert in een tijdelijk blad (dat hij weer verwijdert) wat alleen deze host kan laten zien. Je eigen bladen blijven onaangeroerd; het duurt minder dan een minuut.',
    en: 'The self-test tries out, in a temporary sheet it removes again, what only this host can show. Your own sheets are left alone; it takes less than a minute.',
  },
  start: { nl: 'Zelftest starten', en: 'Run the self-test' },
  running: { nl: 'Bezig: {done} van {total} ({probe})', en: 'Running: {done} of {total} ({probe})' },
  finished: { nl: 'Klaar: {pass} goed, {fail} fout, {na} n.v.t.', en: 'Done: {pass} passed, {fail} failed, {na} n/a' },
  copy: { nl: 'Kopiëren', en: 'Copy' },
  copied: { nl: 'Gekopieerd', en: 'Copied' },
  copyFailed: {
    nl: 'Kopiëren lukte niet: selecteer de tekst en kopieer hem zelf (Ctrl+C).',
    en: 'Copying did not work: select the text and copy it yourself (Ctrl+C).',
  },
  sendTo: {
    nl: 'Stuur dit naar {tracker}, met wat je deed en wat je zag.',
    en: 'Send this to {tracker}, with what you did and what you saw.',
  },
  failedToRun: { nl: 'De zelftest liep niet: {reason}', en: 'The self-test did not run: {reason}' },
  host: {
    nl: 'Host: {host} · versie {version} · platform {platform} · taal {locale} · Teamscan {product}',
    en: 'Host: {host} · version {version} · platform {platform} · language {locale} · Teamscan {product}',
  },
  when: { nl: 'Gedraaid: {at}, {seconds} s', en: 'Run: {at}, {seconds} s' },
  summary: {
    nl: 'Uitkomst: {pass} goed, {fail} fout, {na} n.v.t.',
    en: 'Outcome: {pass} passed, {fail} failed, {na} n/a',
  },
  expected: { nl: 'verwacht', en: 'expected' },
  saw: { nl: 'gezien', en: 'saw' },
  why: { nl: 'waarom', en: 'why' },
  statusPass: { nl: 'goed', en: 'pass' },
  statusFail: { nl: 'fout', en: 'fail' },
  statusNa: { nl: 'n.v.t.', en: 'n/a' },
  cleanupDone: { nl: 'Tijdelijk blad: verwijderd', en: 'Temporary sheet: removed' },
  cleanupFailed: {
    nl: 'Tijdelijk blad: NIET verwijderd ({error}); verwijder het blad dat met "Teamscan-zelftest" begint zelf',
    en: 'Temporary sheet: NOT removed ({error}); remove the sheet whose name starts with "Teamscan-zelftest" yourself',
  },
} satisfies Record<string, Localized>;

export type SelfTestTextKey = keyof typeof SELF_TEST_TEXTS;

export function selfTestText(key: SelfTestTextKey, lang: Language, params: MessageParams = {}): string {
  return fillTemplate(SELF_TEST_TEXTS[key][lang], params);
}

/** A probe's text in a language: a plain string is the same in both. */
export function inLanguage(text: string | Localized, lang: Language): string {
  return typeof text === 'string' ? text : text[lang];
}
