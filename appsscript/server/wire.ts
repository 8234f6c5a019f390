// Cell values as they cross google.script.run, and as the panel sees them after the crossing.

import type { CellValue } from '../../shared/matrix/grid';
import { fromWire, type WireCell } from '../api';

/** Dates may not cross google.script.run; works across realms (the tests run the bundle in a vm). */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

export function toWire(value: unknown): WireCell {
  if (isDate(value)) return { $date: value.getTime() };
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return null;
}

/**
 * A value from getValues as the panel received it through readSheet: a save compares what it re-reads with
 * what the form loaded, so both must have made the same crossing (a Date of this realm, "" as "").
 */
export function asPanelValue(value: unknown): CellValue {
  return fromWire(toWire(value));
}
