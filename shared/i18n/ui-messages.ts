// The side panel's texts in Dutch and English; {name} marks a parameter (filled with fillTemplate).

import type { Localized } from './language';
import { CONVERSATION_UI_MESSAGES } from './ui-messages-conversation';
import { COVERAGE_MESSAGES } from './ui-messages-coverage';
import { REPORT_MESSAGES } from './ui-messages-report';
import { ROUNDS_MESSAGES } from './ui-messages-rounds';

/** The texts of Profiel invoegen and Scan; the Dekking part's are in ui-messages-coverage.ts. */
const PANEL_MESSAGES = {
  appTitle: { nl: 'Teamscan', en: 'Teamscan' },
  outsideTitle: { nl: 'Teamscan', en: 'Teamscan' },
  outsideExcel: {
    nl: 'Dit is het Teamscan-paneel voor Excel. Het werkt alleen in Excel: laad de invoegtoepassing via Invoegen › Invoegtoepassingen › Mijn invoegtoepassingen (of sideload manifest.xml, zie docs/excel.md). Zonder Office proberen? Open de preview op de startpagina van deze server.',
    en: 'This is the Teamscan panel for Excel. It only works inside Excel: load the add-in through Insert › Add-ins › My Add-ins (or sideload manifest.xml, see docs/excel.md). To try it without Office, open the preview on this server’s start page.',
  },
  outsideSheets: {
    nl: 'Dit is het Teamscan-paneel voor Google Sheets. Het werkt alleen in een spreadsheet: open het via het menu Teamscan in Google Sheets (zie docs/google-sheets.md).',
    en: 'This is the Teamscan panel for Google Sheets. It only works inside a spreadsheet: open it from the Teamscan menu in Google Sheets (see docs/google-sheets.md).',
  },
  language: { nl: 'Taal', en: 'Language' },
  languageDutch: { nl: 'Nederlands', en: 'Nederlands (Dutch)' },
  languageEnglish: { nl: 'English (Engels)', en: 'English' },
  tabs: { nl: 'Onderdelen', en: 'Parts' },
  tabInject: { nl: 'Profiel invoegen', en: 'Insert profile' },
  tabScan: { nl: 'Scan', en: 'Scan' },
  tabCoverage: { nl: 'Dekking', en: 'Coverage' },
  loading: { nl: 'Werkboek lezen…', en: 'Reading the workbook…' },
  retry: { nl: 'Opnieuw lezen', en: 'Read again' },
  errorTitle: { nl: 'Dat lukte niet', en: 'That did not work' },
  noMatrix: {
    nl: 'Dit werkboek heeft nog geen Teammatrix. Voeg eerst een profiel in.',
    en: 'This workbook has no Teammatrix yet. Insert a profile first.',
  },
  goInject: { nl: 'Naar Profiel invoegen', en: 'Go to Insert profile' },

  // Profiel invoegen
  injectIntro: {
    nl: 'Zet een competentieprofiel in dit werkboek: een Profiel-blad, een Teammatrix met keuzelijsten en een Dekking-dashboard. Bestaande scans blijven staan.',
    en: 'Put a competency profile into this workbook: a Profiel sheet, a Teammatrix with pickers and a Dekking dashboard. Existing scans are kept.',
  },
  profile: { nl: 'Profiel', en: 'Profile' },
  ownProfile: {
    nl: 'Eigen profieltabel van dit werkboek (blad Profiel)',
    en: 'This workbook’s own profile table (sheet Profiel)',
  },
  ownProfileMissing: {
    nl: 'Het blad Profiel heeft geen profieltabel (kolommen ID, Gebied, Type, Omschrijving).',
    en: 'The Profiel sheet has no profile table (columns ID, Gebied, Type, Omschrijving).',
  },
  profileFacts: {
    nl: '{areas} gebieden · {items} competenties · {licence}',
    en: '{areas} areas · {items} competencies · {licence}',
  },
  detail: { nl: 'Detail', en: 'Detail' },
  detailGebieden: { nl: 'Gebieden — één kolom per gebied (quickscan)', en: 'Areas — one column per area (quickscan)' },
  detailKva: {
    nl: 'K/V/A — per gebied kennis, vaardigheden, attitude',
    en: 'K/S/A — knowledge, skills, attitude per area',
  },
  detailCompetenties: {
    nl: 'Competenties — één kolom per competentie (volledige scan)',
    en: 'Competencies — one column per item (full scan)',
  },
  threshold: { nl: 'Drempel (niveau dat telt als dekking)', en: 'Threshold (level that counts as coverage)' },
  target: { nl: 'Doel (personen per netwerkgebied)', en: 'Target (people per network area)' },
  names: { nl: 'Namen (optioneel, één per regel)', en: 'Names (optional, one per line)' },
  namesHint: {
    nl: 'Plak een kolom uit een ander blad; namen die al in de matrix staan worden niet herhaald.',
    en: 'Paste a column from another sheet; names already in the matrix are not repeated.',
  },
  willCreate: { nl: 'Wat er gebeurt', en: 'What will happen' },
  sheetNew: { nl: '{sheet}: wordt aangemaakt', en: '{sheet}: will be created' },
  sheetReplace: { nl: '{sheet}: wordt opnieuw geschreven', en: '{sheet}: will be rewritten' },
  sheetMerge: {
    nl: '{sheet}: {columns} en {names} erbij; bestaande waarden blijven staan',
    en: '{sheet}: {columns} and {names} added; existing values are kept',
  },
  sheetMergeNew: { nl: '{sheet}: {columns}, {names}', en: '{sheet}: {columns}, {names}' },
  countColumnOne: { nl: '1 kolom', en: '1 column' },
  countColumns: { nl: '{count} kolommen', en: '{count} columns' },
  countNameOne: { nl: '1 naam', en: '1 name' },
  countNames: { nl: '{count} namen', en: '{count} names' },
  sheetOwnProfile: { nl: '{sheet}: blijft zoals het is (eigen profiel)', en: '{sheet}: stays as it is (own profile)' },
  detailPerAreas: { nl: 'gebied', en: 'area' },
  detailPerKva: { nl: 'K/V/A-onderdeel', en: 'K/S/A part' },
  detailPerItems: { nl: 'competentie', en: 'competency' },
  detailChangeKept: {
    nl: 'De Teammatrix heeft nu kolommen per {from}: die blijven staan met hun waarden; de kolommen per {to} komen erachter.',
    en: 'The Teammatrix now has columns per {from}: they stay, with their values; the columns per {to} are added after them.',
  },
  detailChangeAreasFirst: {
    nl: 'De Teammatrix heeft nu kolommen per {from}: die blijven staan met hun waarden; de kolommen per {to} komen erachter. Let op: zolang een gebiedskolom een niveau heeft, telt dat niveau voor het gebied, niet het gemiddelde van de nieuwe kolommen.',
    en: 'The Teammatrix now has columns per {from}: they stay, with their values; the columns per {to} are added after them. Note: while an area column holds a level, that level counts for the area, not the mean of the new columns.',
  },
  namesMerged: { nl: 'Dubbel geplakt, één keer toegevoegd: {list}', en: 'Pasted twice, added once: {list}' },
  namesMergedOne: { nl: '"{pasted}" = {into}', en: '"{pasted}" = {into}' },
  namesKnown: { nl: 'Staan al in de matrix: {names}', en: 'Already in the matrix: {names}' },
  carriedOne: { nl: '1 eigen cel op {sheet} blijft staan', en: '1 cell of your own on {sheet} is kept' },
  carriedMany: {
    nl: '{count} eigen cellen op {sheet} blijven staan',
    en: '{count} cells of your own on {sheet} are kept',
  },
  carriedMove: { nl: '{from} gaat naar {to}', en: '{from} moves to {to}' },
  carriedNorms: {
    nl: 'Eigen normen blijven bij hun gebied: {areas}',
    en: 'Your own norms stay with their area: {areas}',
  },
  carriedNormOrphan: {
    nl: 'De norm in {from} hoort bij {area}, dat dit profiel niet heeft: die blijft staan als eigen cel in {to}',
    en: 'The norm in {from} belongs to {area}, which this profile does not have: it is kept as your own cell in {to}',
  },
  insert: { nl: 'Invoegen', en: 'Insert' },
  inserting: { nl: 'Bezig met invoegen…', en: 'Inserting…' },
  injectPreparing: { nl: 'Invoegen voorbereiden…', en: 'Preparing to insert…' },
  injectLoadAgain: { nl: 'Opnieuw proberen', en: 'Try again' },
  inserted: {
    nl: 'Klaar: {profile} staat in het werkboek. Kies een naam in de Teammatrix en open Scan.',
    en: 'Done: {profile} is in the workbook. Select a name in the Teammatrix and open Scan.',
  },
  goScan: { nl: 'Naar Scan', en: 'Go to Scan' },
  planSheet: { nl: 'Blad {sheet}', en: 'Sheet {sheet}' },

  readProblemsTitleOne: {
    nl: '1 cel niet meegeteld: de rest werkt gewoon',
    en: '1 cell left out: everything else works as usual',
  },
  readProblemsTitle: {
    nl: '{count} cellen niet meegeteld: de rest werkt gewoon',
    en: '{count} cells left out: everything else works as usual',
  },
  readProblemGo: { nl: 'Ga naar {cell}', en: 'Go to {cell}' },

  // Scan
  lastChangesTitle: { nl: 'Laatste wijzigingen', en: 'Last changes' },
  lastChangesNone: { nl: 'Nog geen wijzigingen vastgelegd.', en: 'No changes recorded yet.' },
  lastChangesEmpty: { nl: '(leeg)', en: '(empty)' },
  scanPickRow: {
    nl: 'Selecteer een regel met een naam in de Teammatrix om die persoon te scannen.',
    en: 'Select a row with a name in the Teammatrix to scan that person.',
  },
  scanRowLeftOut: {
    nl: 'Deze regel wordt niet gescand: {problem} Geef een van beide een andere naam, of voeg de regels samen.',
    en: 'This row is not scanned: {problem} Give one of them another name, or merge the rows.',
  },
  scanRow: { nl: 'Regel {row}', en: 'Row {row}' },
  scanNoRole: { nl: 'geen rol ingevuld', en: 'no role filled in' },
  scanProgressTotal: { nl: '{done} van {total} ingevuld', en: '{done} of {total} filled in' },
  scanAreaProgress: { nl: '{done}/{total}', en: '{done}/{total}' },
  scanKeyboardHint: {
    nl: 'Toetsen: {keys} kiest een niveau en gaat door · N n.v.t. · Delete wist · pijltjes schuiven · W ontwikkelwens van dit gebied aan/uit · O volgende open item · Tab verder · Enter op het laatste item of Opslaan: opslaan en door naar de volgende persoon.',
    en: 'Keys: {keys} chooses a level and moves on · N n/a · Delete clears · arrows move the choice · W toggles this area’s development wish · O next open item · Tab moves on · Enter on the last item or Save: save and go to the next person.',
  },
  scanJump: { nl: 'Naar gebied…', en: 'Go to area…' },
  scanNextOpen: { nl: 'Volgende open (O)', en: 'Next open (O)' },
  scanLastPerson: {
    nl: 'Dit was de laatste persoon in de Teammatrix.',
    en: 'This was the last person in the Teammatrix.',
  },
  levelPicker: { nl: 'Niveau voor {item}', en: 'Level for {item}' },
  levelOption: { nl: '{value} {label}', en: '{value} {label}' },
  notApplicableShort: { nl: 'n.v.t.', en: 'n/a' },
  notApplicableLong: { nl: 'Niet van toepassing: telt nergens mee', en: 'Not applicable: counts nowhere' },
  notScanned: { nl: 'Nog niet ingevuld', en: 'Not filled in yet' },
  scanInvalidCell: {
    nl: 'Cel {cell} heeft {value}: geen niveau, telt niet mee. Kies een niveau om het te vervangen.',
    en: 'Cell {cell} holds {value}: not a level, left out. Choose a level to replace it.',
  },
  clearAnswer: { nl: 'Wissen', en: 'Clear' },
  wish: { nl: 'Ik wil me hierin ontwikkelen', en: 'I want to develop in this area' },
  wishLabel: { nl: 'Ontwikkelwens {area}', en: 'Development wish {area}' },
  save: { nl: 'Opslaan', en: 'Save' },
  saving: { nl: 'Opslaan…', en: 'Saving…' },
  saved: { nl: 'Opgeslagen voor {name}.', en: 'Saved for {name}.' },
  unsaved: { nl: 'Niet opgeslagen wijzigingen', en: 'Unsaved changes' },
  unsavedFor: { nl: 'Niet opgeslagen wijzigingen voor {name}', en: 'Unsaved changes for {name}' },
  previous: { nl: 'Vorige', en: 'Previous' },
  next: { nl: 'Volgende', en: 'Next' },
  saveRefused: { nl: 'Niet opgeslagen', en: 'Not saved' },
  reloadPerson: { nl: 'Opnieuw laden', en: 'Reload' },
  movedTitle: { nl: 'Wijzigingen voor {name} nog niet opgeslagen', en: 'Changes for {name} not saved yet' },
  movedBody: {
    nl: 'De selectie ging naar {target}. Wat wil je met de wijzigingen voor {name}?',
    en: 'The selection moved to {target}. What should happen to the changes for {name}?',
  },
  movedTargetNone: { nl: 'een regel zonder naam', en: 'a row without a name' },
  saveAndGo: { nl: 'Opslaan en verder', en: 'Save and continue' },
  discardAndGo: { nl: 'Weggooien en verder', en: 'Discard and continue' },
  stay: { nl: 'Blijven bij {name}', en: 'Stay with {name}' },
  chartTitle: { nl: 'Jouw niveau per gebied en het teamgemiddelde', en: 'Your level per area and the team average' },
  chartPerson: { nl: '{name}', en: '{name}' },
  chartTeam: { nl: 'Teamgemiddelde', en: 'Team average' },
  chartBar: { nl: '{area}: {name} {level}, team {team}', en: '{area}: {name} {level}, team {team}' },
  chartNone: { nl: 'geen', en: 'none' },
  areaDescription: { nl: 'Over dit gebied', en: 'About this area' },
  scanQuickHint: {
    nl: 'Quickscan: {value}. Alleen ter informatie: de competenties hieronder tellen zodra er één is ingevuld.',
    en: 'Quickscan: {value}. For information only: the competencies below count once one is filled in.',
  },

  // Dekking
} satisfies Record<string, Localized>;

export const UI_MESSAGES = {
  ...PANEL_MESSAGES,
  ...COVERAGE_MESSAGES,
  ...ROUNDS_MESSAGES,
  ...REPORT_MESSAGES,
  ...CONVERSATION_UI_MESSAGES,
};

export type UiMessageKey = keyof typeof UI_MESSAGES;
