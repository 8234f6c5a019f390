// A1-style cell addresses, so every message can name the cell a user has to look at.

/** Where a grid sits in its sheet: 1-based row and column of its top-left cell. */
export interface GridOrigin {
  readonly sheet?: string;
  readonly row: number;
  readonly column: number;
  /** The grid is the sheet turned (skills as rows, docs/design.md#5-reading-a-matrix): grid row r is sheet column `column + r`. */
  readonly transposed?: boolean;
}

export const DEFAULT_ORIGIN: GridOrigin = { row: 1, column: 1 };

/** 1 → A, 27 → AA. */
export function columnLetters(column: number): string {
  let rest = column;
  let letters = '';
  while (rest > 0) {
    const digit = (rest - 1) % 26;
    letters = String.fromCharCode(65 + digit) + letters;
    rest = Math.floor((rest - 1) / 26);
  }
  return letters;
}

function sheetPrefix(sheet: string | undefined): string {
  if (!sheet) return '';
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(sheet) ? `${sheet}!` : `'${sheet.replace(/'/g, "''")}'!`;
}

/** The address of the cell at 0-based (row, column) inside a grid placed at `origin`. */
export function cellAddress(origin: GridOrigin, row: number, column: number): string {
  if (origin.transposed) {
    return `${sheetPrefix(origin.sheet)}${columnLetters(origin.column + row)}${origin.row + column}`;
  }
  return `${sheetPrefix(origin.sheet)}${columnLetters(origin.column + column)}${origin.row + row}`;
}

/** The address of a whole grid, e.g. "Teammatrix!A1:H20". */
export function rangeAddress(origin: GridOrigin, rows: number, columns: number): string {
  if (origin.transposed) return rangeAddress({ ...origin, transposed: false }, columns, rows);
  const start = `${columnLetters(origin.column)}${origin.row}`;
  const end = `${columnLetters(origin.column + Math.max(columns, 1) - 1)}${origin.row + Math.max(rows, 1) - 1}`;
  return `${sheetPrefix(origin.sheet)}${start}:${end}`;
}
