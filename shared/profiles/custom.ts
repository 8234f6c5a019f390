// Reads a custom profile from a sheet table (ID, Gebied, Type, Omschrijving, optional Bereik; docs/design.md#2-profiles).

import { fail } from '../i18n/message';
import { DEFAULT_ORIGIN, type GridOrigin } from '../matrix/address';
import { type CellValue, cellText, type Grid } from '../matrix/grid';
import { matchKey, slug } from '../text/normalize';
import { headerListProfile } from './header-list';
import { findLevelsBlock } from './levels-block';
import type { AreaScope, ItemType, Profile, ProfileArea, ProfileItem } from './model';
import { type ProfileProblem, validateProfile } from './validate';

export const CUSTOM_PROFILE_ID = 'eigen';

type Column = 'id' | 'area' | 'type' | 'text' | 'scope' | 'group';

const HEADER_WORDS: Record<string, Column> = {
  id: 'id',
  gebied: 'area',
  area: 'area',
  type: 'type',
  omschrijving: 'text',
  description: 'text',
  competentie: 'text',
  bereik: 'scope',
  scope: 'scope',
  onderdeel: 'group',
  group: 'group',
};

const TYPE_WORDS: Record<string, ItemType | 'area' | ''> = {
  '': '',
  k: 'K',
  kennis: 'K',
  knowledge: 'K',
  v: 'V',
  vaardigheden: 'V',
  vaardigheid: 'V',
  skills: 'V',
  a: 'A',
  attitude: 'A',
  attitudes: 'A',
  gebied: 'area',
  area: 'area',
};

const SCOPE_WORDS: Record<string, AreaScope> = {
  iedereen: 'everyone',
  everyone: 'everyone',
  netwerk: 'network',
  network: 'network',
};

interface DraftArea {
  id: string;
  code: string;
  name: string;
  description: string;
  scope?: AreaScope;
  items: ProfileItem[];
}

function findHeader(rows: Grid['values']): { row: number; columns: Map<Column, number> } | undefined {
  for (let r = 0; r < Math.min(rows.length, 30); r++) {
    const columns = new Map<Column, number>();
    rows[r]!.forEach((cell, c) => {
      const column = HEADER_WORDS[matchKey(cellText(cell))];
      if (column && !columns.has(column)) columns.set(column, c);
    });
    if (columns.has('id') && columns.has('area') && columns.has('text')) return { row: r, columns };
  }
  return undefined;
}

/** Title, source and licence from the lines above the table, as the injected Profiel sheet writes them. */
function readPreamble(rows: Grid['values'], headerRow: number): Pick<Profile, 'title' | 'source' | 'licence'> {
  let title = 'Eigen profiel';
  let source = 'Eigen profiel van de instelling';
  let licence = 'niet vermeld';
  for (let r = 0; r < headerRow; r++) {
    const line = rows[r]!.map(cellText).filter(Boolean).join(' ');
    const labelled = /^(bron|source|licentie|licence|license)\s*:\s*(.+)$/i.exec(line);
    if (labelled) {
      if (/^(bron|source)$/i.test(labelled[1]!)) source = labelled[2]!;
      else licence = labelled[2]!;
    } else if (line && title === 'Eigen profiel') {
      title = line;
    }
  }
  return { title, source, licence };
}

function uniqueCode(wanted: string, used: Set<string>): string {
  let code = wanted;
  for (let n = 2; used.has(code); n++) code = `${wanted}${n}`;
  used.add(code);
  return code;
}

/** Problems of one kind listed at most this many times; the rule is said once, with the profile's own names. */
const LISTED = 5;

/** The validator's problems with the id rule said once (examples from this profile), long runs shortened. */
function summarised(found: readonly ProfileProblem[], profile: Profile): string[] {
  const badIds = found.filter((problem) => problem.problem.includes('bevat spaties'));
  const rest = found.filter((problem) => !badIds.includes(problem)).map((p) => `${p.where}: ${p.problem}`);
  if (badIds.length === 0) return rest;
  const area = profile.areas[0];
  const example = area ? `${area.code}-1` : 'DATA-1';
  const shown = badIds.slice(0, LISTED).map((problem) => `"${problem.where}"`);
  if (badIds.length > LISTED) shown.push(`en ${badIds.length - LISTED} meer`);
  return [
    `${badIds.length} ID's zijn leeg of bevatten spaties (${shown.join(', ')}): een ID is één woord zonder spaties, zoals ${example}; laat de kolom ID leeg, dan maakt Teamscan ze uit de gebiedscode`,
    ...rest,
  ];
}

