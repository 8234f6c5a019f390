// A custom profile as a plain list of a matrix's competency headers (docs/design.md#5-reading-a-matrix): ids made, areas from a 2nd column.

import { fail } from '../i18n/message';
import { type CellValue, cellText, type Grid } from '../matrix/grid';
import { matchKey, slug } from '../text/normalize';
import type { LevelsBlock } from './levels-block';
import type { Profile, ProfileArea, ProfileItem } from './model';

/** Headers a list may carry above its entries: not competencies. */
const LIST_HEADERS = new Set([
  'competentie',
  'competenties',
  'kop',
  'koppen',
  'header',
  'headers',
  'skill',
  'skills',
  'vaardigheid',
  'vaardigheden',
  'omschrijving',
  'description',
]);
const AREA_HEADERS = new Set(['gebied', 'area', 'categorie', 'category', 'groep', 'group', 'domein', 'domain']);

/** The area a list without a second column puts every competency in. */
const DEFAULT_AREA = 'Eigen competenties';

/** A code of 2–6 capitals from an area name: "Data & analyse" → "DATA", "ICT" → "ICT". */
function codeOf(name: string, used: Set<string>): string {
  const letters = matchKey(name)
    .replace(/[^a-z0-9]/g, '')
    .toUpperCase();
  const base = /^[A-Z]/.test(letters) ? letters.slice(0, 4) : `G${letters}`.slice(0, 4);
  let code = base.length >= 2 ? base : `${base}X`;
  for (let n = 2; used.has(code); n++) code = `${base.slice(0, 4)}${n}`;
  used.add(code);
  return code;
}

function filledColumns(rows: readonly (readonly CellValue[])[], skip: ReadonlySet<number>): number[] {
  const columns = new Set<number>();
  rows.forEach((row, r) => {
    if (skip.has(r)) return;
    row.forEach((cell, c) => {
      if (cellText(cell) !== '') columns.add(c);
    });
  });
  return [...columns].sort((a, b) => a - b);
}

/**
 * The profile of a one- or two-column list (competency, optional area), or undefined when the grid is no such
 * list (then the caller names the table it expected). Ids are the area code and a number: DATA-1, DATA-2.
 */
export function headerListProfile(grid: Grid, levels: LevelsBlock | undefined): Profile | undefined {
  const rows = grid.values;
  const skip = levels?.rows ?? new Set<number>();
  const columns = filledColumns(rows, skip);
  if (columns.length === 0 || columns.length > 2) return undefined;
  const [textColumn, areaColumn] = columns as [number, number | undefined];
  const areas = new Map<string, { name: string; items: ProfileItem[] }>();
  const usedCodes = new Set<string>();
  const codes = new Map<string, string>();
  const seen = new Map<string, number>();
  const problems: string[] = [...(levels?.problems ?? [])];
  const origin = grid.origin ?? { row: 1, column: 1 };
  let first = true;
  for (let r = 0; r < rows.length; r++) {
    if (skip.has(r)) continue;
    const text = cellText(rows[r]![textColumn]);
    const areaText = areaColumn === undefined ? '' : cellText(rows[r]![areaColumn]);
    if (!text && !areaText) continue;
    if (first) {
      first = false;
      if (LIST_HEADERS.has(matchKey(text)) || AREA_HEADERS.has(matchKey(areaText))) continue;
    }
    if (!text) {
      problems.push(`regel ${origin.row + r}: gebied "${areaText}" zonder competentie`);
      continue;
    }
    const key = matchKey(text);
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      problems.push(`regel ${origin.row + r}: "${text}" staat ook op regel ${earlier} (elke kop één keer)`);
      continue;
    }
    seen.set(key, origin.row + r);
    const areaName = areaText || DEFAULT_AREA;
    const areaId = slug(areaName) || 'gebied';
    let area = areas.get(areaId);
    if (!area) {
      area = { name: areaName, items: [] };
      areas.set(areaId, area);
      codes.set(areaId, codeOf(areaName, usedCodes));
    }
    area.items.push({ id: `${codes.get(areaId)}-${area.items.length + 1}`, text });
  }
  if (problems.length > 0) fail('invalidProfile', { profile: 'Eigen profiel', problems: problems.join('\n') });
  if (areas.size === 0) return undefined;
  const profileAreas: ProfileArea[] = [...areas].map(([id, area]) => ({
    id,
    code: codes.get(id)!,
    name: area.name,
    role: area.name,
    aliases: [],
    description: '',
    scope: 'network',
    items: area.items,
  }));
  return {
    id: 'eigen',
    title: 'Eigen profiel',
    year: 0,
    source: 'Eigen profiel van de instelling',
    licence: 'niet vermeld',
    areas: profileAreas,
    ...(levels && levels.mappings.length > 0 ? { levels: levels.mappings } : {}),
  };
}
