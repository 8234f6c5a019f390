// Messages about reading an existing workbook (docs/design.md#3-levels-and-cell-values other scales, §5 where a matrix ends, names, layouts).

import type { Localized } from './language';

export const READING_MESSAGES = {
  transposedMatrix: {
    nl: 'In {range} staan de competenties onder elkaar (bijv. cel {cell}: {example}) en de mensen naast elkaar in de kopregel. Lees het gekanteld: met --transponeer (teamscan), of in een formule met TRANSPONEREN(bereik) (Engels: TRANSPOSE) als matrix.',
    en: 'In {range} the competencies are listed as rows (e.g. cell {cell}: {example}) and the people across the header row. Read it turned: with --transponeer (teamscan), or in a formula with TRANSPOSE(range) (Dutch: TRANSPONEREN) as the matrix.',
  },
  nameHeaderNotFound: {
    nl: 'Geen kolom met de kop {header} voor de namen. Koppen: {headers}.',
    en: 'No column headed {header} for the names. Headers: {headers}.',
  },
  unknownScale: {
    nl: 'Onbekende schaal {value}. Mogelijk: {known}.',
    en: 'Unknown scale {value}. Possible: {known}.',
  },
  // A cell outside a stated scale (docs/design.md#3-levels-and-cell-values), {scale} its name and values ("1-5: 1 … 5"); 0–4's own is invalidLevel.
  levelNotInScale: {
    nl: 'Cel {cell}: {value} is geen waarde van de schaal {scale}, n.v.t. of leeg.',
    en: 'Cell {cell}: {value} is not a value of the scale {scale}, n/a or empty.',
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
} satisfies Record<string, Localized>;
