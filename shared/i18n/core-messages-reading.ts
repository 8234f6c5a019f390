// Messages about reading an existing workbook (DESIGN §3 other scales, §5 where a matrix ends, names, layouts).

import type { Localized } from './language';

export const READING_MESSAGES = {
  totalsRow: {
    nl: 'Regel {row} ({name}) is een totaal- of gemiddelderegel en is overgeslagen.',
    en: 'Row {row} ({name}) is a totals or average row and was skipped.',
  },
  rowsBelowCounted: {
    nl: 'Regel(s) {rows} staan onder de lege regel {empty} maar hebben niveaus en zijn als mensen meegeteld; hoort dat niet, maak ze dan leeg.',
    en: 'Row(s) {rows} are below the empty row {empty} but hold levels and were counted as people; if they are not, clear them.',
  },
  rowsBelowIgnored: {
    nl: 'De matrix eindigt bij de lege regel {empty}: regel(s) {rows} eronder hebben geen niveaus en zijn niet gelezen.',
    en: 'The matrix ends at the empty row {empty}: row(s) {rows} below it hold no levels and were not read.',
  },
} satisfies Record<string, Localized>;
