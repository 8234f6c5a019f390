// Reads a .csv export into a cell grid: delimiter detected (Dutch exports use ;), records kept as they are.

import { parse } from 'csv-parse/sync';
import type { CellValue } from '../../shared/matrix/grid';

const DELIMITERS = [';', ',', '\t'] as const;
/** Lines looked at for the delimiter: enough to pass a title block above the header. */
const SNIFF_LINES = 20;
const QUOTED = /"(?:[^"]|"")*"/g;

/**
 * The delimiter that occurs most often on one line among the first lines, quoted text left out: a title line
 * without delimiters ("Quickscan CTL") or with one comma does not decide; ties go to ; (Dutch exports use ;
 * because , is the decimal mark). Without any delimiter the file has one column.
 */
export function detectDelimiter(text: string): string {
  const lines = text.split(/\r?\n/, SNIFF_LINES).map((line) => line.replace(QUOTED, ''));
  let best: string = DELIMITERS[0];
  let bestCount = 0;
  for (const delimiter of DELIMITERS) {
    const most = Math.max(0, ...lines.map((line) => line.split(delimiter).length - 1));
    if (most > bestCount) {
      best = delimiter;
      bestCount = most;
    }
  }
  return best;
}

/**
 * The records of a CSV text. Records may differ in length (title lines, trailing fields); whether a record is
 * wider than the matrix header is checked where the header is known (shared/matrix/read-checks.ts).
 */
export function parseCsv(text: string): CellValue[][] {
  const withoutBom = text.replace(/^\uFEFF/, '');
  return parse(withoutBom, {
    delimiter: detectDelimiter(withoutBom),
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
  }) as string[][];
}