/** Builds a profile from a table; throws one error that lists every problem with its row. */
export function customProfileFromTable(grid: Grid): Profile {
  const origin: GridOrigin = grid.origin ?? DEFAULT_ORIGIN;
  const header = findHeader(grid.values);
  if (!header) {
    // A plain list of the matrix's competency headers is a profile too (docs/design.md#5-reading-a-matrix).
    return headerListProfile(grid, findLevelsBlock(grid, 0)) ?? fail('profileTableHeader');
  }
  const get = (row: readonly CellValue[], column: Column): string => {
    const index = header.columns.get(column);
    return index === undefined ? '' : cellText(row[index]);
  };

  const problems: string[] = [];
  const levelsBlock = findLevelsBlock(grid, header.row + 1);
  if (levelsBlock) problems.push(...levelsBlock.problems);
  const areas = new Map<string, DraftArea>();
  const usedCodes = new Set<string>();
  for (let r = header.row + 1; r < grid.values.length; r++) {
    const row = grid.values[r]!;
    if (row.every((cell) => cellText(cell) === '') || levelsBlock?.rows.has(r)) continue;
    const rowLabel = String(origin.row + r);
    const report = (problem: string) => problems.push(`regel ${rowLabel}: ${problem}`);
    const id = get(row, 'id');
    const areaName = get(row, 'area');
    const text = get(row, 'text');
    const typeWord = TYPE_WORDS[matchKey(get(row, 'type'))];
    const scopeText = get(row, 'scope');
    const scope = scopeText ? SCOPE_WORDS[matchKey(scopeText)] : undefined;
    if (!areaName) report('Gebied ontbreekt');
    if (typeWord === undefined) report(`Type "${get(row, 'type')}" is onbekend (K, V, A, Gebied of leeg)`);
    if (scopeText && !scope) report(`Bereik "${scopeText}" is onbekend (iedereen of netwerk)`);
    if (!areaName || typeWord === undefined) continue;

    const areaId = slug(areaName);
    let area = areas.get(areaId);
    if (!area) {
      const prefix = /^([A-Za-z]{2,6})[-_ ]/.exec(id)?.[1] ?? areaId.replace(/-/g, '').slice(0, 3);
      const code = typeWord === 'area' && id ? id.toUpperCase() : prefix.toUpperCase();
      area = { id: areaId, code: uniqueCode(code, usedCodes), name: areaName, description: '', items: [] };
      areas.set(areaId, area);
    }
    if (scope) {
      if (area.scope && area.scope !== scope)
        report(`Bereik "${scopeText}" verschilt van eerdere regels van ${areaName}`);
      area.scope = scope;
    }
    if (typeWord === 'area') {
      area.description = text;
      continue;
    }
    if (!text) report('Omschrijving ontbreekt');
    if (!text) continue;
    const group = get(row, 'group');
    // An empty ID is made from the area code and the item's place in its area: DATA-3.
    const itemId = id || `${area.code}-${area.items.length + 1}`;
    area.items.push({ id: itemId, ...(typeWord ? { type: typeWord } : {}), ...(group ? { group } : {}), text });
  }

  const profileAreas: ProfileArea[] = [...areas.values()].map((area) => ({
    id: area.id,
    code: area.code,
    name: area.name,
    role: area.name,
    aliases: [],
    description: area.description,
    scope: area.scope ?? 'network',
    items: area.items,
  }));
  const profile: Profile = {
    id: CUSTOM_PROFILE_ID,
    year: 0,
    areas: profileAreas,
    ...readPreamble(grid.values, header.row),
    ...(levelsBlock && levelsBlock.mappings.length > 0 ? { levels: levelsBlock.mappings } : {}),
  };
  problems.push(...summarised(validateProfile(profile), profile));
  if (problems.length > 0) fail('invalidProfile', { profile: profile.title, problems: problems.join('\n') });
  return profile;
}
