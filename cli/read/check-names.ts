// Refuses a .csv name that holds a line break or the delimiter (docs/design.md#9-reliability-and-privacy): a name is one line, and a quote
// left open would otherwise carry the next records, or other columns' values, into one person's name.

import type { CellValue } from '../../shared/matrix/grid';
import type { MatrixReading } from '../../shared/matrix/reading';
import type { CsvRecords } from './csv';
import { nameWithDelimiter, nameWithLineBreak } from './read-texts';

type CsvLines = Pick<CsvRecords, 'lines' | 'delimiter'>;

/** Refuses the cell of record `record` when it is a name that cannot be one. */
export function checkNameCell(file: string, csv: CsvLines, record: number, cell: CellValue): void {
  if (typeof cell !== 'string') return;
  const name = cell.trim();
  const line = csv.lines[record] ?? { first: record + 1, last: record + 1 };
  if (/[\r\n]/.test(name)) throw nameWithLineBreak(file, line.first, line.last, name);
  if (name.includes(csv.delimiter)) throw nameWithDelimiter(file, line.first, name, csv.delimiter);
}

/** The names of the people a matrix read from a .csv holds, each checked on its own record. */
export function checkMatrixNames(
  file: string,
  csv: CsvLines,
  values: readonly (readonly CellValue[])[],
  reading: MatrixReading,
): void {
  for (const person of reading.people) {
    // The grid's first row is the file's first record; the matrix may start lower (title lines).
    const record = reading.origin.row - 1 + person.gridRow;
    // The same for columns: --bereik may start right of column A.
    checkNameCell(file, csv, record, values[record]?.[reading.origin.column - 1 + reading.nameColumn]);
  }
}
