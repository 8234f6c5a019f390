// A norms table read in the matrix's scale (docs/design.md#3-levels-and-cell-values, docs/design.md#4a-norms-per-area): its Drempel cells become levels 0–4 before use.

import { fail, quoteValue } from '../i18n/message';
import type { Scale } from '../levels/scale';
import { matchKey } from '../text/normalize';
import { cellAddress, DEFAULT_ORIGIN } from './address';
import { cellText, type Grid, isBlank } from './grid';
import { shownValue } from './read-checks';

const THRESHOLD_HEADERS = new Set(['drempel', 'threshold']);

/** The table with its threshold column in levels 0–4; unchanged without a stated scale. */
export function normsInScale(table: Grid, scale: Scale | undefined): Grid {
  if (!scale || scale.id === '0-4') return table;
  const rows = table.values;
  const headerRow = rows.findIndex(
    (row, r) => r < 10 && row.some((cell) => THRESHOLD_HEADERS.has(matchKey(cellText(cell)))),
  );
  if (headerRow < 0) return table;
  const column = rows[headerRow]!.findIndex((cell) => THRESHOLD_HEADERS.has(matchKey(cellText(cell))));
  const origin = table.origin ?? DEFAULT_ORIGIN;
  const values = rows.map((row, r) => {
    if (r <= headerRow || isBlank(row[column])) return row;
    const level = scale.read(row[column]);
    if (level < 0) {
      fail('normsNotInScale', {
        cell: cellAddress(origin, r, column),
        value: typeof row[column] === 'string' ? shownValue(row[column]) : quoteValue(row[column]),
        scale: scale.id,
      });
    }
    const copy = [...row];
    copy[column] = level;
    return copy;
  });
  return { ...table, values };
}
