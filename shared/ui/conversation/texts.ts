// The Scan part's texts for the development conversation in Dutch and English: the view switch, both views side by side, the plan.

import type { Localized } from '../../i18n/language';

export const TALK_MESSAGES = {
  viewSwitch: { nl: 'Welke blik', en: 'Which view' },
  viewSelf: { nl: 'Zelf', en: 'Self' },
  viewSecond: { nl: 'Tweede blik', en: 'Second view' },
  viewDirty: {
    nl: 'Sla eerst op (of zet de antwoorden terug) voordat u van blik wisselt.',
    en: 'Save first (or undo the answers) before you switch views.',
  },
  secondIntro: {
    nl: 'U vult de tweede blik op {name} in: dit komt op het blad Tweede blik, de Teammatrix blijft zoals hij is.',
    en: 'You are filling in the second view of {name}: it goes on the sheet Tweede blik, the Teammatrix stays as it is.',
  },
  raterLabel: { nl: 'Tweede blik door', en: 'Second view by' },
  raterHint: {
    nl: 'Uw naam, als collega of leidinggevende; wordt met de rij opgeslagen.',
    en: 'Your name, as a colleague or team lead; saved with the row.',
  },
  secondMissing: {
    nl: '{name} staat nog niet op het blad Tweede blik. Kies Profiel invoegen om het blad bij te werken.',
    en: '{name} is not on the sheet Tweede blik yet. Choose Insert profile to bring the sheet up to date.',
  },
  compareTitle: { nl: 'Zelf en tweede blik', en: 'Self and second view' },
  compareBy: { nl: 'Tweede blik door {rater}.', en: 'Second view by {rater}.' },
  compareNone: {
    nl: 'Voor {name} is nog geen tweede blik ingevuld.',
    en: 'No second view has been filled in for {name} yet.',
  },
  compareNever: {
    nl: 'Beide blikken staan naast elkaar; Teamscan middelt ze nooit.',
    en: 'Both views side by side; Teamscan never averages them.',
  },
  compareDiscuss: { nl: 'Om te bespreken', en: 'To discuss' },
  compareDiscussNone: {
    nl: 'Geen verschillen van 2 niveaus of meer.',
    en: 'No differences of 2 levels or more.',
  },
  compareDiscussLine: {
    nl: '{what}: zelf {self}, tweede blik {second}',
    en: '{what}: self {self}, second view {second}',
  },
  compareWhat: { nl: 'Gebied', en: 'Area' },
  compareSelf: { nl: 'Zelf', en: 'Self' },
  compareSecond: { nl: 'Tweede blik', en: 'Second view' },
  compareItems: { nl: 'Per competentie', en: 'Per competency' },
  planTitle: { nl: 'Ontwikkelplan', en: 'Development plan' },
  planOpen: { nl: 'Open doelen', en: 'Open goals' },
  planNone: { nl: 'Nog geen open doelen voor {name}.', en: 'No open goals for {name} yet.' },
  planReached: {
    nl: 'Bereikt volgens de Teammatrix: {count} van {total}.',
    en: 'Reached according to the Teammatrix: {count} of {total}.',
  },
  planGoalLine: { nl: '{what}: nu {now}, doel {goal}', en: '{what}: now {now}, goal {goal}' },
  planWith: { nl: 'met {who}', en: 'with {who}' },
  planWhen: { nl: 'wanneer: {when}', en: 'when: {when}' },
  planNotScanned: { nl: 'nog niet gescand', en: 'not scanned yet' },
  planSuggestions: { nl: 'Voorstellen', en: 'Suggestions' },
  planSuggestionsIntro: {
    nl: 'Groeipunten in de gebieden waarin {name} zich wil ontwikkelen; met wie: de begeleider uit de leerkoppels.',
    en: 'Growth points in the areas {name} wishes to develop in; with whom: the mentor from the learning pairs.',
  },
  planSuggestNone: {
    nl: 'Geen voorstellen: geen groeipunten in een gebied met een ontwikkelwens, of ze staan al in het plan.',
    en: 'No suggestions: no growth points in an area with a development wish, or they are in the plan already.',
  },
  planMore: { nl: 'Nog {count} voorstellen tonen', en: 'Show {count} more suggestions' },
  planAdd: { nl: 'Toevoegen', en: 'Add' },
  planAddLabel: { nl: '{what} toevoegen aan het plan', en: 'Add {what} to the plan' },
  planOwn: { nl: 'Zelf een doel toevoegen', en: 'Add a goal yourself' },
  planWholeArea: { nl: '(het hele gebied)', en: '(the whole area)' },
  planAddGoal: { nl: 'Doel toevoegen', en: 'Add goal' },
  planAdded: { nl: 'Doel toegevoegd aan het blad Ontwikkelplan.', en: 'Goal added to the sheet Ontwikkelplan.' },
  planAddRefused: { nl: 'Het doel is niet toegevoegd', en: 'The goal was not added' },
} satisfies Record<string, Localized>;

export type TalkKey = keyof typeof TALK_MESSAGES;
