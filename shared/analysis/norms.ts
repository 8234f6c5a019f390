// Norms per area (docs/design.md#4a-norms-per-area): a table Gebied / Drempel / Doel that sets the threshold and target per area.

import { fail, quoteValue, TeamscanError } from '../i18n/message';
import { cellAddress, DEFAULT_ORIGIN, rangeAddress } from '../matrix/address';
import { matchHeader, profileIndex } from '../matrix/columns';
import { type CellValue, cellText, type Grid, isBlank } from '../matrix/grid';
import type { Profile } from '../profiles/model';
import { matchKey } from '../text/normalize';
import { readTarget, readThreshold } from './options';

/** The effective threshold and target of one area. */
export interface AreaNorm {
  readonly threshold: number;
  readonly target: number;
}

const HEADER_WORDS: Record<string, 'area' | 'threshold' | 'target'> = {
  gebied: 'area',
  area: 'area',
  drempel: 'threshold',
  threshold: 'threshold',
  doel: 'target',
  target: 'target',
};

type NormColumns = Partial<Record<'area' | 'threshold' | 'target', number>>;

function headerColumns(row: readonly CellValue[]): NormColumns {
  const columns: NormColumns = {};
  row.forEach((cell, column) => {
    const word = HEADER_WORDS[matchKey(cellText(cell))];
    if (word && columns[word] === undefined) columns[word] = column;
  });
  return columns;
}

/** Whether a grid looks like a norms table: a header row (within the first rows) with Gebied and Drempel or Doel. */
export function isNormsTable(grid: Grid): boolean {
  return findHeader(grid) >= 0;
}

function findHeader(grid: Grid): number {
  const limit = Math.min(grid.values.length, 5);
  for (let r = 0; r < limit; r++) {
    const columns = headerColumns(grid.values[r] ?? []);
    if (columns.area !== undefined && (columns.threshold !== undefined || columns.target !== undefined)) return r;
  }
  return -1;
}

function readCell<T>(read: () => T, key: 'normsBadThreshold' | 'normsBadTarget', cell: string, value: unknown): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof TeamscanError) fail(key, { cell, value: quoteValue(value) });
    throw error;
  }
}

/**
 * The norms of every area, in profile order: the table's value where it has one, else the defaults.
 * Everyone areas take only the threshold (their status does not depend on a number of people). A row whose
 * area is not in the profile, a bad level or count, or an area given twice is an error naming the cell.
 */
export function resolveNorms(profile: Profile, defaults: AreaNorm, table?: Grid): AreaNorm[] {
  const norms = profile.areas.map(() => ({ ...defaults }));
  if (!table) return norms;
  const origin = table.origin ?? DEFAULT_ORIGIN;
  const headerRow = findHeader(table);
  if (headerRow < 0) {
    const width = Math.max(1, ...table.values.map((row) => row.length));
    fail('normsNoHeader', { range: rangeAddress(origin, table.values.length, width) });
  }
  const columns = headerColumns(table.values[headerRow]!);
  const index = profileIndex(profile);
  const seen = new Map<number, string>();
  for (let r = headerRow + 1; r < table.values.length; r++) {
    const row = table.values[r] ?? [];
    const areaCell = row[columns.area!];
    if (isBlank(areaCell)) continue;
    const address = cellAddress(origin, r, columns.area!);
    const target = matchHeader(index, cellText(areaCell));
    if (target?.kind !== 'area') {
      fail('normsUnknownArea', { cell: address, value: quoteValue(areaCell), profile: profile.id });
    }
    const earlier = seen.get(target.area);
    if (earlier) {
      fail('normsDuplicateArea', { area: profile.areas[target.area]!.name, first: earlier, second: address });
    }
    seen.set(target.area, address);
    const norm = norms[target.area]!;
    if (columns.threshold !== undefined && !isBlank(row[columns.threshold])) {
      const value = row[columns.threshold];
      const cell = cellAddress(origin, r, columns.threshold);
      norm.threshold = readCell(() => readThreshold(value), 'normsBadThreshold', cell, value);
    }
    if (columns.target !== undefined && !isBlank(row[columns.target])) {
      const value = row[columns.target];
      const cell = cellAddress(origin, r, columns.target);
      norm.target = readCell(() => readTarget(value), 'normsBadTarget', cell, value);
    }
  }
  return norms;
}
