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
  /** All accepted spellings and their values. */
  readonly keys: string;
  readonly values: string;
  /** The bare labels and marks only, for the look-up without dots and spaces. */
  readonly labelKeys: string;
  readonly labelValues: string;
}

/**
 * The native formula expression that reads the cell `x` as a level code. Wildcard characters are refused
 * before MATCH, which would otherwise treat "?" or "*" as a pattern.
 */
export function levelCodeExpression(x: string, table: LevelCodeTable): string {
  const trimmed = `TRIM(${x})`;
  const stripped = `SUBSTITUTE(SUBSTITUTE(${trimmed},".","")," ","")`;
  const wildcard = `OR(ISNUMBER(FIND("*",${x})),ISNUMBER(FIND("?",${x})),ISNUMBER(FIND("~",${x})))`;
  const lookup =
    `IFERROR(INDEX(${table.values},MATCH(${trimmed},${table.keys},0)),` +
    // As in the core, only "not applicable" may carry other dots and spaces ("n. v. t"); "n." is no level.
    `IF(INDEX(${table.labelValues},MATCH(${stripped},${table.labelKeys},0))=-2,-2,NA()))`;
  return (
    `IF(ISLOGICAL(${x}),IF(${x},2,0),IF(ISNUMBER(${x}),IF(AND(${x}>=0,${x}<=4),${x},NA()),` +
    `IF(LEN(${trimmed})=0,-1,IF(${wildcard},NA(),${lookup}))))`
  );
}
