// Where a matrix ends and which rows are no people (docs/design.md#5-reading-a-matrix): the first empty row, totals rows, rows without a name.

import { type Message, message } from '../i18n/message';
import { isLevel } from '../levels/levels';
import { readLevel } from '../levels/parse';
import { matchKey } from '../text/normalize';
import type { CellValue } from './grid';

/**
 * First words of a totals, average or requirement row, in Dutch and English: "Totaal", "Gemiddelde team", "Average:";
 * a requirement row (skills as rows, turned) holds the file's own norm, not a person. Matched on the name's first
 * word, so "Sommer" or "Totaalbeeld Jansen" stay people.
 */
const TOTALS_WORD =
  /^(?:totaal|totalen|subtotaal|gemiddelde?|gem|som|scores?|totals?|subtotal|average|avg|mean|sum|required|requirement|vereist|norm|minimum)(?![a-z\d])/;

/**
 * A name that labels a totals or average row rather than a person. `key` is the name's personKey: where it starts
 * with a letter or digit, its first word is the one matchKey gives, so most names need no second folding.
 */
export function isTotalsName(name: string, key: string): boolean {
  const first = key.charCodeAt(0);
  return TOTALS_WORD.test((first > 96 && first < 123) || (first > 47 && first < 58) ? key : matchKey(name));
}

/** A cell with nothing in it: null, undefined, spaces only, or a cell the host's empty mask marks. */
function blankAt(row: readonly CellValue[], mask: readonly boolean[] | undefined, column: number): boolean {
  const value = row[column];
  if (value === null || value === undefined) return true;
  if (mask?.[column]) return true;
  return typeof value === 'string' && value.trim() === '';
}

/** A row without any content. */
export function isEmptyRow(row: readonly CellValue[], mask: readonly boolean[] | undefined): boolean {
  for (let c = 0; c < row.length; c++) if (!blankAt(row, mask, c)) return false;
  return true;
}

/** Whether any of the given columns holds something. */
export function hasValueIn(
  row: readonly CellValue[],
  mask: readonly boolean[] | undefined,
  columns: Int32Array,
): boolean {
  for (const column of columns) if (!blankAt(row, mask, column)) return true;
  return false;
}

/** Whether any of the given columns holds a level (a value the reader takes as 0–4). */
export function hasLevelIn(
  row: readonly CellValue[],
  mask: readonly boolean[] | undefined,
  columns: Int32Array,
  read: (value: unknown) => number = readLevel,
): boolean {
  for (const column of columns) {
    if (!blankAt(row, mask, column) && isLevel(read(row[column]))) return true;
  }
  return false;
}

/** "12, 14–16": sheet rows (sorted, 1-based) as short runs. */
export function rowList(rows: readonly number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < rows.length; i++) {
    let end = i;
    while (end + 1 < rows.length && rows[end + 1] === rows[end]! + 1) end++;
    parts.push(end === i ? String(rows[i]) : `${rows[i]}–${rows[end]}`);
    i = end;
  }
  return parts.join(', ');
}

/** Rows below a matrix's end, sorted out: read as people (they hold levels) or left out. */
export class RowsBelow {
  private readonly counted: number[] = [];
  private readonly ignored: number[] = [];

  constructor(private readonly emptyRow: number) {}

  count(sheetRow: number): void {
    this.counted.push(sheetRow);
  }

  ignore(sheetRow: number): void {
    this.ignored.push(sheetRow);
  }

  get warnings(): Message[] {
    const warnings: Message[] = [];
    if (this.counted.length > 0) {
      warnings.push(message('rowsBelowCounted', { empty: this.emptyRow, rows: rowList(this.counted) }));
    }
    if (this.ignored.length > 0) {
      warnings.push(message('rowsBelowIgnored', { empty: this.emptyRow, rows: rowList(this.ignored) }));
    }
    return warnings;
  }
}
