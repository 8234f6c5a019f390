// Helpers for tests: build matrices and read them with the npuls profile.

import { TeamscanError } from '../../shared/i18n/message';
import type { CellValue, Grid } from '../../shared/matrix/grid';
import { readMatrix } from '../../shared/matrix/read';
import type { MatrixReading } from '../../shared/matrix/reading';
import { NPULS } from '../../shared/profiles/data/npuls';

export const NPULS_AREAS = ['Basis', 'Bruggenbouwer', 'Adviseur', 'Coach', 'Didacticus', 'Innovator'];

export function read(values: CellValue[][], origin?: Grid['origin']): MatrixReading {
  return readMatrix(origin ? { values, origin } : { values }, NPULS);
}

/**
 * The error of class `kind` (the core's TeamscanError unless named, e.g. a report's ReportError) that `run` throws;
 * fails the test when it throws nothing or something else.
 */
export function errorOf<T extends Error = TeamscanError>(
  run: () => unknown,
  kind: abstract new (...args: never[]) => T = TeamscanError as unknown as abstract new (
    ...args: never[]
  ) => T,
): T {
  try {
    run();
  } catch (error) {
    if (error instanceof kind) return error;
    throw error;
  }
  throw new Error(`expected a ${kind.name}, nothing was thrown`);
}

export function areaLevel(reading: MatrixReading, name: string, area: string): number {
  const person = reading.people.find((candidate) => candidate.name === name);
  if (!person) throw new Error(`no person ${name}`);
  return person.areaLevels[NPULS.areas.findIndex((candidate) => candidate.id === area)]!;
}
