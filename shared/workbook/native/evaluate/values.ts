// Spreadsheet values as the native formulas see them, with Excel's rules for blanks, coercion and comparison.

/** An error value such as #N/A; it passes through every operator and most functions. */
export class FormulaError {
  constructor(readonly code: '#N/A' | '#VALUE!' | '#DIV/0!' | '#REF!' | '#NAME?' | '#NUM!') {}
}

/** One cell's value; null is a blank cell (not the empty text ""). */
export type Scalar = number | string | boolean | null | FormulaError;

/** A rectangle of values: a range, or what an operator made of one. */
export class ArrayValue {
  #rows: readonly (readonly Scalar[])[] | undefined;
  constructor(rows: readonly (readonly Scalar[])[] | undefined) {
    this.#rows = rows;
  }
  /** A single column from its cells, its rows made only if asked for: the gap formulas make thousands of these. */
  static column(cells: readonly Scalar[]): ArrayValue {
    const column = new ArrayValue(undefined);
    column.#flat = cells;
    return column;
  }
  get rows(): readonly (readonly Scalar[])[] {
    this.#rows ??= this.#flat!.map((cell) => [cell]);
    return this.#rows;
  }
  get height(): number {
    return this.#rows ? this.#rows.length : this.#flat!.length;
  }
  get width(): number {
    return this.#rows ? (this.#rows[0]?.length ?? 0) : 1;
  }
  #flat: readonly Scalar[] | undefined;
  /** The cells row by row; made once, since a range is read by many formulas (MATCH, SUMPRODUCT, COUNTIF). */
  flat(): readonly Scalar[] {
    if (!this.#flat) {
      // Plain loops: Array.prototype.flat is slow on the thousands of ranges of a large team.
      const flat: Scalar[] = [];
      for (const row of this.rows) for (let c = 0; c < row.length; c++) flat.push(row[c]!);
      this.#flat = flat;
    }
    return this.#flat;
  }
  #first: ArrayValue | undefined;
  /** The first column, made once: VLOOKUP looks a value up in it for every level cell. */
  firstColumn(): ArrayValue {
    this.#first ??= new ArrayValue(this.rows.map((row) => [row[0] ?? null]));
    return this.#first;
  }
  #positions: Map<string, number> | undefined;
  /**
   * The 1-based position of the first cell equal to `wanted` as MATCH type 0 compares (same type, text without
   * regard to case), or 0; the index is made once, since a look-up table is read by every level cell.
   */
  position(wanted: number | string | boolean): number {
    if (!this.#positions) {
      this.#positions = new Map();
      this.flat().forEach((cell, i) => {
        const key = positionKey(cell);
        if (key !== undefined && !this.#positions!.has(key)) this.#positions!.set(key, i + 1);
      });
    }
    return this.#positions.get(positionKey(wanted)!) ?? 0;
  }
}

function positionKey(cell: Scalar): string | undefined {
  if (typeof cell === 'string') return `s${cell.toUpperCase()}`;
  if (typeof cell === 'number') return `n${cell}`;
  if (typeof cell === 'boolean') return `b${cell}`;
  return undefined;
}

export type Value = Scalar | ArrayValue;

export const NA = new FormulaError('#N/A');
export const VALUE_ERROR = new FormulaError('#VALUE!');

export const isError = (value: unknown): value is FormulaError => value instanceof FormulaError;

/** A number as text, as the General format writes it: at most 15 significant digits. */
export function numberText(value: number): string {
  return String(Number(value.toPrecision(15)));
}

/** Text for & and the text functions: blank is "", TRUE/FALSE in capitals. */
export function toText(value: Scalar): string | FormulaError {
  if (isError(value)) return value;
  if (value === null) return '';
  if (typeof value === 'number') return numberText(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return value;
}

const NUMBER_TEXT = /^\s*[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?\s*$/;

/** A number for arithmetic: blank is 0, TRUE 1, numeric text its number, other text #VALUE!. */
export function toNumber(value: Scalar): number | FormulaError {
  if (isError(value)) return value;
  if (value === null) return 0;
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  return NUMBER_TEXT.test(value) ? Number(value) : VALUE_ERROR;
}

/** A condition: numbers are true unless 0, blank is false, text is #VALUE!. */
export function toBoolean(value: Scalar): boolean | FormulaError {
  if (isError(value)) return value;
  if (value === null) return false;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0;
  const upper = value.toUpperCase();
  return upper === 'TRUE' ? true : upper === 'FALSE' ? false : VALUE_ERROR;
}

/** Type order of a comparison: numbers before text before logical values. */
function rank(value: number | string | boolean): number {
  return typeof value === 'number' ? 0 : typeof value === 'string' ? 1 : 2;
}

/**
 * Compares two values as Excel's comparison operators do: a blank takes the other side's type (0, "" or
 * FALSE), text compares without case, and different types order as number < text < logical.
 */
export function compareValues(left: Scalar, right: Scalar): number | FormulaError {
  if (isError(left)) return left;
  if (isError(right)) return right;
  const a = left === null ? blankAs(right) : left;
  const b = right === null ? blankAs(left) : right;
  if (rank(a) !== rank(b)) return rank(a) - rank(b);
  if (typeof a === 'string') {
    // Equal or empty texts need no case folding: a column of names is compared with "" for every item.
    if (a === b) return 0;
    if (a === '' || b === '') return a === '' ? -1 : 1;
    const x = a.toUpperCase();
    const y = (b as string).toUpperCase();
    return x < y ? -1 : x > y ? 1 : 0;
  }
  return Number(a) - Number(b);
}

/** What a blank compares as beside `other`: "", FALSE or 0. */
function blankAs(other: Scalar): number | string | boolean {
  return typeof other === 'string' ? '' : typeof other === 'boolean' ? false : 0;
}

/** Applies a scalar operation cell by cell when either side is an array (a scalar is repeated). */
export function elementwise(left: Value, right: Value, apply: (a: Scalar, b: Scalar) => Scalar): Value {
  if (!(left instanceof ArrayValue) && !(right instanceof ArrayValue)) return apply(left, right);
  const height = Math.max(left instanceof ArrayValue ? left.height : 1, right instanceof ArrayValue ? right.height : 1);
  const width = Math.max(left instanceof ArrayValue ? left.width : 1, right instanceof ArrayValue ? right.width : 1);
  if (width === 1) {
    // Columns (and scalars): one array of cells, read as cellAt reads them.
    const cells: Scalar[] = new Array(height);
    const a = columnReader(left);
    const b = columnReader(right);
    for (let r = 0; r < height; r++) cells[r] = apply(a(r), b(r));
    return ArrayValue.column(cells);
  }
  const rows: Scalar[][] = new Array(height);
  // Plain loops: the gap formulas compare whole columns of the team for every item.
  for (let r = 0; r < height; r++) {
    const row: Scalar[] = new Array(width);
    for (let c = 0; c < width; c++) row[c] = apply(cellAt(left, r, c), cellAt(right, r, c));
    rows[r] = row;
  }
  return new ArrayValue(rows);
}

/** Reads row r of a scalar or a one-column array as cellAt does at column 0. */
function columnReader(value: Value): (r: number) => Scalar {
  if (!(value instanceof ArrayValue)) return () => value;
  const cells = value.flat();
  if (value.height === 1) return () => cells[0] ?? null;
  return (r) => (r < cells.length ? (cells[r] ?? null) : NA);
}

/** The cell of `value` at (r, c) as an operator sees it: a scalar or a single row or column is repeated. */
function cellAt(value: Value, r: number, c: number): Scalar {
  if (!(value instanceof ArrayValue)) return value;
  const row = value.rows[value.height === 1 ? 0 : r];
  if (!row) return NA;
  return value.width === 1 ? (row[0] ?? null) : c < row.length ? row[c]! : NA;
}

/** A single value where one is needed: the top-left cell of an array. */
export function scalarOf(value: Value): Scalar {
  return value instanceof ArrayValue ? (value.rows[0]?.[0] ?? null) : value;
}
