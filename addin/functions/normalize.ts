// Makes Excel's arguments plain for the core: an empty cell is null on every platform, never level 0.

import type { ArgumentInfo } from '../../shared/formulas/types';
import type { ParsedAddress } from '../excel/address';
import type { ArgumentTypes } from './value-types';

/** What the add-in learned about a range argument: where it sits and Excel's value type per cell. */
export interface ParameterCells {
  readonly address?: ParsedAddress;
  readonly types?: ArgumentTypes;
}

export interface NormalizedArgument {
  readonly value: unknown;
  readonly info?: ArgumentInfo;
  /** Whether Excel's value types decided which cells are empty. */
  readonly typed: boolean;
}

const ERROR_TEXTS: Readonly<Record<string, string>> = {
  invalidValue: '#VALUE!',
  notAvailable: '#N/A',
  divisionByZero: '#DIV/0!',
  invalidNumber: '#NUM!',
  nullReference: '#NULL!',
  invalidName: '#NAME?',
  invalidReference: '#REF!',
};

/**
 * An Excel error value inside a range (an object with an error code) becomes its text, e.g. "#N/A", so the
 * core reports it as a value it cannot read, naming the cell, instead of an anonymous object.
 */
function plainCell(value: unknown): unknown {
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    const code =
      (value as { code?: unknown; errorCode?: unknown }).code ?? (value as { errorCode?: unknown }).errorCode;
    if (typeof code === 'string') return ERROR_TEXTS[code] ?? (code.startsWith('#') ? code : `#${code}`);
    return '#VALUE!';
  }
  return value;
}

export function isMatrix(value: unknown): value is unknown[][] {
  return Array.isArray(value) && value.every(Array.isArray);
}

/** Whether an argument holds a 0, which on Excel desktop may be an empty cell (office-js#4702). */
export function holdsZero(value: unknown): boolean {
  if (isMatrix(value)) return value.some((row) => row.some((cell) => cell === 0));
  return value === 0;
}

/**
 * A whole-column or whole-row argument cut to the cells up to the end of its used range: beyond it every cell
 * is empty, and Excel passes a whole column as a million rows.
 */
function bounded(value: unknown[][], types: ArgumentTypes): unknown[][] {
  const rows = types.rowOffset + types.valueTypes.length;
  const columns = types.columnOffset + Math.max(0, ...types.valueTypes.map((row) => row.length));
  return value.slice(0, rows).map((row) => row.slice(0, columns));
}

/**
 * Normalises one argument. Where Excel's value types say a cell is Empty, its value (0 on desktop, null on
 * the web) becomes null and the cell is marked in the empty mask; without value types the values stay as
 * Excel passed them (the caller only allows that where no 0 can stand for an empty cell: see register.ts).
 */
export function normalizeArgument(value: unknown, cells: ParameterCells = {}): NormalizedArgument {
  const origin = cells.address?.origin;
  const types = cells.types;
  if (!isMatrix(value)) {
    const empty =
      types?.valueTypes.length === 1 && types.valueTypes[0]?.length === 1 && types.valueTypes[0][0] === 'Empty';
    const typed = types?.valueTypes.length === 1 && types.valueTypes[0]?.length === 1;
    return { value: empty ? null : plainCell(value), typed, ...(origin ? { info: { origin } } : {}) };
  }
  const matrix = types?.bounded ? bounded(value, types) : value;
  const typeAt = (r: number, c: number): string | undefined => {
    if (!types) return undefined;
    const type = types.valueTypes[r - types.rowOffset]?.[c - types.columnOffset];
    return type ?? (types.bounded ? 'Empty' : undefined);
  };
  const typed =
    types !== undefined &&
    (types.bounded ||
      (types.valueTypes.length === matrix.length &&
        matrix.every((row, r) => row.length === types.valueTypes[r]?.length)));
  if (!typed) {
    return { value: matrix.map((row) => row.map(plainCell)), typed: false, ...(origin ? { info: { origin } } : {}) };
  }
  const emptyMask = matrix.map((row, r) => row.map((_, c) => typeAt(r, c) === 'Empty'));
  const plain = matrix.map((row, r) => row.map((cell, c) => (emptyMask[r]![c] ? null : plainCell(cell))));
  return { value: plain, typed: true, info: { emptyMask, ...(origin ? { origin } : {}) } };
}
