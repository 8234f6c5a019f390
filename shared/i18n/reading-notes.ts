// Notes a reading gives beside its result (rows skipped, how a scale or column was read): in a table of their own
// because only what shows them (the CLI, the panels, a report) renders them, never a formula or a host endpoint
// (docs/design.md#10-performance-targets).

import type { Localized } from './language';

export const READING_NOTES = {
  totalsRow: {
    nl: 'Regel {row} ({name}) is een totaal-, gemiddelde- of normregel en is overgeslagen.',
    en: 'Row {row} ({name}) is a totals, average or requirement row and was skipped.',
  },
  rowsBelowCounted: {
    nl: 'Regel(s) {rows} staan onder de lege regel {empty} maar hebben niveaus en zijn als mensen meegeteld; hoort dat niet, maak ze dan leeg.',
    en: 'Row(s) {rows} are below the empty row {empty} but hold levels and were counted as people; if they are not, clear them.',
  },
  rowsBelowIgnored: {
    nl: 'De matrix eindigt bij de lege regel {empty}: regel(s) {rows} eronder hebben geen niveaus en zijn niet gelezen.',
    en: 'The matrix ends at the empty row {empty}: row(s) {rows} below it hold no levels and were not read.',
  },
  nameColumnChosen: {
    nl: 'Namen gelezen uit kolom {cell} ({header}); een andere kolom kiest u met --naamkolom KOP.',
    en: 'Names read from column {cell} ({header}); choose another column with --naamkolom HEADER.',
  },
  readAsXo: {
    nl: 'x en o gelezen als ja en nee (cellen {xCell} en {oCell}): x telt als Bekwaam (2), o als Nog niet (0), niet als In ontwikkeling. Is het een ja/nee-matrix, zeg dan --schaal x-o: dan dekt wie één competentie van een gebied heeft.',
    en: 'x and o read as yes and no (cells {xCell} and {oCell}): x counts as Competent (2), o as Not yet (0), not as Developing. For a yes/no matrix, say --schaal x-o: then a person holding any competency of an area covers it.',
  },
  onlyZeroOne: {
    nl: 'Alleen 0 en 1 (bijv. {cell}), gelezen als 0–4. Een ja/nee-matrix? Met --schaal ja-nee is 1 Bekwaam (2) en dekt één competentie haar gebied.',
    en: 'Only 0 and 1 (e.g. {cell}), read as 0–4. A yes/no matrix? With --schaal ja-nee, 1 is Competent (2) and one competency covers its area.',
  },
  anyItemCovers: {
    nl: 'Schaal {scale}: een competentie is gehaald (2) of niet (0); een gebied telt als gedekt voor wie minstens één van zijn competenties heeft.',
    en: 'Scale {scale}: a competency is held (2) or not (0); an area counts as covered by a person who holds any of its competencies.',
  },
  skippedColumn: {
    nl: 'Kolom {cell} ({header}) hoort niet bij het profiel en is overgeslagen.',
    en: 'Column {cell} ({header}) is not part of the profile and was skipped.',
  },
  rowWithoutName: {
    nl: 'Regel {row} heeft waarden maar geen naam en is overgeslagen.',
    en: 'Row {row} has values but no name and was skipped.',
  },
  skippedColumnsMore: {
    nl: '… en {count} andere kolommen (ook overgeslagen).',
    en: '… and {count} other columns (also skipped).',
  },
  lookAlikeNames: {
    nl: 'Namen {firstName} ({first}) en {secondName} ({second}) zien er hetzelfde uit maar verschillen in letters uit een ander schrift (Cyrillisch of Grieks); ze tellen als twee personen. Typ de naam opnieuw als het één persoon is.',
    en: 'Names {firstName} ({first}) and {secondName} ({second}) look the same but differ in letters of another script (Cyrillic or Greek); they count as two people. Retype the name if it is one person.',
  },
  readAsEncoding: {
    nl: '{file} is geen UTF-8 en is gelezen als {encoding}.',
    en: '{file} is not UTF-8 and was read as {encoding}.',
  },
} satisfies Record<string, Localized>;

export type NoteKey = keyof typeof READING_NOTES;
