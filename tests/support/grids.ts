// Helpers for tests: build matrices and read them with the npuls profile.

import { TeamscanError } from '../../shared/i18n/message';
import type { CellValue, Grid } from '../../shared/matrix/grid';
import { readMatrix } from '../../shared/matrix/read';
import type { MatrixReading } from '../../shared/matrix/reading';
import { NPULS } from '../../shared/profiles/data/npuls';
import { ReportError } from '../../shared/report/messages';

export const NPULS_AREAS = ['Basis', 'Bruggenbouwer', 'Adviseur', 'Coach', 'Didacticus', 'Innovator'];

export function read(values: CellValue[][], origin?: Grid['origin']): MatrixReading {
  return readMatrix(origin ? { values, origin } : { values }, NPULS);
}

/** The message of the TeamscanError a function throws (fails the test if it throws nothing). */
export function errorOf(run: () => unknown): TeamscanError {
  try {
    run();
  } catch (error) {
    if (error instanceof TeamscanError) return error;
    throw error;
  }
  throw new Error('expected a TeamscanError, nothing was thrown');
}

/** The ReportError `run` throws (a report refused under the privacy rule). */
export function reportErrorOf(run: () => unknown): ReportError {
  try {
    run();
  } catch (error) {
    if (error instanceof ReportError) return error;
    throw error;
  }
  throw new Error('expected a ReportError, nothing was thrown');
}

export function areaLevel(reading: MatrixReading, name: string, area: string): number {
  const person = reading.people.find((candidate) => candidate.name === name);
  if (!person) throw new Error(`no person ${name}`);
  return person.areaLevels[NPULS.areas.findIndex((candidate) => candidate.id === area)]!;
}
