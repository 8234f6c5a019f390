// The second view beside the self-scan, per person: both levels per area and item, differences of 2+ first; never averaged.

import { isLevel } from '../../levels/levels';
import { cellAddress, DEFAULT_ORIGIN } from '../../matrix/address';
import { matchHeader, profileIndex } from '../../matrix/columns';
import { cellText, type Grid } from '../../matrix/grid';
import { type ReadOptions, readMatrix } from '../../matrix/read';
import { findPerson, type MatrixReading } from '../../matrix/reading';
import type { Profile } from '../../profiles/model';
import { matchKey, personKey } from '../../text/normalize';
import { CONVERSATION_TEXTS, SHEET_SECOND_VIEW } from './texts';

/** The names in a matrix grid's name column (a header matching Naam/Name; else the first column), in row order. */
export function namesOfGrid(grid: Grid | undefined, profile: Profile): string[] {
  const rows = grid?.values ?? [];
  const header = rows[0] ?? [];
  const index = profileIndex(profile);
  const found = header.findIndex((cell) => typeof cell === 'string' && matchHeader(index, cell)?.kind === 'name');
  const column = Math.max(0, found);
  return rows
    .slice(1)
    .map((row) => cellText(row[column]))
    .filter(Boolean);
}

/** Whether a header is the rater column's, in either language. */
export function isRaterHeader(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const key = matchKey(value);
  return key === matchKey(CONVERSATION_TEXTS.rater.nl) || key === matchKey(CONVERSATION_TEXTS.rater.en);
}

/** Differences of this many levels or more are listed first, to discuss (om te bespreken). */
export const DISCUSS_DIFFERENCE = 2;

/** The second view as read from its sheet: a matrix of its own, and who gave each row's view. */
export interface SecondView {
  readonly reading: MatrixReading;
  /** personKey of the name → the rater as typed (absent when the row names nobody). */
  readonly raters: ReadonlyMap<string, string>;
}

/** Reads the Tweede blik sheet as a matrix (docs/design.md#5-reading-a-matrix); its rater column is no skipped column. */
export function readSecondView(grid: Grid, profile: Profile, options: ReadOptions = {}): SecondView {
  const origin = grid.origin ?? { ...DEFAULT_ORIGIN, sheet: SHEET_SECOND_VIEW };
  const header = grid.values[0] ?? [];
  const raterColumn = header.findIndex(isRaterHeader);
  const reading = readMatrix({ ...grid, origin }, profile, options);
  const raterCell = raterColumn < 0 ? '' : cellAddress(origin, 0, raterColumn);
  const warnings = reading.warnings.filter(
    (warning) => !(warning.key === 'skippedColumn' && warning.params?.cell === raterCell),
  );
  const raters = new Map<string, string>();
  if (raterColumn >= 0) {
    for (const person of reading.people) {
      const rater = cellText(grid.values[person.gridRow]?.[raterColumn]);
      if (rater) raters.set(personKey(person.name), rater);
    }
  }
  return { reading: { ...reading, warnings }, raters };
}

/** One level of the self-scan beside the second view's. */
export interface LevelPair {
  readonly kind: 'area' | 'item';
  /** Index of the area in the profile (an item's area for an item). */
  readonly area: number;
  /** Index of the item in the profile's item order. */
  readonly item?: number;
  /** 0–4, or EMPTY / NOT_APPLICABLE (levels.ts). */
  readonly self: number;
  readonly second: number;
  /** second − self where both are levels; undefined otherwise. Never an average of the two. */
  readonly difference?: number;
  readonly discuss: boolean;
}

export interface ViewComparison {
  readonly name: string;
  /** Who gave the second view, as typed in its row; empty when nobody is named. */
  readonly rater: string;
  /** Every area in profile order. */
  readonly areas: readonly LevelPair[];
  /** Every item with its own column in either sheet, in profile order. */
  readonly items: readonly LevelPair[];
  /** The pairs differing by DISCUSS_DIFFERENCE or more: the largest difference first, then items before areas, profile order. */
  readonly discuss: readonly LevelPair[];
}

function pairOf(
  kind: LevelPair['kind'],
  area: number,
  item: number | undefined,
  self: number,
  second: number,
): LevelPair {
  const both = isLevel(self) && isLevel(second);
  const difference = both ? Math.round((second - self) * 100) / 100 : undefined;
  return {
    kind,
    area,
    ...(item !== undefined ? { item } : {}),
    self,
    second,
    ...(difference !== undefined ? { difference } : {}),
    discuss: difference !== undefined && Math.abs(difference) >= DISCUSS_DIFFERENCE,
  };
}

/**
 * The person's self-scan (the Teammatrix) beside their second view; undefined when the second view has no level
 * for them yet. Item rows only where either sheet has the item's own column.
 */
export function compareViews(self: MatrixReading, second: SecondView, name: string): ViewComparison | undefined {
  const mine = findPerson(self, name);
  const other = findPerson(second.reading, name);
  if (!mine || !other?.scanned) return undefined;
  const areas = self.profile.areas.map((_, area) =>
    pairOf('area', area, undefined, mine.areaLevels[area]!, other.areaLevels[area]!),
  );
  const items: LevelPair[] = [];
  const itemAreas = self.itemColumns.map((has, item) => (has || second.reading.itemColumns[item] ? item : -1));
  let areaOfItem = 0;
  let end = self.profile.areas[0]?.items.length ?? 0;
  for (let item = 0; item < itemAreas.length; item++) {
    while (item >= end && areaOfItem < self.profile.areas.length - 1)
      end += self.profile.areas[++areaOfItem]!.items.length;
    if (itemAreas[item]! < 0) continue;
    items.push(pairOf('item', areaOfItem, item, mine.itemLevels[item]!, other.itemLevels[item]!));
  }
  const discuss = [...items, ...areas]
    .map((pair, order) => ({ pair, order }))
    .filter(({ pair }) => pair.discuss)
    .sort((x, y) => Math.abs(y.pair.difference!) - Math.abs(x.pair.difference!) || x.order - y.order)
    .map(({ pair }) => pair);
  return { name: mine.name, rater: second.raters.get(personKey(name)) ?? '', areas, items, discuss };
}
