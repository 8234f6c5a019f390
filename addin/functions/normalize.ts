// Makes Excel's arguments plain for the core: an empty cell is null on every platform, never level 0.

import type { ArgumentInfo } from '../../shared/formulas/types';
import type { ParsedAddress } from '../excel/address';

/** What the add-in learned about a range argument: where it sits and Excel's value type per cell. */
export interface ParameterCells {
  readonly address?: ParsedAddress;
  /** Excel.RangeValueType per cell ("Empty", "String", "Double", …), same shape as the values. */
  readonly valueTypes?: readonly (readonly string[])[];
}

export interface NormalizedArgument {
  readonly value: unknown;
  readonly info?: ArgumentInfo;
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

function sameShape(values: readonly unknown[][], types: readonly (readonly string[])[]): boolean {
  return types.length === values.length && values.every((row, r) => row.length === types[r]?.length);
}

function isMatrix(value: unknown): value is unknown[][] {
  return Array.isArray(value) && value.every(Array.isArray);
}

/**
 * Normalises one argument. Where Excel's value types say a cell is Empty, its value (0 on desktop, null on
 * the web) becomes null and the cell is marked in the empty mask; without value types the values stay as
 * Excel passed them (see docs/excel.md).
 */
export function normalizeArgument(value: unknown, cells?: ParameterCells): NormalizedArgument {
  const origin = cells?.address?.origin;
  if (!isMatrix(value)) {
    const empty =
      cells?.valueTypes?.length === 1 && cells.valueTypes[0]?.length === 1 && cells.valueTypes[0][0] === 'Empty';
    return { value: empty ? null : plainCell(value), ...(origin ? { info: { origin } } : {}) };
  }
  const types = cells?.valueTypes && sameShape(value, cells.valueTypes) ? cells.valueTypes : undefined;
  if (!types) {
    const plain = value.map((row) => row.map(plainCell));
    return { value: plain, ...(origin ? { info: { origin } } : {}) };
  }
  const emptyMask = types.map((row) => row.map((type) => type === 'Empty'));
  const plain = value.map((row, r) => row.map((cell, c) => (emptyMask[r]![c] ? null : plainCell(cell))));
  return { value: plain, info: { emptyMask, ...(origin ? { origin } : {}) } };
}
