// Reads a team matrix file (.csv/.xlsx) as the core reads one, and the --normen table; errors name the file.

import { basename } from 'node:path';
import { resolveNorms } from '../shared/analysis/norms';
import type { Language } from '../shared/i18n/language';
import { TeamscanError } from '../shared/i18n/message';
import type { Scale } from '../shared/levels/scale';
import type { CellValue, Grid } from '../shared/matrix/grid';
import { locateMatrix } from '../shared/matrix/locate';
import { readMatrix } from '../shared/matrix/read';
import type { MatrixReading } from '../shared/matrix/reading';
import { normsInScale } from '../shared/matrix/scale-norms';
import { transposeGrid } from '../shared/matrix/transpose';
import type { Profile } from '../shared/profiles/model';
import { FileError } from './file-error';
import { checkMatrixNames, checkNameCell } from './read/check-names';
import { noMatchHint } from './read/no-match-hint';
import { cutSheetRange } from './read/sheet-range';
import { zeroOneWarning } from './read/zero-one';
import { readTable, readTableFile } from './read-table';
import type { MatrixFileOptions } from './reading-options';
import { recordedScale } from './scale-record';

/** Runs `read`, giving a core refusal (a bad cell, an unknown area) the file's name. */
export async function namingFile<T>(file: string, lang: Language, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof TeamscanError) throw new FileError(basename(file), error, error.localized(lang));
    throw error;
  }
}

/** Refusals after which another sheet of the workbook may hold the matrix. */
const HINTED: ReadonlySet<string> = new Set(['noCompetencyColumns', 'noNameColumn', 'emptyMatrix']);

/** readMatrix; "no competency columns" is followed by how to write a profile and what else in the file matches. */
async function readOrHint(
  file: string,
  located: Grid,
  profile: Profile,
  lang: Language,
  options: MatrixFileOptions,
): Promise<MatrixReading> {
  try {
    return readMatrix(located, profile, options.read);
  } catch (error) {
    if (!(error instanceof TeamscanError) || !HINTED.has(error.detail.key)) throw error;
    const hint = (await noMatchHint(file, located, profile, error.detail.key === 'noCompetencyColumns'))[lang];
    throw new FileError(basename(file), error, hint ? `${error.localized(lang)}\n${hint}` : error.localized(lang));
  }
}

/** The file, and its sheet when it has one, as a message names them ("team.xlsx, blad Scan"). */
function where(file: string, grid: Grid): string {
  const sheet = grid.origin?.sheet;
  return sheet ? `${basename(file)}#${sheet}` : basename(file);
}

/**
 * The matrix of a file as located (title lines dropped) and as read, with the reader's notes (e.g. its
 * encoding) before the matrix's own warnings, and the scale the file records when it does. A .csv name with a line
 * break or the delimiter is refused.
 */
export function readMatrixTable(
  file: string,
  profile: Profile,
  sheet: string | undefined,
  lang: Language,
  options: MatrixFileOptions = {},
): Promise<{ grid: Grid; reading: MatrixReading; recorded?: Scale }> {
  return namingFile(file, lang, async () => {
    const { grid, notes, csv, scaleRecord } = await readTable(file, sheet);
    // A workbook written from a yes/no matrix says so: read in that scale unless --schaal contradicts it.
    const recorded =
      scaleRecord === undefined ? undefined : recordedScale(basename(file), scaleRecord, options.read?.scale);
    const how = recorded ? { ...options, read: { ...options.read, scale: recorded } } : options;
    // --bereik: the block only, its cells named where they sit; the header is then found inside it (§5).
    const block = options.range
      ? cutSheetRange(grid, options.range.block, options.range.text, where(file, grid))
      : grid;
    const turned = options.transpose ? transposeGrid(block) : block;
    const located = locateMatrix(turned, profile);
    const reading = await readOrHint(file, located, profile, lang, how);
    // The names of a .csv are checked line by line; a transposed file's names are in its header line instead.
    if (csv && !options.transpose) checkMatrixNames(basename(file), csv, grid.values, reading);
    // Only 0 and 1 on a scale nobody stated: likely yes/no (docs/design.md#3-levels-and-cell-values).
    const stated = how.read?.scale !== undefined || profile.levels !== undefined;
    const zeroOne = stated ? undefined : zeroOneWarning(located, reading);
    const warnings = [...notes, ...reading.warnings, ...(zeroOne ? [zeroOne] : [])];
    return { grid: located, reading: { ...reading, warnings }, ...(recorded ? { recorded } : {}) };
  });
}

/** The matrix of a file, with the reader's notes (e.g. its encoding) before the matrix's own warnings. */
export async function readMatrixFile(
  file: string,
  profile: Profile,
  sheet: string | undefined,
  lang: Language,
  options: MatrixFileOptions = {},
): Promise<MatrixReading> {
  return (await readMatrixTable(file, profile, sheet, lang, options)).reading;
}

/** The first column of a .csv or .xlsx (a names list); a .csv name with a line break or the delimiter is refused. */
export async function readFirstColumn(file: string): Promise<CellValue[]> {
  const { grid, csv } = await readTable(file);
  const cells = grid.values.map((row) => row[0]);
  if (csv) {
    cells.forEach((cell, record) => {
      checkNameCell(basename(file), csv, record, cell);
    });
  }
  return cells;
}

/** The sheet a norms table is read from in an .xlsx when it has one (else the first sheet). */
export const NORMS_SHEET = 'Normen';

/**
 * The norms table of --normen (docs/design.md#4a-norms-per-area), checked against the profile now so that a bad row is refused
 * naming the file, its cell and its value before anything is analysed.
 */
export async function readNormsFile(
  file: string | undefined,
  profile: Profile,
  lang: Language,
  scale?: Scale,
): Promise<Grid | undefined> {
  if (!file) return undefined;
  const table = await readTableFile(file, undefined, NORMS_SHEET);
  return namingFile(file, lang, async () => {
    const grid = normsInScale(table, scale);
    resolveNorms(profile, { threshold: 2, target: 2 }, grid);
    return grid;
  });
}
