// Checks of a matrix before its rows are read: records wider than their header, and the skipped-column warnings.

import { fail, type Message, message, quoteValue } from '../i18n/message';
import { showInvisible } from '../text/normalize';
import { cellAddress, DEFAULT_ORIGIN } from './address';
import { type Grid, isBlank } from './grid';
import type { MatrixColumn } from './reading';

/** Skipped columns named one by one up to this many; the rest are counted in one more warning. */
export const SKIPPED_COLUMNS_LISTED = 10;

/** A user's text for a message: quoted, with invisible characters written out ("3\u200b"). */
export function shownValue(value: unknown): string {
  return quoteValue(typeof value === 'string' ? showInvisible(value) : value);
}

/**
 * In a text file's records (grid.textRecords), a filled cell right of the header's last filled cell is an
 * error naming the row and that cell: the record has more fields than its header, so its values moved.
 * Empty trailing fields are fine.
 */
export function checkRecordWidths(grid: Grid): void {
  if (!grid.textRecords) return;
  const rows = grid.values;
  const header = rows[0] ?? [];
  let width = header.length;
  while (width > 0 && isBlank(header[width - 1])) width--;
  const origin = grid.origin ?? DEFAULT_ORIGIN;
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r]!;
    for (let c = width; c < row.length; c++) {
      if (isBlank(row[c])) continue;
      fail('rowWiderThanHeader', { row: origin.row + r, cell: cellAddress(origin, r, c), value: shownValue(row[c]) });
    }
  }
}

/** One warning per skipped column with a header, the first SKIPPED_COLUMNS_LISTED by name, then a count. */
export function skippedColumnWarnings(columns: readonly MatrixColumn[], nameColumn: number): Message[] {
  const skipped = columns.filter((column) => !column.target && column.header && column.column !== nameColumn);
  const warnings = skipped
    .slice(0, SKIPPED_COLUMNS_LISTED)
    .map((column) => message('skippedColumn', { cell: column.address, header: shownValue(column.header) }));
  if (skipped.length > SKIPPED_COLUMNS_LISTED) {
    warnings.push(message('skippedColumnsMore', { count: skipped.length - SKIPPED_COLUMNS_LISTED }));
  }
  return warnings;
}
