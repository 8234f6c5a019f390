// Table headers and explanations the formulas write into cells, in Dutch and English.

import type { Localized } from '../i18n/language';

export const FORMULA_TEXTS = {
  area: { nl: 'Gebied', en: 'Area' },
  covered: { nl: 'Gedekt', en: 'Covered' },
  advanced: { nl: 'Gevorderd+', en: 'Advanced+' },
  expert: { nl: 'Expert', en: 'Expert' },
  scanned: { nl: 'Gescand', en: 'Scanned' },
  status: { nl: 'Status', en: 'Status' },
  kind: { nl: 'Soort', en: 'Kind' },
  explanation: { nl: 'Toelichting', en: 'Explanation' },
  name: { nl: 'Naam', en: 'Name' },
  basisLevel: { nl: 'Basisniveau', en: 'Basic level' },
  id: { nl: 'ID', en: 'ID' },
  type: { nl: 'Type', en: 'Type' },
  description: { nl: 'Omschrijving', en: 'Description' },
  scope: { nl: 'Bereik', en: 'Scope' },
  group: { nl: 'Onderdeel', en: 'Part' },
  scopeEveryone: { nl: 'iedereen', en: 'everyone' },
  scopeNetwork: { nl: 'netwerk', en: 'network' },
  kindGap: { nl: 'gat', en: 'gap' },
  kindVulnerable: { nl: 'kwetsbaar', en: 'vulnerable' },
  kindBasis: { nl: 'basis', en: 'basics' },
  kindBlindSpot: { nl: 'blinde vlek', en: 'blind spot' },
  kindNone: { nl: 'geen', en: 'none' },
  kindNotScanned: { nl: 'nog niet gescand', en: 'not scanned yet' },
  notScannedText: {
    nl: 'Niemand heeft hier al een niveau: geen gat, scan het team hierop.',
    en: 'Nobody has a level here yet: not a gap, scan the team on it.',
  },
  gapText: {
    nl: 'Niemand op niveau {threshold} of hoger.',
    en: 'Nobody at level {threshold} or above.',
  },
  vulnerableText: {
    nl: '{covered} van de {target} nodige personen: {names}. Eén afwezige verder is het een gat.',
    en: '{covered} of the {target} people needed: {names}. One absence away from a gap.',
  },
  candidatesText: { nl: ' Kandidaten: {names}.', en: ' Candidates: {names}.' },
  basisBelowText: {
    nl: 'Onder niveau {threshold}: {names}.',
    en: 'Below level {threshold}: {names}.',
  },
  basisNobodyText: {
    nl: 'Nog niemand gescand op dit basisgebied.',
    en: 'Nobody scanned on this basic area yet.',
  },
  missingText: { nl: ' Niet gescand: {names}.', en: ' Not scanned: {names}.' },
  blindSpotText: {
    nl: '{text} (niemand op niveau {threshold} of hoger)',
    en: '{text} (nobody at level {threshold} or above)',
  },
  noGapsText: {
    nl: 'Geen hiaten: elk gebied is gedekt en elke competentie wordt beheerst.',
    en: 'No gaps: every area is covered and every competency is mastered.',
  },
  areaRow: { nl: 'Gebied', en: 'Area' },
  areas: { nl: 'Gebieden', en: 'Areas' },
  competencies: { nl: 'Competenties', en: 'Competencies' },
  learner: { nl: 'Leerder', en: 'Learner' },
  mentor: { nl: 'Begeleider', en: 'Mentor' },
  coveredBefore: { nl: 'Gedekt eerder', en: 'Covered before' },
  coveredNow: { nl: 'Gedekt nu', en: 'Covered now' },
  change: { nl: 'Verschil', en: 'Change' },
  statusBefore: { nl: 'Status eerder', en: 'Status before' },
  statusNow: { nl: 'Status nu', en: 'Status now' },
  // VOORTGANG's row for the development plan's goals, when it is given one.
  goalsReached: { nl: 'Doelen bereikt sinds eerder', en: 'Goals reached since before' },
  goalsOf: { nl: '{reached} van {total}', en: '{reached} of {total}' },
  notInMatrix: { nl: 'Niet in de matrix: {names}', en: 'Not in the matrix: {names}' },
  // ONTWIKKELPLAN's columns: the plan sheet's own headers (analysis/conversation/texts.ts) without Naam and Status.
  // A copy on purpose: any reference from here to that table keeps all of it in the task pane and the server.
  competency: { nl: 'Competentie', en: 'Competency' },
  now: { nl: 'Nu', en: 'Now' },
  goal: { nl: 'Doel', en: 'Goal' },
  action: { nl: 'Actie', en: 'Action' },
  withWhom: { nl: 'Met wie', en: 'With whom' },
  when: { nl: 'Wanneer', en: 'When' },
  notCounted: { nl: 'Niet meegeteld: {cells}', en: 'Not counted: {cells}' },
  notCountedMore: { nl: ' en {count} meer', en: ', and {count} more' },
} satisfies Record<string, Localized>;
