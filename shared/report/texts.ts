// The reports' texts in Dutch and English: development language, never judgement (docs/design.md#1-who-uses-teamscan, docs/design.md#12-rounds-history-and-reports).

import type { Language, Localized } from '../i18n/language';
import { fillTemplate, type MessageParams } from '../i18n/message';

export const REPORT_TEXTS = {
  teamTitle: { nl: 'Teamscan — teambeeld', en: 'Teamscan — team picture' },
  personalTitle: { nl: 'Teamscan — gespreksdocument', en: 'Teamscan — conversation document' },
  anonymousTitle: { nl: 'Teamscan — teambeeld (anoniem)', en: 'Teamscan — team picture (anonymous)' },
  intro: {
    nl: 'Een ontwikkelinstrument: wat het team samen dekt en waar het kan groeien.',
    en: 'A development instrument: what the team covers together and where it can grow.',
  },
  personalIntro: {
    nl: 'Voor het ontwikkelgesprek: sterktes, ontwikkelwensen en wie je daarbij kan helpen.',
    en: 'For the development conversation: strengths, development wishes and who can help you with them.',
  },
  meta: {
    nl: 'Profiel {profile} · {people} mensen, {scanned} gescand · drempel {threshold}, doel {target} · {date}',
    en: 'Profile {profile} · {people} people, {scanned} scanned · threshold {threshold}, target {target} · {date}',
  },
  ownNorms: { nl: 'eigen normen: {list}', en: 'own norms: {list}' },
  ownNorm: { nl: '{area} drempel {threshold}, doel {target}', en: '{area} threshold {threshold}, target {target}' },
  ownNormEveryone: { nl: '{area} drempel {threshold}', en: '{area} threshold {threshold}' },
  coverage: { nl: 'Dekking per gebied', en: 'Coverage per area' },
  coverageNote: {
    nl: 'Balk: hoeveel mensen het gebied dekken; streep: het doel.',
    en: 'Bar: how many people cover the area; line: the target.',
  },
  bandNote: {
    nl: 'Een gemiddelde heeft de kleur van het niveau waar het in valt: 1,6 is nog 1 in ontwikkeling.',
    en: 'An average has the colour of the level it falls in: 1.6 is still 1 developing.',
  },
  heatMap: { nl: 'Niveaus per persoon', en: 'Levels per person' },
  distribution: { nl: 'Niveaus per gebied (aantal mensen)', en: 'Levels per area (number of people)' },
  attention: { nl: 'Aandacht nodig (hoogste risico eerst)', en: 'Needs attention (highest risk first)' },
  noAttention: { nl: 'Elk gebied is gedekt.', en: 'Every area is covered.' },
  risk: { nl: 'risico {risk} van 9', en: 'risk {risk} of 9' },
  covered: { nl: '{covered} van {target} gedekt', en: '{covered} of {target} covered' },
  keyPeople: { nl: 'Sleutelpersonen', en: 'Key people' },
  keyPeopleNote: {
    nl: 'Mensen zonder wie een gebied minder gedekt is, of die een competentie als enige beheersen.',
    en: 'People without whom an area is less covered, or who alone hold a competency.',
  },
  noKeyPeople: { nl: 'Niemand is onmisbaar: het team vangt elkaar op.', en: 'Nobody is indispensable.' },
  keyFor: { nl: 'sleutel voor {areas}', en: 'key for {areas}' },
  holdsAlone: { nl: 'als enige:', en: 'alone:' },
  pairs: { nl: 'Leerkoppels', en: 'Learning pairs' },
  noPairs: { nl: 'Geen ontwikkelwensen waar een koppel bij hoort.', en: 'No development wishes to pair.' },
  outside: { nl: '{reason}: zoek buiten het team', en: '{reason}: look outside the team' },
  progress: { nl: 'Voortgang sinds {since}', en: 'Progress since {since}' },
  progressRow: { nl: '{area}: {before} → {now} gedekt', en: '{area}: {before} → {now} covered' },
  joined: { nl: 'Erbij: {names}', en: 'Joined: {names}' },
  left: { nl: 'Vertrokken: {names}', en: 'Left: {names}' },
  progressGroup: {
    nl: '{area}: {before} → {now} gedekt (van de {group} mensen die in beide rondes gescand zijn)',
    en: '{area}: {before} → {now} covered (of the {group} people scanned in both rounds)',
  },
  progressBothNote: {
    nl: 'Alleen wie in beide rondes gescand is op een gebied telt mee voor de voortgang op dat gebied.',
    en: 'Only the people scanned on an area in both rounds count for the progress on that area.',
  },
  movesCount: { nl: '{joined} erbij, {left} vertrokken', en: '{joined} joined, {left} left' },
  minGroupNote: {
    nl: 'Elk getal gaat over minstens {minimum} mensen; wat over minder mensen zou gaan, staat er niet in.',
    en: 'Every figure is over at least {minimum} people; what would be over fewer people is left out.',
  },
  withheldScanned: {
    nl: 'te weinig mensen gescand om te tonen (minder dan {minimum})',
    en: 'too few people scanned to show (fewer than {minimum})',
  },
  withheldBoth: {
    nl: 'te weinig mensen in beide rondes gescand om te tonen (minder dan {minimum})',
    en: 'too few people scanned in both rounds to show (fewer than {minimum})',
  },
  withheldDifference: {
    nl: 'niet getoond: minder dan {minimum} mensen zijn alleen nu gescand, dus het verschil zou over hen gaan',
    en: 'not shown: fewer than {minimum} people are scanned only now, so the difference would be about them',
  },
  withheldColleagues: {
    nl: 'te weinig collega’s gescand om te vergelijken (minder dan {minimum})',
    en: 'too few colleagues scanned to compare (fewer than {minimum})',
  },
  you: { nl: 'Jij', en: 'You' },
  teamAverage: { nl: 'Teamgemiddelde', en: 'Team average' },
  yourLevels: { nl: 'Jouw niveau per gebied', en: 'Your level per area' },
  strengths: { nl: 'Sterktes', en: 'Strengths' },
  noStrengths: {
    nl: 'Nog geen gebied of competentie op gevorderd niveau: ruimte om te groeien.',
    en: 'No area or competency at advanced level yet: room to grow.',
  },
  strongAreas: { nl: 'Gebieden op gevorderd niveau', en: 'Areas at advanced level' },
  itemStrengthsOne: {
    nl: '{area}: 1 competentie op 3 of hoger',
    en: '{area}: 1 competency at 3 or higher',
  },
  itemStrengths: {
    nl: '{area}: {count} competenties op 3 of hoger',
    en: '{area}: {count} competencies at 3 or higher',
  },
  moreItems: { nl: 'en nog {count}:', en: 'and {count} more:' },
  growth: { nl: 'Groeipunten', en: 'Growth points' },
  growthFromWishes: {
    nl: 'Competenties op 0 of 1 in de gebieden waarin je je wilt ontwikkelen.',
    en: 'Competencies at 0 or 1 in the areas you wish to develop in.',
  },
  growthLowest: {
    nl: 'Je competenties met het laagste niveau (geen op 0 of 1 in een ontwikkelwens).',
    en: 'Your competencies at the lowest level (none at 0 or 1 in a development wish).',
  },
  blindSpots: { nl: 'Blinde vlekken', en: 'Blind spots' },
  blindSpotsNote: {
    nl: 'Competenties die niemand op de drempel van het gebied beheerst, ook waar het gebied gemiddeld gedekt is.',
    en: 'Competencies nobody holds at the area’s threshold, even where the area is covered on average.',
  },
  wishes: { nl: 'Ontwikkelwensen', en: 'Development wishes' },
  noWishes: { nl: 'Nog geen ontwikkelwens aangegeven.', en: 'No development wish marked yet.' },
  yourPairs: { nl: 'Leren van en met collega’s', en: 'Learning from and with colleagues' },
  learnsFrom: { nl: '{area}: samen met {mentor}', en: '{area}: together with {mentor}' },
  learnsOutside: {
    nl: '{area}: {reason}; zoek begeleiding buiten het team',
    en: '{area}: {reason}; look for a mentor outside the team',
  },
  canMentorOne: {
    nl: '{area}: je kunt een collega op weg helpen',
    en: '{area}: you can help a colleague',
  },
  canMentor: {
    nl: '{area}: je kunt {count} collega’s op weg helpen',
    en: '{area}: you can help {count} colleagues',
  },
  yourKey: { nl: 'Waar het team op je rekent', en: 'Where the team counts on you' },
  notes: { nl: 'Aantekeningen', en: 'Notes' },
  notScanned: { nl: 'niet gescand', en: 'not scanned' },
  source: { nl: 'Bron: {source} · Licentie: {licence}', en: 'Source: {source} · Licence: {licence}' },
  level: { nl: 'niveau', en: 'level' },
  area: { nl: 'Gebied', en: 'Area' },
  name: { nl: 'Naam', en: 'Name' },
} satisfies Record<string, Localized>;

export type ReportTextKey = keyof typeof REPORT_TEXTS;

export function reportText(key: ReportTextKey, lang: Language, params: MessageParams = {}): string {
  return fillTemplate(REPORT_TEXTS[key][lang], params);
}
