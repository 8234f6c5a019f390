// A matrix whose levels are only 0 and 1, read on the default scale (docs/design.md#3-levels-and-cell-values): likely a yes/no
// matrix, where 1 would mean "has it"; the reading says what --schaal ja-nee would change.

import { type Message, message } from '../i18n/message';
import { cellAddress, type GridOrigin } from './address';
import type { CellValue } from './grid';

const ZERO_ONE = /^\s*[01]\s*$/;
const NOT_APPLICABLE = /^\s*(n\.?v\.?t\.?|n\/?a)\s*$/i;

/**
 * The warning when every filled level cell of the people's rows is 0 or 1 (numbers or digits; n.v.t. aside) and
 * at least one is 1; a label such as "In ontwikkeling" says the file uses levels, so nothing is said then.
 */
export function zeroOneWarning(
  rows: readonly (readonly CellValue[])[],
  mask: readonly (readonly boolean[])[] | undefined,
  columns: Int32Array,
  peopleRows: readonly number[],
  origin: GridOrigin,
): Message | undefined {
  let one: { r: number; c: number } | undefined;
  for (const r of peopleRows) {
    const row = rows[r]!;
    for (let i = 0; i < columns.length; i++) {
      const c = columns[i]!;
      const value = row[c];
      if (value === null || value === undefined || mask?.[r]?.[c]) continue;
      if (typeof value === 'number') {
        if (value !== 0 && value !== 1) return undefined;
      } else if (typeof value === 'string') {
        if (value.trim() === '' || NOT_APPLICABLE.test(value)) continue;
        if (!ZERO_ONE.test(value)) return undefined;
      } else return undefined;
      if (!one && Number(value) === 1) one = { r, c };
    }
  }
  return one ? message('onlyZeroOne', { cell: cellAddress(origin, one.r, one.c) }) : undefined;
}
