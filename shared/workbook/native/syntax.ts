// Small builders for native formula text: cell and range references, string literals, text templates.

import { columnLetters } from '../../matrix/address';

function sheetPrefix(sheet: string | undefined): string {
  if (!sheet) return '';
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(sheet) ? `${sheet}!` : `'${sheet.replace(/'/g, "''")}'!`;
}

/** An absolute reference to a 0-based cell: "$B$3" or "Rekenblad!$B$3". */
export function cellRef(row: number, column: number, sheet?: string): string {
  return `${sheetPrefix(sheet)}$${columnLetters(column + 1)}$${row + 1}`;
}

/** An absolute reference to a 0-based rectangle: "Rekenblad!$D$9:$D$300". */
export function rangeRef(row: number, column: number, rows: number, columns: number, sheet?: string): string {
  const first = `$${columnLetters(column + 1)}$${row + 1}`;
  const last = `$${columnLetters(column + columns)}$${row + rows}`;
  return `${sheetPrefix(sheet)}${first}:${last}`;
}

/** A text as a formula string literal. */
export function literal(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * A message template as a concatenation: "Niemand op niveau {threshold}." with threshold → $B$4 gives
 * "Niemand op niveau "&$B$4&"." — the same text the core's fillTemplate writes.
 */
export function templateFormula(template: string, params: Readonly<Record<string, string>>): string {
  const parts: string[] = [];
  let last = 0;
  for (const match of template.matchAll(/\{(\w+)\}/g)) {
    const expression = params[match[1]!];
    if (expression === undefined) continue;
    if (match.index > last) parts.push(literal(template.slice(last, match.index)));
    parts.push(expression);
    last = match.index + match[0].length;
  }
  if (last < template.length) parts.push(literal(template.slice(last)));
  return parts.length ? parts.join('&') : '""';
}

/** Reads any cell as a level code by docs/design.md#3-levels-and-cell-values: 0–4, -1 empty, -2 n.v.t., #N/A for anything else. */
export interface LevelCodeTable {
  /** All accepted spellings (first column) and their values (second column). */
  readonly table: string;
  /** The "not applicable" marks only (all -2), for the look-up without dots and spaces. */
  readonly notApplicable: string;
}

/**
 * The native formula expression that reads the cell `x` as a level code: one look-up of the trimmed text in the
 * table, else of the text without dots and spaces in the "not applicable" marks only ("n. v. t"; "n." is no
 * level, as in the core). Booleans are tested first: LibreOffice counts TRUE as a number. A text holding a
 * wildcard character is refused before the look-up, which would otherwise treat "?" or "*" as a pattern (COUNT
 * skips the #VALUE! of a FIND that finds nothing).
 */
export function levelCodeExpression(x: string, { table, notApplicable }: LevelCodeTable): string {
  const trimmed = `TRIM(${x})`;
  const stripped = `SUBSTITUTE(SUBSTITUTE(${trimmed},".","")," ","")`;
  const wildcard = `COUNT(FIND("*",${x}),FIND("?",${x}),FIND("~",${x}))`;
  const lookup = `IFERROR(VLOOKUP(${trimmed},${table},2,0),VLOOKUP(${stripped},${notApplicable},2,0))`;
  return (
    `IF(ISLOGICAL(${x}),2*${x},IF(ISNUMBER(${x}),IF(AND(${x}>=0,${x}<=4),${x},NA()),` +
    `IF(${trimmed}="",-1,IF(${wildcard},NA(),${lookup}))))`
  );
}
