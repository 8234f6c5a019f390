// How the Rekenblad's name lists (who is covered, below the threshold, missing) are built in blocks of rows.

export interface NameListBlocks {
  /** Whether data row r (1-based) starts a block: its list starts empty instead of continuing the row above. */
  readonly startsBlock: (r: number) => boolean;
  /** The last data row (1-based) of each block, in order; one joining row below the table per block. */
  readonly blockEnds: readonly number[];
  /** Joining rows below the table; the last holds the whole list. */
  readonly tails: number;
}

/**
 * Blocks of about √rows rows: each row holds at most a block's names and each joining row the blocks so far,
 * so the lists cost about rows·√rows names instead of rows² / 2.
 */
export function nameListBlocks(dataRows: number): NameListBlocks {
  const size = Math.max(1, Math.ceil(Math.sqrt(dataRows)));
  const blockEnds: number[] = [];
  for (let end = size; end < dataRows + size; end += size) blockEnds.push(Math.min(end, dataRows));
  return { startsBlock: (r) => (r - 1) % size === 0, blockEnds, tails: blockEnds.length };
}
