// The help of the CLI's commands and options, in Dutch and English.

import type { Language } from '../shared/i18n/language';
import { OUTPUT_HELP, type OutputHelpTexts } from './output/texts';

/** The help of every command and option (`teamscan --help`, `teamscan analyze --help`). */
export interface HelpTexts extends OutputHelpTexts {
  program: string;
  lang: string;
  json: string;
  profileOption: string;
  sheet: string;
  threshold: string;
  target: string;
  norms: string;
  profile: string;
  profileId: string;
  analyze: string;
  files: string;
  max: string;
  workbook: string;
  detail: string;
  names: string;
  from: string;
  outXlsx: string;
  compare: string;
  before: string;
  now: string;
  report: string;
  matrixFile: string;
  person: string;
  anonymous: string;
  since: string;
  secondView: string;
  outHtml: string;
  minGroup: string;
  scale: string;
  nameColumn: string;
  transpose: string;
  range: string;
}

export const HELP_TEXTS: Record<Language, HelpTexts> = {
  nl: {
    program: 'Teamscan: competentieprofiel, teamdekking en hiaten voor docentondersteuning',
    lang: 'taal van de uitvoer',
    json: 'als JSON',
    profileOption: 'profiel: npuls, han, versnellingsplan, kennisnet, of een .csv/.xlsx met een eigen profieltabel',
    sheet: 'werkblad in een .xlsx (standaard Teammatrix, anders het eerste)',
    scale: 'schaal van de niveaus in het bestand: 0-4 (standaard), 1-5, ja-nee of x-o; ook --drempel en --normen',
    nameColumn: 'kop van de kolom met de namen (anders gezocht op Naam, Name, Login, …)',
    transpose: 'competenties als regels en mensen als kolommen: eerst kantelen',
    range: 'lees alleen dit blok van het blad, bijv. A1:H20 (titelregels erin worden overgeslagen)',
    threshold: 'niveau dat telt als dekking (0-4)',
    target: 'aantal personen per netwerkgebied',
    norms: 'normentabel (.csv/.xlsx met Gebied, Drempel, Doel): drempel en doel per gebied',
    profile: 'toon een ingebouwd profiel (npuls, han, versnellingsplan, kennisnet)',
    profileId: 'profiel-id',
    analyze:
      'dekking, hiaten en inzichten van een teammatrix in .csv of .xlsx; meerdere bestanden geven ook een totaal',
    files: '.csv- of .xlsx-bestanden (een werkblad als BESTAND#WERKBLAD)',
    max: 'hoogstens zoveel leerders per mentor in de leerkoppels',
    workbook: 'schrijf een kant-en-klare .xlsx-werkmap met gewone formules (werkt zonder add-in)',
    detail: 'gebieden, kva of competenties (standaard gebieden; met --from het detail van dat bestand)',
    names: 'namen, één per regel (.txt) of in de eerste kolom (.csv, .xlsx)',
    from: 'vul de matrix vooraf uit een bestaande .csv of .xlsx (ook BESTAND#WERKBLAD; gelezen met --sheet, --schaal, --bereik, --naamkolom, --transponeer; niveaus worden 0-4)',
    outXlsx: 'de te schrijven .xlsx',
    compare: 'vergelijk twee rondes van een scan (.csv of .xlsx): dekking per gebied en veranderingen per persoon',
    before: 'de eerdere ronde',
    now: 'de huidige ronde',
    report: 'schrijf het teamrapport, een persoonlijk rapport of een anoniem teambeeld als .html (af te drukken)',
    matrixFile: 'de teammatrix (.csv of .xlsx)',
    person: 'persoonlijk rapport (gespreksdocument) van deze persoon',
    anonymous: 'anoniem teambeeld, zonder namen (vanaf k gescande personen, zie --min-groep)',
    since: 'een eerdere ronde: het rapport toont de voortgang sindsdien',
    secondView:
      'met --persoon: de tweede blik uit dit bestand (BESTAND of BESTAND#WERKBLAD); anders uit het werkblad Tweede blik van de matrix',
    outHtml: 'het te schrijven .html-bestand',
    ...OUTPUT_HELP.nl,
    minGroup:
      'k: elk getal in het anonieme teambeeld en elke vergelijking in het persoonlijke rapport gaat over minstens zoveel mensen (minstens 3)',
  },
  en: {
    program: 'Teamscan: competency profile, team coverage and gaps for teacher-support staff',
    lang: 'language of the output',
    json: 'as JSON',
    profileOption: 'profile: npuls, han, versnellingsplan, kennisnet, or a .csv/.xlsx holding a custom profile table',
    sheet: 'sheet in an .xlsx (Teammatrix by default, else the first)',
    scale: 'scale of the levels in the file: 0-4 (default), 1-5, ja-nee (yes/no) or x-o; also --drempel and --normen',
    nameColumn: 'header of the column holding the names (else found by Naam, Name, Login, …)',
    transpose: 'competencies as rows and people as columns: turn it first',
    range: 'read only this block of the sheet, e.g. A1:H20 (title rows inside it are skipped)',
    threshold: 'level that counts as covering (0-4)',
    target: 'people per network area',
    norms: 'norms table (.csv/.xlsx with Gebied, Drempel, Doel): threshold and target per area',
    profile: 'show a built-in profile (npuls, han, versnellingsplan, kennisnet)',
    profileId: 'profile id',
    analyze: 'coverage, gaps and insights of a team matrix in .csv or .xlsx; several files also give a total',
    files: '.csv or .xlsx files (a sheet as FILE#SHEET)',
    max: 'at most this many learners per mentor in the learning pairs',
    workbook: 'write a ready-made .xlsx workbook with plain formulas (works without the add-in)',
    detail: 'gebieden, kva or competenties (default gebieden; with --from the detail of that file)',
    names: 'names, one per line (.txt) or in the first column (.csv, .xlsx)',
    from: 'pre-fill the matrix from an existing .csv or .xlsx (also FILE#SHEET; read with --sheet, --schaal, --bereik, --naamkolom, --transponeer; levels become 0-4)',
    outXlsx: 'the .xlsx to write',
    compare: 'compare two rounds of a scan (.csv or .xlsx): coverage per area and changes per person',
    before: 'the earlier round',
    now: 'the current round',
    report: 'write the team report, a personal report or an anonymous team picture as .html (printable)',
    matrixFile: 'the team matrix (.csv or .xlsx)',
    person: 'personal report (conversation document) of this person',
    anonymous: 'anonymous team picture, without names (from k scanned people, see --min-groep)',
    since: 'an earlier round: the report shows the progress since',
    secondView:
      'with --persoon: the second view from this file (FILE or FILE#SHEET); else from the matrix workbook’s sheet Tweede blik',
    outHtml: 'the .html file to write',
    ...OUTPUT_HELP.en,
    minGroup:
      'k: every figure in the anonymous team picture and every comparison in the personal report is over at least this many people (at least 3)',
  },
};
