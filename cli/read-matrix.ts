// Reads a team matrix file (.csv/.xlsx) as the core reads one, and the --normen table; errors name the file.

import { basename } from 'node:path';
import { resolveNorms } from '../shared/analysis/norms';
import type { Language } from '../shared/i18n/language';
import { TeamscanError } from '../shared/i18n/message';
import type { Scale } from '../shared/levels/scale';
import type { Grid } from '../shared/matrix/grid';
import { locateMatrix } from '../shared/matrix/locate';
import { readMatrix } from '../shared/matrix/read';
import type { MatrixReading } from '../shared/matrix/reading';
import { normsInScale } from '../shared/matrix/scale-norms';
import { transposeGrid } from '../shared/matrix/transpose';
import type { Profile } from '../shared/profiles/model';
import { FileError } from './file-error';
import { readTable, readTableFile } from './read-table';
import type { MatrixFileOptions } from './reading-options';

/** Runs `read`, giving a core refusal (a bad cell, an unknown area) the file's name. */
async function namingFile<T>(file: string, lang: Language, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof TeamscanError) throw new FileError(basename(file), error, error.localized(lang));
    throw error;
  }
}

/** The matrix of a file, with the reader's notes (e.g. its encoding) before the matrix's own warnings. */
export function readMatrixFile(
  file: string,
  profile: Profile,
  sheet: string | undefined,
  lang: Language,
  options: MatrixFileOptions = {},
): Promise<MatrixReading> {
  return namingFile(file, lang, async () => {
    const { grid, notes } = await readTable(file, sheet);
    const turned = options.transpose ? transposeGrid(grid) : grid;
    const reading = readMatrix(locateMatrix(turned, profile), profile, options.read);
    return { ...reading, warnings: [...notes, ...reading.warnings] };
  });
}

/** The sheet a norms table is read from in an .xlsx when it has one (else the first sheet). */
export const NORMS_SHEET = 'Normen';

/**
 * The norms table of --normen (DESIGN §4a), checked against the profile now so that a bad row is refused
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
