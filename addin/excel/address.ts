// Excel A1 addresses as Office.js reports them ("Teammatrix!A1:H20", "'Mijn blad'!B2", "Teammatrix!A:D"): parse.

import type { GridOrigin } from '../../shared/matrix/address';

/** A block of cells, whole columns ("A:D", down to the sheet's last row) or whole rows ("3:5"). */
export type AddressKind = 'cells' | 'columns' | 'rows';

export interface ParsedAddress {
  /** The sheet name without quotes, when the address names one. */
  readonly sheet?: string;
  /** The cell part, e.g. "A1:H20", "A:D" or "3:5". */
  readonly cells: string;
  readonly kind: AddressKind;
  /** 1-based top-left cell (A1 for whole columns A:…, column A of the first row for whole rows). */
  readonly origin: GridOrigin;
}

function columnNumber(letters: string): number {
  let column = 0;
  for (const letter of letters.toUpperCase()) column = column * 26 + (letter.charCodeAt(0) - 64);
  return column;
}

const CELLS = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/;
const COLUMNS = /^\$?([A-Za-z]{1,3}):\$?([A-Za-z]{1,3})$/;
const ROWS = /^\$?(\d+):\$?(\d+)$/;

/**
 * Parses "Sheet!A1:B2", "'My sheet'!A1", "[Book1]Sheet!A1", "A1", whole columns "Sheet!A:D" and whole rows
 * "Sheet!3:5"; undefined for anything else (no address, or several areas).
 */
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
  const at = (kind: AddressKind, row: number, column: number): ParsedAddress => ({
    cells,
    kind,
    origin: { row, column, ...(sheet ? { sheet } : {}) },
    ...(sheet ? { sheet } : {}),
  });
  const block = CELLS.exec(cells);
  if (block) {
    const rows = [Number(block[2]), Number(block[4] ?? block[2])];
    const columns = [columnNumber(block[1]!), columnNumber(block[3] ?? block[1]!)];
    return at('cells', Math.min(...rows), Math.min(...columns));
  }
  const columns = COLUMNS.exec(cells);
  if (columns) return at('columns', 1, Math.min(columnNumber(columns[1]!), columnNumber(columns[2]!)));
  const rows = ROWS.exec(cells);
  if (rows) return at('rows', Math.min(Number(rows[1]), Number(rows[2])), 1);
  return undefined;
}
