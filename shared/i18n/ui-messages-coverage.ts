// The Dekking part's texts in Dutch and English: coverage, insights, legend, formula helper, statuses.

import type { Localized } from './language';

export const COVERAGE_MESSAGES = {
  coverageIntro: {
    nl: 'Dekking van het team, berekend zoals de formules DEKKING en HIATEN dat doen.',
    en: 'The team’s coverage, computed as the DEKKING and HIATEN formulas do.',
  },
  coverageSettings: {
    nl: 'Drempel {threshold} · doel {target} · {scanned} van {people} gescand',
    en: 'Threshold {threshold} · target {target} · {scanned} of {people} scanned',
  },
  refresh: { nl: 'Vernieuwen', en: 'Refresh' },
  updatedAt: { nl: 'bijgewerkt {time}', en: 'updated {time}' },
  heatMap: { nl: 'Niveaus per persoon en gebied', en: 'Levels per person and area' },
  heatPerson: { nl: 'Naam', en: 'Name' },
  heatCell: { nl: '{name}, {area}: {level}', en: '{name}, {area}: {level}' },
  coveredCount: { nl: '{covered} gedekt, {scanned} gescand', en: '{covered} covered, {scanned} scanned' },
  findings: { nl: 'Aandachtspunten', en: 'Points of attention' },
  noFindings: {
    nl: 'Geen gaten, kwetsbare gebieden of blinde vlekken.',
    en: 'No gaps, vulnerable areas or blind spots.',
  },
  basisGaps: {
    nl: 'Basis: onder de drempel of nog niet gescand',
    en: 'Basics: below the threshold or not scanned yet',
  },
  basisBelow: { nl: '{area}: {names}', en: '{area}: {names}' },
  basisMissing: { nl: 'nog niet gescand: {names}', en: 'not scanned yet: {names}' },
  blindSpots: { nl: 'Blinde vlekken', en: 'Blind spots' },
  blindSpotsHint: {
    nl: 'Competenties die niemand op de drempel beheerst.',
    en: 'Competencies nobody masters at the threshold.',
  },
  candidates: { nl: 'Kandidaten om te ontwikkelen', en: 'Candidates to develop' },
  candidatesFor: { nl: '{area} ({status}): {names}', en: '{area} ({status}): {names}' },
  candidatesNoWish: {
    nl: '{area} ({status}): nog niemand heeft hier een ontwikkelwens',
    en: '{area} ({status}): nobody has a development wish here yet',
  },
  stepPair: {
    nl: 'Volgende stap: {learner} wil groeien in {area}; {mentor} kan meekijken.',
    en: 'Next step: {learner} wants to grow in {area}; {mentor} can mentor.',
  },
  stepOutside: {
    nl: 'Volgende stap: {learner} wil groeien in {area}; zoek een mentor buiten het team.',
    en: 'Next step: {learner} wants to grow in {area}; find a mentor outside the team.',
  },
  stepAsk: {
    nl: 'Volgende stap: vraag {name}, die het dichtst bij de drempel zit, of {area} een ontwikkelwens is.',
    en: 'Next step: ask {name}, closest to the threshold, whether {area} is a development wish.',
  },
  stepRecruit: {
    nl: 'Volgende stap: niemand in het team zit in de buurt; zoek {area} buiten het team.',
    en: 'Next step: nobody in the team is close; look outside the team for {area}.',
  },
  stepScan: {
    nl: 'Volgende stap: scan het team op {area}.',
    en: 'Next step: scan the team on {area}.',
  },
  riskOrder: {
    nl: 'Gaten en kwetsbare gebieden, hoogste risico eerst',
    en: 'Gaps and vulnerable areas, highest risk first',
  },
  riskLine: { nl: 'Risico {risk} van 9: {doers}; {teachers}.', en: 'Risk {risk} of 9: {doers}; {teachers}.' },
  riskDoersNone: { nl: 'niemand haalt de drempel', en: 'nobody reaches the threshold' },
  riskDoersFew: {
    nl: 'de drempel gehaald door {covered} van de {target} nodige mensen',
    en: 'the threshold reached by {covered} of the {target} people needed',
  },
  riskTeachersNone: { nl: 'niemand is expert om het door te geven', en: 'nobody is an expert to pass it on' },
  riskTeachersOne: { nl: 'één expert kan het doorgeven', en: 'one expert can pass it on' },
  riskTeachersMany: { nl: '{experts} experts kunnen het doorgeven', en: '{experts} experts can pass it on' },
  keyPeople: { nl: 'Sleutelpersonen', en: 'Key people' },
  keyPeopleHint: {
    nl: 'Wie het team niet kan missen: valt iemand weg, dan daalt de dekking van een gebied of beheerst niemand meer een competentie.',
    en: 'Who the team cannot miss: without them an area’s coverage drops, or nobody masters a competency any more.',
  },
  keyPeopleNone: {
    nl: 'Geen sleutelpersonen: bij niemands afwezigheid daalt de dekking.',
    en: 'No key people: nobody’s absence lowers the coverage.',
  },
  keyPersonAreas: { nl: '{name} — nodig voor de dekking van {areas}', en: '{name} — needed to cover {areas}' },
  keyPersonItems: { nl: '{name} — beheerst als enige:', en: '{name} — the only one who masters:' },
  keyPersonBoth: {
    nl: '{name} — nodig voor de dekking van {areas}; beheerst als enige:',
    en: '{name} — needed to cover {areas}; the only one who masters:',
  },
  keyPersonMore: { nl: 'en {count} meer', en: 'and {count} more' },
  pairs: { nl: 'Leerkoppels', en: 'Learning pairs' },
  pairsHint: {
    nl: 'Wie zich in een gebied wil ontwikkelen, met een collega die het al ruim beheerst (hoogstens {limit} per begeleider).',
    en: 'Who wants to develop in an area, with a colleague who masters it well (at most {limit} per mentor).',
  },
  pairsNone: {
    nl: 'Geen leerkoppels: er is geen ontwikkelwens voor een netwerkgebied dat iemand nog niet dekt.',
    en: 'No learning pairs: nobody has a development wish for a network area they do not cover yet.',
  },
  pairMentor: { nl: '{area}: {learner} leert van {mentor}', en: '{area}: {learner} learns from {mentor}' },
  pairOutside: {
    nl: '{area}: {learner} — {reason}: buiten het team zoeken',
    en: '{area}: {learner} — {reason}: look outside the team',
  },
  areaNorm: { nl: 'drempel {threshold} · doel {target}', en: 'threshold {threshold} · target {target}' },
  areaNormEveryone: { nl: 'drempel {threshold}', en: 'threshold {threshold}' },
  areaNormOwn: { nl: 'eigen norm', en: 'own norm' },
  heatNorm: { nl: '{area}: {status}; {norm}', en: '{area}: {status}; {norm}' },
  legend: { nl: 'Legenda', en: 'Legend' },
  legendLevels: { nl: 'Kleur in de tabel: niveau', en: 'Colour in the table: level' },
  legendEmpty: { nl: 'leeg: nog niet gescand', en: 'empty: not scanned yet' },
  legendCovered: {
    nl: 'gedekt: genoeg mensen op of boven de drempel',
    en: 'covered: enough people at or above the threshold',
  },
  legendVulnerable: {
    nl: 'kwetsbaar: gedekt door minder mensen dan het doel',
    en: 'vulnerable: covered by fewer people than the target',
  },
  legendGap: {
    nl: 'gat: gescand, maar niemand haalt de drempel (basis: iemand zit eronder)',
    en: 'gap: scanned, but nobody reaches the threshold (basics: someone is below it)',
  },
  legendNotScanned: {
    nl: 'niet gescand: niemand heeft hier een niveau',
    en: 'not scanned: nobody has a level here',
  },
  legendWish: { nl: '(ontwikkelwens): wil zich hierin ontwikkelen', en: '(development wish): wants to develop here' },
  wishMark: { nl: 'ontwikkelwens', en: 'development wish' },
  nobody: { nl: 'niemand', en: 'nobody' },
  formulaHelper: { nl: 'Formule invoegen', en: 'Insert a formula' },
  formulaHelperHint: {
    nl: 'Zet een Teamscan-formule in de actieve cel als die leeg is en buiten de Teammatrix ligt; ze rekent mee als de matrix verandert.',
    en: 'Put a Teamscan formula in the active cell when it is empty and outside the Teammatrix; it follows the matrix as it changes.',
  },
  formulaPerCellAdvice: {
    nl: 'Deze functie geeft één waarde per cel. Voor het hele team is één formule die een tabel uitspreidt (DEKKING, HIATEN, SLEUTELPERSONEN) beter dan deze functie in elke cel: elke cel is een eigen aanroep, die bij elke herberekening opnieuw moet lezen en rekenen (in Google Sheets een eigen uitvoering op de server), zodat honderden cellen het blad traag maken.',
    en: 'This function gives one value per cell. For the whole team one formula that spills a table (COVERAGE, GAPS, KEYPEOPLE) is better than this function in every cell: each cell is a call of its own that reads and computes again at every recalculation (in Google Sheets its own run on the server), so hundreds of cells make the sheet slow.',
  },
  formulaFunction: { nl: 'Functie', en: 'Function' },
  formulaArea: { nl: 'Gebied', en: 'Area' },
  formulaPerson: { nl: 'Persoon', en: 'Person' },
  formulaText: { nl: 'Formule', en: 'Formula' },
  formulaInsert: { nl: 'In actieve cel zetten', en: 'Put in active cell' },
  formulaInserted: { nl: 'Formule gezet in {cell}.', en: 'Formula put in {cell}.' },
  formulaSpotMatrix: {
    nl: '{cell} ligt in de Teammatrix; daar zet Teamscan geen formule.',
    en: '{cell} is in the Teammatrix; Teamscan puts no formula there.',
  },
  formulaSpotOccupied: {
    nl: 'De formule heeft {rows} × {columns} lege cellen nodig vanaf {cell}, maar daar staat al iets; Teamscan schrijft daar niet overheen.',
    en: 'The formula needs {rows} × {columns} empty cells from {cell}, but something is there already; Teamscan does not write over it.',
  },
  formulaSpotPropose: { nl: 'Zetten in {cell}, de eerste vrije plek?', en: 'Put it in {cell}, the first free spot?' },
  formulaNoSpot: {
    nl: 'Selecteer een lege cel buiten de Teammatrix en probeer opnieuw.',
    en: 'Select an empty cell outside the Teammatrix and try again.',
  },
  formulaSpotYes: { nl: 'Daar zetten', en: 'Put it there' },
  formulaSpotNo: { nl: 'Annuleren', en: 'Cancel' },
  formulaSpotTaken: {
    nl: '{cell} is intussen niet meer leeg; er is niets geschreven.',
    en: '{cell} is no longer empty; nothing was written.',
  },
  formulaUndo: { nl: 'Ongedaan maken', en: 'Undo' },
  formulaUndone: { nl: 'Formule weggehaald uit {cell}.', en: 'Formula removed from {cell}.' },
  formulaUndoKept: {
    nl: 'In {cell} staat nu iets anders dan de formule; Teamscan laat die cel staan zoals hij is.',
    en: '{cell} now holds something other than the formula; Teamscan leaves that cell as it is.',
  },
  formulaSpotReserved: {
    nl: '{cell}: hier groeit {table} ({anchor}) naar toe; daar zet Teamscan geen formule.',
    en: '{cell}: {table} ({anchor}) grows into this spot; Teamscan puts no formula there.',
  },
  status_gedekt: { nl: 'gedekt', en: 'covered' },
  status_kwetsbaar: { nl: 'kwetsbaar', en: 'vulnerable' },
  status_gat: { nl: 'gat', en: 'gap' },
  status_notScanned: { nl: 'niet gescand', en: 'not scanned' },
  scopeEveryone: { nl: 'iedereen', en: 'everyone' },
  scopeNetwork: { nl: 'netwerk', en: 'network' },
} satisfies Record<string, Localized>;
