// Messages of the core (errors, warnings, table headers) in Dutch and English; {name} marks a parameter.

import { READING_MESSAGES } from './core-messages-reading';
import type { Localized } from './language';

/** What a level cell may hold (docs/design.md#3-levels-and-cell-values), as the invalid-level message lists it. */
const ACCEPTED_LEVELS: Localized = {
  nl: 'een getal van 0 tot 4 (ook met decimalen), Nog niet, In ontwikkeling, Bekwaam, Gevorderd, Expert (of Engels, of met het getal ervoor, zoals "3 - Gevorderd"), de beginletters N, O, B, G, E, x / ja / nee / WAAR / ONWAAR, n.v.t., of leeg',
  en: 'a number from 0 to 4 (decimals allowed), Not yet, Developing, Competent, Advanced, Expert (or the Dutch labels, or with the number first, as in "3 - Advanced"), the Dutch initials N, O, B, G, E, x / yes / no / TRUE / FALSE, n/a, or empty',
};

export const CORE_MESSAGES = {
  ...READING_MESSAGES,
  // The accepted values are part of the template, not a parameter: a parameter is filled once, in one language.
  invalidLevel: {
    nl: `Cel {cell}: {value} is geen niveau. Toegestaan: ${ACCEPTED_LEVELS.nl}.`,
    en: `Cell {cell}: {value} is not a level. Accepted: ${ACCEPTED_LEVELS.en}.`,
  },
  invalidThreshold: {
    nl: 'De drempel {value} is geen niveau van 0 tot 4.',
    en: 'The threshold {value} is not a level from 0 to 4.',
  },
  invalidTarget: {
    nl: 'Het doel {value} is geen geheel aantal personen van 1 of meer.',
    en: 'The target {value} is not a whole number of people of 1 or more.',
  },
  normsNoHeader: {
    nl: 'De normentabel {range} heeft geen kopregel met Gebied, Drempel en Doel.',
    en: 'The norms table {range} has no header row with Area, Threshold and Target.',
  },
  normsUnknownArea: {
    nl: 'Cel {cell}: {value} is geen gebied van het profiel {profile}.',
    en: 'Cell {cell}: {value} is not an area of the profile {profile}.',
  },
  normsDuplicateArea: {
    nl: 'Het gebied {area} staat twee keer in de normentabel ({first} en {second}).',
    en: 'The area {area} is in the norms table twice ({first} and {second}).',
  },
  normsBadThreshold: {
    nl: 'Cel {cell}: de drempel {value} is geen niveau van 0 tot 4.',
    en: 'Cell {cell}: the threshold {value} is not a level from 0 to 4.',
  },
  normsBadTarget: {
    nl: 'Cel {cell}: het doel {value} is geen geheel aantal personen van 1 of meer.',
    en: 'Cell {cell}: the target {value} is not a whole number of people of 1 or more.',
  },
  normsTwoTables: {
    nl: 'Drempel en doel noemen twee verschillende normentabellen; geef voor allebei dezelfde tabel, of voor één van beide een getal.',
    en: 'Threshold and target name two different norms tables; give both the same table, or a number for one of them.',
  },
  invalidCount: {
    nl: 'Het aantal {value} is geen geheel getal van 1 of meer.',
    en: 'The count {value} is not a whole number of 1 or more.',
  },
  emptyMatrix: {
    nl: 'De matrix is leeg: verwacht een kopregel met Naam en competenties, en daaronder één regel per persoon.',
    en: 'The matrix is empty: expected a header row with Name and competencies, and one row per person below it.',
  },
  noNameColumn: {
    nl: 'Geen naamkolom gevonden in {range}: geef een kolom de kop Naam (of Name, Medewerker, Persoon, Docentondersteuner).',
    en: 'No name column found in {range}: give a column the header Name (or Naam, Medewerker, Persoon, Docentondersteuner).',
  },
  noCompetencyColumns: {
    nl: 'Geen competentiekolommen gevonden in {range} voor profiel {profile}: een kop moet een gebied (bijv. {area}), een code ({code}) of een competentie ({item}) noemen. Heeft het bestand eigen competenties, geef dan een eigen profiel: een lijst van de koppen (één kolom; een tweede kolom geeft het gebied), met --profiel BESTAND of in een formule als argument profiel.',
    en: 'No competency columns found in {range} for profile {profile}: a header must name an area (e.g. {area}), a code ({code}) or a competency ({item}). If the file has competencies of its own, give a custom profile: a list of the headers (one column; a second column gives the area), with --profiel FILE or in a formula as the profile argument.',
  },
  duplicateColumn: {
    nl: 'Kolommen {first} ({firstHeader}) en {second} ({secondHeader}) gaan allebei over {target}.',
    en: 'Columns {first} ({firstHeader}) and {second} ({secondHeader}) both map to {target}.',
  },
  duplicatePerson: {
    nl: 'Persoon {name} staat twee keer in de matrix: {first} en {second}.',
    en: 'Person {name} appears twice in the matrix: {first} and {second}.',
  },
  unknownProfile: {
    nl: 'Onbekend profiel {value}. Ingebouwd: {known}; of geef een bereik met een eigen profieltabel.',
    en: 'Unknown profile {value}. Built in: {known}; or pass a range holding a custom profile table.',
  },
  unknownArea: {
    nl: 'Onbekend gebied {value} in profiel {profile}. Gebieden: {known}.',
    en: 'Unknown area {value} in profile {profile}. Areas: {known}.',
  },
  unknownPerson: {
    nl: 'Persoon {value} staat niet in de matrix.',
    en: 'Person {value} is not in the matrix.',
  },
  unknownDetail: {
    nl: 'Onbekend detail {value}. Kies gebieden, kva of competenties.',
    en: 'Unknown detail {value}. Choose gebieden (areas), kva or competenties (items).',
  },
  invalidProfile: {
    nl: 'Het profiel {profile} klopt niet:\n{problems}',
    en: 'The profile {profile} is not valid:\n{problems}',
  },
  profileTableHeader: {
    nl: 'Geen profieltabel gevonden: verwacht een kopregel met ID, Gebied, Type en Omschrijving (optioneel Bereik), of een lijst van de koppen van de competentiekolommen (één kolom, eventueel met het gebied in een tweede kolom).',
    en: 'No profile table found: expected a header row with ID, Gebied, Type and Omschrijving (optional Bereik), or a list of the competency columns’ headers (one column, optionally with the area in a second column).',
  },
  notAMatrix: {
    nl: 'Verwacht een bereik (matrix) voor {param}, kreeg {value}.',
    en: 'Expected a range (matrix) for {param}, got {value}.',
  },
  missingArgument: {
    nl: 'Het argument {param} ontbreekt.',
    en: 'The argument {param} is missing.',
  },
  rowChanged: {
    nl: 'Regel {row} hoort niet meer bij {expected} maar bij {actual} (is er gesorteerd?). Er is niets opgeslagen; kies de persoon opnieuw.',
    en: 'Row {row} no longer holds {expected} but {actual} (was the sheet sorted?). Nothing was saved; select the person again.',
  },
  columnMissing: {
    nl: 'De kolom {column} staat niet meer in {sheet} (verwijderd of hernoemd?). Er is niets opgeslagen; het formulier toont nu wat er staat.',
    en: 'The column {column} is no longer in {sheet} (deleted or renamed?). Nothing was saved; the form now shows what is there.',
  },
  columnAmbiguous: {
    nl: 'De kolom {column} staat nu twee keer in {sheet} ({first} en {second}). Er is niets opgeslagen; haal één van beide weg.',
    en: 'The column {column} is now in {sheet} twice ({first} and {second}). Nothing was saved; remove one of them.',
  },
  cellChanged: {
    nl: 'Intussen veranderd in het blad: {cells}. Er is niets opgeslagen; het formulier toont nu wat er staat.',
    en: 'Changed in the sheet meanwhile: {cells}. Nothing was saved; the form now shows what is there.',
  },
  sheetChanged: {
    nl: 'Blad {sheet} is veranderd sinds het invoegen werd voorbereid (cel {cell} is niet meer leeg). Er is niets geschreven; probeer het opnieuw.',
    en: 'Sheet {sheet} changed since the injection was prepared (cell {cell} is no longer empty). Nothing was written; please try again.',
  },
  rowWiderThanHeader: {
    nl: 'Regel {row} heeft meer cellen dan de kopregel: {cell} ({value}) staat onder geen kop. Staat er een scheidingsteken in een naam of waarde zonder aanhalingstekens?',
    en: 'Row {row} has more cells than the header row: {cell} ({value}) is under no header. Is there a delimiter in a name or value without quotes?',
  },
  snapshotBadDate: {
    nl: 'Geen geldige datum voor een momentopname: {value} (verwacht JJJJ-MM-DD). Er is niets bewaard.',
    en: 'Not a valid date for a snapshot: {value} (expected YYYY-MM-DD). Nothing was saved.',
  },
  snapshotNoMatrix: {
    nl: 'Blad {sheet} bestaat niet of is leeg, dus er is niets om vast te leggen. Er is niets bewaard.',
    en: 'Sheet {sheet} does not exist or is empty, so there is nothing to record. Nothing was saved.',
  },
  // A host entry point called with arguments not of the contract's shape or size (shared/host/validate.ts).
  hostBadSheet: {
    nl: 'Geen geldige bladnaam: {value} (verwacht tekst van 1 tot {max} tekens). Er is niets gewijzigd.',
    en: 'Not a valid sheet name: {value} (expected text of 1 to {max} characters). Nothing was changed.',
  },
  hostBadRow: {
    nl: 'Geen geldige regel op blad {sheet}: {value} (verwacht een geheel getal van {min} tot {max}). Er is niets gewijzigd.',
    en: 'Not a valid row on sheet {sheet}: {value} (expected a whole number from {min} to {max}). Nothing was changed.',
  },
  hostBadColumn: {
    nl: 'Geen geldige kolom op blad {sheet}: {value} (verwacht een geheel getal van 1 tot {max}). Er is niets gewijzigd.',
    en: 'Not a valid column on sheet {sheet}: {value} (expected a whole number from 1 to {max}). Nothing was changed.',
  },
  hostBadRowValue: {
    nl: 'Kolom {column} op regel {row} van {sheet}: {value} kan niet in een cel worden geschreven. Er is niets opgeslagen.',
    en: 'Column {column} on row {row} of {sheet}: {value} cannot be written to a cell. Nothing was saved.',
  },
  hostTooManyCells: {
    nl: 'Te veel cellen in één keer voor blad {sheet}: {count} (hoogstens {max}). Er is niets gewijzigd.',
    en: 'Too many cells at once for sheet {sheet}: {count} (at most {max}). Nothing was changed.',
  },
  hostBadPlan: {
    nl: 'Het invoegplan klopt niet bij {path}: {value}. Er is niets gewijzigd; maak het plan opnieuw vanuit het paneel.',
    en: 'The injection plan is not valid at {path}: {value}. Nothing was changed; make the plan again from the panel.',
  },
  hostBadFormula: {
    nl: 'Geen formule om in te voegen: {value} (verwacht tekst die met "=" begint, hoogstens {max} tekens). Er is niets ingevoegd.',
    en: 'Not a formula to insert: {value} (expected text starting with "=", at most {max} characters). Nothing was inserted.',
  },
  hostBadReport: {
    nl: 'Het rapport kan niet worden getoond: {value} is geen tekst van 1 tot {max} tekens.',
    en: 'The report cannot be shown: {value} is not text of 1 to {max} characters.',
  },
  hostNotMatrixWrite: {
    nl: 'Blad {sheet} is geen teammatrix: Teamscan slaat een regel alleen op in de teammatrix, nooit in het logboek, een momentopname, Profiel of Dekking. Er is niets opgeslagen.',
    en: 'Sheet {sheet} is not a team matrix: Teamscan saves a row only to the team matrix, never to the log, a snapshot, Profiel or Dekking. Nothing was saved.',
  },
  hostNotMatrixSnapshot: {
    nl: 'Blad {sheet} is geen teammatrix: een momentopname wordt alleen van de teammatrix gemaakt. Er is niets bewaard.',
    en: 'Sheet {sheet} is not a team matrix: a snapshot is only made of the team matrix. Nothing was saved.',
  },
  statusCovered: { nl: 'gedekt', en: 'covered' },
  statusVulnerable: { nl: 'kwetsbaar', en: 'vulnerable' },
  statusGap: { nl: 'gat', en: 'gap' },
  statusNotScanned: { nl: 'niet gescand', en: 'not scanned' },
  notApplicable: { nl: 'n.v.t.', en: 'n/a' },
} satisfies Record<string, Localized>;

export type CoreMessageKey = keyof typeof CORE_MESSAGES;
