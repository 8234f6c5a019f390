// Resolves a RowWrite against the header and row a host has just re-read: columns by header, compare-and-set.

import type { CoreMessageKey } from '../i18n/core-messages';
import { fail, quoteValue, TeamscanError } from '../i18n/message';
import { cellAddress } from '../matrix/address';
import { type CellValue, cellText, isBlank } from '../matrix/grid';
import { matchKey, personKey } from '../text/normalize';
import type { PlainCellValue, RowWrite } from './bridge';

/** One cell to write, at its 0-based sheet column as the sheet is now. */
export interface ResolvedCell {
  readonly column: number;
  readonly value: string | number | null;
}

export interface ResolvedRowWrite {
  readonly cells: readonly ResolvedCell[];
  /** 0-based sheet column of Bijgewerkt, when the write asks for a stamp and the column is there. */
  readonly updatedColumn?: number;
}

/** The key two headers are the same column by: as a matrix header is matched (case, accents, spaces). */
export function headerKey(header: CellValue): string {
  return matchKey(cellText(header));
}

/** A host's cell value as it may cross to the panel and back: a date becomes its ISO text. */
export function plainCellValue(value: CellValue): PlainCellValue {
  if (value === undefined) return null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  return value;
}

/**
 * Whether a cell still holds what the form was loaded with. Blank is blank however a host spells it (null,
 * "", spaces); a number equals the same number as text ("3" and 3: hosts differ in how they hand back a
 * cell typed as text); text compares without case or surrounding spaces ("Ja" and "ja").
 */
export function sameCellValue(expected: PlainCellValue, actual: CellValue): boolean {
  if (isBlank(expected) || isBlank(actual)) return isBlank(expected) && isBlank(actual);
  const now = plainCellValue(actual);
  if (typeof expected === 'number' || typeof now === 'number') {
    const a = typeof expected === 'number' ? expected : Number(String(expected).trim().replace(',', '.'));
    const b = typeof now === 'number' ? now : Number(String(now).trim().replace(',', '.'));
    return Number.isFinite(a) && Number.isFinite(b) && a === b;
  }
  return personKey(String(expected)) === personKey(String(now));
}

/** Every column of the header row by its key; a key seen twice keeps both columns, to refuse on. */
function columnsByHeader(header: readonly CellValue[]): Map<string, number[]> {
  const columns = new Map<string, number[]>();
  header.forEach((cell, column) => {
    const key = headerKey(cell);
    if (!key) return;
    const list = columns.get(key);
    if (list) list.push(column);
    else columns.set(key, [column]);
  });
  return columns;
}

/**
 * Maps a write onto the sheet as it is now and checks it, before anything is written: the row must still
 * hold the person, every column must still be there once, and every cell must still hold the value the form
 * was loaded with. Throws a TeamscanError naming what changed; the host then writes nothing.
 *
 * `header` and `row` are the sheet's header row and the person's row, from column A, re-read by the host in
 * the same lock or batch as the write.
 */
export function resolveRowWrite(
  write: RowWrite,
  header: readonly CellValue[],
  row: readonly CellValue[],
): ResolvedRowWrite {
  const sheetOrigin = { sheet: write.sheet, row: 1, column: 1 };
  const columns = columnsByHeader(header);
  const columnOf = (wanted: string): number => {
    const found = columns.get(headerKey(wanted)) ?? [];
    if (found.length === 0) fail('columnMissing', { column: quoteValue(wanted), sheet: write.sheet });
    if (found.length > 1) {
      fail('columnAmbiguous', {
        column: quoteValue(wanted),
        sheet: write.sheet,
        first: cellAddress(sheetOrigin, write.headerRow - 1, found[0]!),
        second: cellAddress(sheetOrigin, write.headerRow - 1, found[1]!),
      });
    }
    return found[0]!;
  };

  const nameColumn = columnOf(write.nameHeader);
  const actualName = cellText(row[nameColumn]);
  if (personKey(actualName) !== personKey(write.expectedName)) {
    fail('rowChanged', { row: write.row, expected: quoteValue(write.expectedName), actual: quoteValue(actualName) });
  }

  const cells = write.cells.map((cell) => ({ cell, column: columnOf(cell.header) }));
  const changed = cells.filter(({ cell, column }) => !sameCellValue(cell.expected, row[column]));
  if (changed.length > 0) {
    // Language-neutral, so the message can still be shown in either language.
    const list = changed.map(
      ({ cell, column }) =>
        `${cellAddress(sheetOrigin, write.row - 1, column)} (${cell.header}): ${quoteValue(cell.expected)} → ${quoteValue(plainCellValue(row[column]))}`,
    );
    fail('cellChanged', { cells: list.join('; ') });
  }

  // A column Bijgewerkt that disappeared only loses the stamp: the levels themselves were checked above.
  const updated = write.updatedHeader === undefined ? [] : (columns.get(headerKey(write.updatedHeader)) ?? []);
  return {
    cells: cells.map(({ cell, column }) => ({ column, value: cell.value })),
    ...(updated.length === 1 ? { updatedColumn: updated[0]! } : {}),
  };
}

const CONFLICTS: ReadonlySet<CoreMessageKey> = new Set([
  'rowChanged',
  'columnMissing',
  'columnAmbiguous',
  'cellChanged',
]);

/** A refusal because the sheet changed under the form (the form should re-read), not a failure to retry. */
export function isWriteConflict(error: unknown): boolean {
  return error instanceof TeamscanError && CONFLICTS.has(error.detail.key);
}
