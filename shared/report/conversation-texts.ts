// Texts of the personal report's conversation sections (second view, points to discuss, plan, agreements) in Dutch and English.

import type { Language, Localized } from '../i18n/language';
import { fillTemplate, type MessageParams } from '../i18n/message';

export const CONVERSATION_REPORT_TEXTS = {
  instrument: {
    nl: 'Dit gespreksdocument is een ontwikkelinstrument, geen beoordeling: het helpt om samen te bespreken waar je staat, waar je naartoe wilt en wie daarbij helpt. Zelfscan en tweede blik staan naast elkaar; ze worden nooit gemiddeld.',
    en: 'This conversation document is a development instrument, not an appraisal: it helps you discuss together where you stand, where you want to go and who helps. Self-scan and second view stand side by side; they are never averaged.',
  },
  discuss: { nl: 'Om te bespreken', en: 'To discuss' },
  discussNote: {
    nl: 'Zelfscan en tweede blik liggen hier 2 niveaus of meer uit elkaar.',
    en: 'Here the self-scan and the second view are 2 levels or more apart.',
  },
  discussNone: {
    nl: 'Zelfscan en tweede blik liggen nergens 2 niveaus of meer uit elkaar.',
    en: 'The self-scan and the second view are nowhere 2 levels or more apart.',
  },
  discussMoreBold: {
    nl: 'en nog {count}: vet in de lijst per competentie hieronder',
    en: 'and {count} more: in bold in the list per competency below',
  },
  discussMore: {
    nl: 'en nog {count} (zelf/tweede blik): {list}',
    en: 'and {count} more (self/second view): {list}',
  },
  discussLine: { nl: '{what}: zelf {self}, tweede blik {second}', en: '{what}: self {self}, second view {second}' },
  sideBySide: { nl: 'Zelf en tweede blik', en: 'Self and second view' },
  area: { nl: 'Gebied', en: 'Area' },
  competency: { nl: 'Competentie', en: 'Competency' },
  self: { nl: 'Zelf', en: 'Self' },
  second: { nl: 'Tweede blik', en: 'Second view' },
  secondBy: { nl: 'Tweede blik door {rater}', en: 'Second view by {rater}' },
  itemsNote: {
    nl: 'Per competentie: zelf/tweede blik; vet: 2 niveaus of meer verschil.',
    en: 'Per competency: self/second view; bold: 2 levels or more apart.',
  },
  noSecondView: {
    nl: 'Er is (nog) geen tweede blik voor deze persoon.',
    en: 'There is no second view for this person (yet).',
  },
  plan: { nl: 'Ontwikkelplan', en: 'Development plan' },
  planNone: {
    nl: 'Nog geen doelen. Kies er samen een paar uit de groeipunten en ontwikkelwensen.',
    en: 'No goals yet. Choose a few together from the growth points and development wishes.',
  },
  planWhat: { nl: 'Doel', en: 'Goal' },
  planNow: { nl: 'Nu', en: 'Now' },
  planGoal: { nl: 'Naar', en: 'To' },
  planAction: { nl: 'Actie', en: 'Action' },
  planWith: { nl: 'Met wie', en: 'With whom' },
  planWhen: { nl: 'Wanneer', en: 'When' },
  planStatus: { nl: 'Status', en: 'Status' },
  reached: { nl: 'bereikt', en: 'reached' },
  open: { nl: 'open', en: 'open' },
  reachedSince: {
    nl: 'Sinds {since}: {count} van {total} doelen bereikt.',
    en: 'Since {since}: {count} of {total} goals reached.',
  },
  agreements: { nl: 'Afspraken', en: 'Agreements' },
  agreementsNote: {
    nl: 'Wat we afspreken, wie wat doet en wanneer we elkaar weer spreken.',
    en: 'What we agree, who does what and when we meet again.',
  },
  nextMeeting: { nl: 'Volgend gesprek:', en: 'Next conversation:' },
  notApplicable: { nl: 'n.v.t.', en: 'n/a' },
} satisfies Record<string, Localized>;

export type ConversationReportTextKey = keyof typeof CONVERSATION_REPORT_TEXTS;

export function conversationText(key: ConversationReportTextKey, lang: Language, params: MessageParams = {}): string {
  return fillTemplate(CONVERSATION_REPORT_TEXTS[key][lang], params);
}
