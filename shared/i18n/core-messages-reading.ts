// Messages about reading an existing workbook (docs/design.md#3-levels-and-cell-values other scales, §5 where a matrix ends, names, layouts).

import type { Localized } from './language';

export const READING_MESSAGES = {
  totalsRow: {
    nl: 'Regel {row} ({name}) is een totaal-, gemiddelde- of normregel en is overgeslagen.',
    en: 'Row {row} ({name}) is a totals, average or requirement row and was skipped.',
  },
  transposedMatrix: {
    nl: 'In {range} staan de competenties onder elkaar (bijv. cel {cell}: {example}) en de mensen naast elkaar in de kopregel. Lees het gekanteld: met --transponeer (teamscan), of in een formule met TRANSPONEREN(bereik) (Engels: TRANSPOSE) als matrix.',
    en: 'In {range} the competencies are listed as rows (e.g. cell {cell}: {example}) and the people across the header row. Read it turned: with --transponeer (teamscan), or in a formula with TRANSPOSE(range) (Dutch: TRANSPONEREN) as the matrix.',
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
  nameHeaderNotFound: {
    nl: 'Geen kolom met de kop {header} voor de namen. Koppen: {headers}.',
    en: 'No column headed {header} for the names. Headers: {headers}.',
  },
  unknownScale: {
    nl: 'Onbekende schaal {value}. Mogelijk: {known}.',
    en: 'Unknown scale {value}. Possible: {known}.',
  },
  thresholdNotInScale: {
    nl: 'De drempel {value} is geen waarde van de schaal {scale}.',
    en: 'The threshold {value} is not a value of the scale {scale}.',
  },
  normsNotInScale: {
    nl: 'Cel {cell}: de drempel {value} is geen waarde van de schaal {scale}.',
    en: 'Cell {cell}: the threshold {value} is not a value of the scale {scale}.',
  },
  mixedMarks: {
    nl: 'Cel {xCell} heeft een x-teken ({xValue}), cel {oCell} een o en cel {initialCell} een beginletter ({initialValue}): zo is niet te zeggen of o "nee" is of "In ontwikkeling". Gebruik x/o of de beginletters, of zeg de schaal (--schaal x-o, het argument schaal, of een blok Niveaus in een eigen profiel).',
    en: 'Cell {xCell} holds an x mark ({xValue}), cell {oCell} an o and cell {initialCell} a Dutch initial ({initialValue}): so it cannot be told whether o means "no" or "Developing". Use x/o or the initials, or state the scale (--schaal x-o, the schaal argument, or a Niveaus block in a custom profile).',
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
} satisfies Record<string, Localized>;
