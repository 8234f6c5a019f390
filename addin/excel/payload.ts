// Excel's 5 MB request limit: a large write is split into runs of rows, each sent in its own sync.

/**
 * "Excel on the web has a payload size limit for requests and responses of 5MB"; over it the sync fails with
 * RequestPayloadSizeLimitExceeded (learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-
 * optimization#excel-add-ins). The request also carries addresses and commands, whose size the docs do not state:
 * the values of one sync stay well below the limit.
 */
export const SYNC_PAYLOAD_BUDGET = 2 * 1024 * 1024;

/** Roughly what a row adds to a request: its cells as JSON text. */
function rowSize(rows: readonly (readonly unknown[][])[], index: number): number {
  return rows.reduce((sum, grid) => sum + JSON.stringify(grid[index] ?? []).length, 0);
}

/**
 * Splits rows 0..count-1 into consecutive runs whose cells (summed over all `grids`, e.g. values and number
 * formats of the same rows) stay within `budget`; a single row larger than the budget is a run of its own.
 * Returns [start, end) pairs covering every row, at least one run.
 */
export function rowRuns(
  count: number,
  grids: readonly (readonly unknown[][])[],
  budget = SYNC_PAYLOAD_BUDGET,
): [number, number][] {
  const runs: [number, number][] = [];
  let start = 0;
  let size = 0;
  for (let row = 0; row < count; row++) {
    const next = rowSize(grids, row);
    if (row > start && size + next > budget) {
      runs.push([start, row]);
      start = row;
      size = 0;
    }
    size += next;
  }
  runs.push([start, Math.max(count, start)]);
  return runs;
}
