// A matrix's header mapped to the profile (docs/design.md#5-reading-a-matrix): which column holds which competency, and the level columns the reader reads.

import { fail } from '../i18n/message';
import type { Profile } from '../profiles/model';
import { cellAddress, DEFAULT_ORIGIN } from './address';
import { type ColumnTarget, isCompetency, matchHeader, profileIndex, targetKey } from './columns';
import { cellText, type Grid } from './grid';
import { AREA, AREA_TYPE, ITEM, type LevelColumn, WISH } from './read-cells';
import { shownValue } from './read-checks';
import type { MatrixColumn } from './reading';

function describeTarget(profile: Profile, target: ColumnTarget): string {
  if (target.kind === 'item') return profileIndex(profile).items[target.item]!.item.id;
  if (target.kind === 'area' || target.kind === 'areaType' || target.kind === 'wish') {
    const area = profile.areas[target.area]!;
    if (target.kind === 'areaType') return `${area.code}-${target.type}`;
    return target.kind === 'wish' ? `ontwikkelwens ${area.id}` : area.id;
  }
  return target.kind;
}

/** Maps every header; a second column for the same competency is an error naming both. */
export function mapColumns(grid: Grid, profile: Profile): MatrixColumn[] {
  const origin = grid.origin ?? DEFAULT_ORIGIN;
  const index = profileIndex(profile);
  const header = grid.values[0]!;
  const seen = new Map<string, MatrixColumn>();
  const columns: MatrixColumn[] = [];
  header.forEach((cell, column) => {
    const headerText = cellText(cell);
    const address = cellAddress(origin, 0, column);
    const target = headerText ? matchHeader(index, headerText) : undefined;
    if (!target) {
      columns.push({ column, header: headerText, address });
      return;
    }
    const key = targetKey(target);
    const earlier = seen.get(key);
    if (earlier && (isCompetency(target) || target.kind === 'wish')) {
      fail('duplicateColumn', {
        first: earlier.address,
        firstHeader: shownValue(earlier.header),
        second: address,
        secondHeader: shownValue(headerText),
        target: describeTarget(profile, target),
      });
    }
    if (earlier) {
      columns.push({ column, header: headerText, address });
      return;
    }
    const mapped = { column, header: headerText, address, target };
    seen.set(key, mapped);
    columns.push(mapped);
  });
  return columns;
}

export function levelColumns(columns: readonly MatrixColumn[]): LevelColumn[] {
  const result: LevelColumn[] = [];
  for (const { column, target } of columns) {
    if (!target) continue;
    if (target.kind === 'area') result.push({ column, kind: AREA, area: target.area, item: -1 });
    if (target.kind === 'areaType') result.push({ column, kind: AREA_TYPE, area: target.area, item: -1 });
    if (target.kind === 'item') result.push({ column, kind: ITEM, area: target.area, item: target.item });
    if (target.kind === 'wish') result.push({ column, kind: WISH, area: target.area, item: -1 });
  }
  return result;
}

export function columnOf(columns: readonly MatrixColumn[], kind: ColumnTarget['kind']): number {
  return columns.find((column) => column.target?.kind === kind)?.column ?? -1;
}
