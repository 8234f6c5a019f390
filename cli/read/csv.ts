// Reads a .csv export into a cell grid: delimiter detected (Dutch exports use ;).

import { parse } from 'csv-parse/sync';
import type { CellValue } from '../../shared/matrix/grid';

/** The most frequent of ; , and tab in the first line: Dutch exports use ; because , is the decimal mark. */
function detectDelimiter(text: string): string {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const counts = [';', ',', '\t'].map((delimiter) => ({ delimiter, count: firstLine.split(delimiter).length - 1 }));
  counts.sort((a, b) => b.count - a.count);
  return counts[0]!.count > 0 ? counts[0]!.delimiter : ',';
}

export function parseCsv(text: string): CellValue[][] {
  return parse(text, {
    delimiter: detectDelimiter(text.replace(/^\uFEFF/, '')),
    bom: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
  }) as string[][];
}
