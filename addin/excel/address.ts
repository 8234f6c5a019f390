// Excel A1 addresses as Office.js reports them ("Teammatrix!A1:H20", "'Mijn blad'!B2"): split and parse.

import type { GridOrigin } from '../../shared/matrix/address';

export interface ParsedAddress {
  /** The sheet name without quotes, when the address names one. */
  readonly sheet?: string;
  /** The cell part, e.g. "A1:H20". */
  readonly cells: string;
  /** 1-based top-left cell. */
  readonly origin: GridOrigin;
}

function columnNumber(letters: string): number {
  let column = 0;
  for (const letter of letters.toUpperCase()) column = column * 26 + (letter.charCodeAt(0) - 64);
  return column;
}

/** Parses "Sheet!A1:B2", "'My sheet'!A1", "[Book1]Sheet!A1" or "A1"; undefined for anything else. */
export function parseAddress(address: string | undefined | null): ParsedAddress | undefined {
  if (!address) return undefined;
  const bang = address.lastIndexOf('!');
  let sheet: string | undefined;
  let cells = address;
  if (bang >= 0) {
    let raw = address.slice(0, bang);
    cells = address.slice(bang + 1);
    if (raw.startsWith("'") && raw.endsWith("'")) raw = raw.slice(1, -1).replace(/''/g, "'");
    raw = raw.replace(/^\[[^\]]*\]/, '');
    sheet = raw;
  }
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?[A-Za-z]{1,3}\$?\d+)?$/.exec(cells);
  if (!match) return undefined;
  const origin: GridOrigin = { row: Number(match[2]), column: columnNumber(match[1]!), ...(sheet ? { sheet } : {}) };
  return { cells, origin, ...(sheet ? { sheet } : {}) };
}

/** Escapes Excel's find wildcards (* ? ~) so a name is matched literally. */
export function literalFindText(text: string): string {
  return text.replace(/[~*?]/g, (character) => `~${character}`);
}
