// A custom profile's "Niveaus" block (docs/design.md#3-levels-and-cell-values): rows of value → level under a line "Niveaus", up to an empty row.

import { isLevel } from '../levels/levels';
import { readLevel } from '../levels/parse';
import type { LevelMapping } from '../levels/scale';
import { type CellValue, cellText, type Grid } from '../matrix/grid';
import { matchKey } from '../text/normalize';

const BLOCK_WORDS = new Set(['niveaus', 'niveau', 'levels', 'schaal', 'scale']);

export interface LevelsBlock {
  /** 0-based grid rows the block takes, its title line included: no competencies. */
  readonly rows: ReadonlySet<number>;
  readonly mappings: readonly LevelMapping[];
  readonly problems: readonly string[];
}

function filled(row: readonly CellValue[]): string[] {
  return row.map(cellText).filter((text) => text !== '');
}

/** The block when the table has one; each unreadable line is a problem naming its row. */
export function findLevelsBlock(grid: Grid, firstRow: number): LevelsBlock | undefined {
  const rows = grid.values;
  const origin = grid.origin ?? { row: 1, column: 1 };
  const start = rows.findIndex((row, r) => {
    const cells = filled(row);
    return r >= firstRow && cells.length === 1 && BLOCK_WORDS.has(matchKey(cells[0]!));
  });
  if (start < 0) return undefined;
  const taken = new Set([start]);
  const mappings: LevelMapping[] = [];
  const problems: string[] = [];
  for (let r = start + 1; r < rows.length; r++) {
    const row = rows[r]!;
    const cells = row.filter((cell) => cellText(cell) !== '');
    if (cells.length === 0) break;
    taken.add(r);
    const [value, level] = cells;
    const reading = readLevel(level);
    if (cells.length !== 2 || !isLevel(reading) || !Number.isInteger(reading)) {
      problems.push(
        `regel ${origin.row + r}: een niveauregel is "waarde; niveau" met een niveau 0–4 (zoals "5; 4" of "Beginner; 1")`,
      );
      continue;
    }
    mappings.push({ value: cellText(value), level: reading });
  }
  if (mappings.length === 0 && problems.length === 0) {
    problems.push(`regel ${origin.row + start}: het blok Niveaus heeft geen regels "waarde; niveau"`);
  }
  return { rows: taken, mappings, problems };
}
