// Reads a .csv export into a cell grid: delimiter detected (Dutch exports use ;), records kept as they are,
// each with the file line it starts on; a quote that is never closed, or one that swallows lines, is refused.

import { parse } from 'csv-parse/sync';
import type { CellValue } from '../../shared/matrix/grid';
import { csvCellTooLong, swallowedLines, unclosedQuote } from './read-texts';
import { EXCEL_CELL_LIMIT } from './xlsx-texts';

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

export interface CsvRecords {
  readonly records: string[][];
  /** Per record, the 1-based file lines it starts and ends on (a quoted field may hold line breaks). */
  readonly lines: readonly { readonly first: number; readonly last: number }[];
  readonly delimiter: string;
}

/** Line numbers of byte offsets in the UTF-8 form of the text (csv-parse counts its offsets in those bytes). */
function lineCounter(utf8: Buffer) {
  let at = 0;
  let line = 1;
  return (offset: number): number => {
    for (; at < offset && at < utf8.length; at++) if (utf8[at] === 0x0a) line++;
    return line;
  };
}

/** A field that runs over lines holding the delimiter: records a missing closing quote swallowed. */
function swallows(field: string, delimiter: string): boolean {
  const lineBreak = field.indexOf('\n');
  return lineBreak >= 0 && field.includes(delimiter, lineBreak);
}

/**
 * The records of a CSV text with their lines. Records may differ in length (title lines, trailing fields);
 * whether a record is wider than the matrix header is checked where the header is known
 * (shared/matrix/read-checks.ts). `file` names the file in refusals (docs/design.md#9-reliability-and-privacy: no silent guess).
 */
export function parseCsvRecords(text: string, file = ''): CsvRecords {
  const withoutBom = text.replace(/^\uFEFF/, '');
  const delimiter = detectDelimiter(withoutBom);
  const utf8 = Buffer.from(withoutBom, 'utf8');
  const lineAt = lineCounter(utf8);
  const lines: { first: number; last: number }[] = [];
  let start = 0;
  let records: string[][];
  try {
    records = parse(withoutBom, {
      delimiter,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
      on_record: (record: string[], context: { bytes: number }) => {
        const first = lineAt(start);
        // The record's own line break (when it has one) ends its last line.
        const last = lineAt(context.bytes) - (utf8[context.bytes - 1] === 0x0a ? 1 : 0);
        lines.push({ first, last: Math.max(first, last) });
        start = context.bytes;
        return record;
      },
    }) as string[][];
  } catch (error) {
    // A quote that is never closed: the field began on the line of the record csv-parse was reading.
    if ((error as { code?: string }).code === 'CSV_QUOTE_NOT_CLOSED') throw unclosedQuote(file, lineAt(start));
    throw error;
  }
  records.forEach((record, i) => {
    const { first, last } = lines[i]!;
    for (const field of record) {
      if (field.length > EXCEL_CELL_LIMIT) throw csvCellTooLong(file, first, field.length, EXCEL_CELL_LIMIT);
      if (last > first && swallows(field, delimiter)) throw swallowedLines(file, first, last, delimiter);
    }
  });
  return { records, lines, delimiter };
}

/** The records of a CSV text (see parseCsvRecords). */
export function parseCsv(text: string, file = ''): CellValue[][] {
  return parseCsvRecords(text, file).records;
}
