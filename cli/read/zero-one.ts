// A matrix whose levels are only 0 and 1, read on a scale nobody stated (docs/design.md#3-levels-and-cell-values): likely yes/no,
// where 1 means "has it"; the warning says what --schaal ja-nee would change. Checked by the CLI (the functions show no warnings).

import { type Message, message } from '../../shared/i18n/message';
import { cellAddress } from '../../shared/matrix/address';
import { isCompetency } from '../../shared/matrix/columns';
import type { Grid } from '../../shared/matrix/grid';
import type { MatrixReading } from '../../shared/matrix/reading';

const ZERO_ONE = /^\s*[01]\s*$/;
const BLANK_OR_NOT_APPLICABLE = /^\s*(n\.?v\.?t\.?|n\/?a)?\s*$/i;

/**
 * The warning when every filled level cell of the people's rows is 0 or 1 (numbers or digits; n.v.t. aside) and
 * at least one is 1; a label such as "In ontwikkeling" or a level 2–4 says the file uses levels: nothing then.
 */
export function zeroOneWarning(grid: Grid, reading: MatrixReading): Message | undefined {
  const columns = reading.columns
    .filter((column) => column.target && isCompetency(column.target) && column.column !== reading.nameColumn)
    .map((column) => column.column);
  const mask = grid.emptyMask;
  let one: { r: number; c: number } | undefined;
  for (const { gridRow: r } of reading.people) {
    const row = grid.values[r] ?? [];
    for (const c of columns) {
      const value = row[c];
      if (value === null || value === undefined || mask?.[r]?.[c]) continue;
      if (typeof value === 'string' && BLANK_OR_NOT_APPLICABLE.test(value)) continue;
      const zeroOrOne =
        typeof value === 'number' ? value === 0 || value === 1 : typeof value === 'string' && ZERO_ONE.test(value);
      if (!zeroOrOne) return undefined;
      if (!one && Number(value) === 1) one = { r, c };
    }
  }
  return one ? message('onlyZeroOne', { cell: cellAddress(reading.origin, one.r, one.c) }) : undefined;
}
