// Finds the name column (docs/design.md#5-reading-a-matrix): the header a user chose, a name word, a header holding naam/name, else text.

import { fail, type Message, message } from '../i18n/message';
import { INVALID } from '../levels/levels';
import { readLevel } from '../levels/parse';
import { matchKey } from '../text/normalize';
import type { Grid } from './grid';
import { shownValue } from './read-checks';
import type { MatrixColumn } from './reading';

/** Digits with separators ("16", "0027", "3.5", "12-04"): an id or a number, never a name. */
const NUMBER_LIKE = /^[\d\s.,:/#+-]+$/;

/** Text that is not a level, a number or a date: what a name looks like. */
function looksLikeName(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const text = value.trim();
  return text !== '' && !NUMBER_LIKE.test(text) && readLevel(text) === INVALID;
}

/** A header holding the word naam or name in any form: "ID-name", "Voornaam", "Naam medewerker", "Username". */
function namesNames(header: string): boolean {
  return matchKey(header)
    .split(' ')
    .some((word) => word.includes('naam') || word.includes('name'));
}

function mostlyNames(grid: Grid, column: number): boolean {
  let filled = 0;
  let names = 0;
  for (let r = 1; r < grid.values.length; r++) {
    const value = grid.values[r]![column];
    if (value === null || value === undefined || value === '') continue;
    filled++;
    if (looksLikeName(value)) names++;
  }
  return filled > 0 && names * 2 > filled;
}

export interface NameColumn {
  /** 0-based column, or -1 when there is none. */
  readonly column: number;
  /** Says which column was taken, where no name word chose it. */
  readonly note?: Message;
}

function chosen(column: MatrixColumn): NameColumn {
  return {
    column: column.column,
    note: message('nameColumnChosen', { cell: column.address, header: shownValue(column.header) }),
  };
}

/** The name column: `nameHeader` when given (an error when no header matches), else the §5 rules. */
export function detectNameColumn(grid: Grid, columns: readonly MatrixColumn[], nameHeader?: string): NameColumn {
  if (nameHeader !== undefined) {
    const key = matchKey(nameHeader);
    const column = columns.find((candidate) => candidate.header && matchKey(candidate.header) === key);
    if (!column) {
      fail('nameHeaderNotFound', {
        header: shownValue(nameHeader),
        headers: columns
          .filter((candidate) => candidate.header)
          .slice(0, 12)
          .map((candidate) => shownValue(candidate.header))
          .join(', '),
      });
    }
    return chosen(column);
  }
  const named = columns.find((column) => column.target?.kind === 'name');
  if (named) return { column: named.column };
  const holding = columns.find((column) => !column.target && column.header && namesNames(column.header));
  if (holding) return chosen(holding);
  for (const column of columns) {
    if (column.target) continue;
    if (mostlyNames(grid, column.column)) return chosen(column);
  }
  return { column: -1 };
}
