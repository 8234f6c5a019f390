// The Rekenblad's name lists per area (covered by, below the threshold, not scanned): grown per block of rows,
// then joined block by block below the table (docs/design.md#10-performance-targets).

import type { PlanCell } from '../plan';
import type { calcColumns } from './calc-columns';
import { at, CalcRowCells, type columnFiller, formula } from './calc-row';
import type { NameListBlocks } from './name-lists';

type Columns = ReturnType<typeof calcColumns>;

/**
 * One row's list cells: each list takes the person's name when its condition holds, after the row above's names;
 * the rows within a block are filled down from one text.
 */
export function listCells(
  cells: CalcRowCells,
  r: number,
  row: number,
  columns: Columns,
  lists: NameListBlocks,
  thresholds: readonly string[],
  down: ReturnType<typeof columnFiller>,
): void {
  const { NAME, SCANNED, levelColumn, accumulators } = columns;
  const name = at(NAME, row);
  // A running list over every row would store each name again in every row below it, quadratic in the team size.
  const starts = lists.startsBlock(r);
  accumulators.forEach((acc, a) => {
    const level = at(levelColumn[a]!, row);
    const append = (column: number, condition: string) => {
      const text = (before: string) => `IF(${condition},IF(${before}="",${name},${before}&", "&${name}),${before})`;
      cells.put(column, starts ? formula(text('""')) : down(r, column, () => text(at(column, row - 1))));
    };
    if (acc.coveredBy >= 0) append(acc.coveredBy, `${level}>=${thresholds[a]}`);
    if (acc.below >= 0) append(acc.below, `AND(${level}>=0,${level}<${thresholds[a]})`);
    if (acc.missing >= 0) append(acc.missing, `AND(${name}<>"",${at(SCANNED, row)}=1,${level}=-1)`);
  });
}

/** The rows below the table that join each list's blocks: the last of them holds the whole list. */
export function listTailRows(
  columns: Columns,
  lists: NameListBlocks,
  headerRow: number,
  firstColumn: number,
  lastRow: number,
): PlanCell[][] {
  const listColumns = columns.accumulators.flatMap((acc) =>
    [acc.coveredBy, acc.below, acc.missing].filter((c) => c >= 0),
  );
  return lists.blockEnds.map((end, t) => {
    const cells = new CalcRowCells(firstColumn, columns.width);
    const row = lastRow + t + 1;
    for (const column of listColumns) {
      const block = at(column, headerRow + end);
      const before = t === 0 ? '""' : at(column, row - 1);
      cells.put(column, formula(`IF(${block}="",${before},IF(${before}="",${block},${before}&", "&${block}))`));
    }
    return cells.cells;
  });
}
