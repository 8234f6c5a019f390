// Why a matrix has no competency columns (docs/design.md#5-reading-a-matrix): skills as rows is refused naming --transponeer; else how to
// write a custom profile, with the profile's own names as examples.

import { fail } from '../i18n/message';
import type { Profile } from '../profiles/model';
import { cellAddress, DEFAULT_ORIGIN, rangeAddress } from './address';
import { isCompetency, matchHeader, profileIndex } from './columns';
import { cellText, type Grid } from './grid';
import { shownValue } from './read-checks';

/** Throws the error for a matrix without competency columns: a turned layout, or no match at all. */
export function failWithoutCompetencies(grid: Grid, profile: Profile): never {
  const origin = grid.origin ?? DEFAULT_ORIGIN;
  const width = grid.values.reduce((max, row) => Math.max(max, row.length), 0);
  const range = rangeAddress(origin, grid.values.length, width);
  const index = profileIndex(profile);
  for (let c = 0; c < width; c++) {
    let first = -1;
    let matches = 0;
    for (let r = 1; r < grid.values.length && matches < 2; r++) {
      const text = cellText(grid.values[r]![c]);
      const target = text ? matchHeader(index, text) : undefined;
      if (target && isCompetency(target)) {
        if (first < 0) first = r;
        matches++;
      }
    }
    if (matches >= 2) {
      fail('transposedMatrix', {
        range,
        cell: cellAddress(origin, first, c),
        example: shownValue(cellText(grid.values[first]![c])),
      });
    }
  }
  const area = profile.areas.find((candidate) => candidate.items.length > 0) ?? profile.areas[0];
  const item = area?.items[0];
  fail('noCompetencyColumns', {
    range,
    profile: profile.id,
    area: area ? area.role || area.name : '',
    code: area ? (item?.type ? `${area.code}-${item.type}` : area.code) : '',
    item: item ? (item.id.includes(' ') ? shownValue(item.text) : item.id) : '',
  });
}
