// A test file's own scratch folder for the CLI's input files, and a matrix as the semicolon .csv a Dutch Excel saves.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CellValue } from '../../shared/matrix/grid';

/** A new folder under the system's temporary one, and `file`, which writes a text there and returns its path. */
export function scratchFolder(prefix: string): { dir: string; file: (name: string, text: string) => string } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const file = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };
  return { dir, file };
}

/** Rows as semicolon-separated lines, an empty cell for null. */
export const semicolonCsv = (rows: CellValue[][]) =>
  `${rows.map((row) => row.map((cell) => cell ?? '').join(';')).join('\n')}\n`;
