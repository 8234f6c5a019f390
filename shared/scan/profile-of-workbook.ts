// Which profile a workbook uses: the built-in or own profile whose headers the Teammatrix matches best.

import { isCompetency, matchHeader, profileIndex } from '../matrix/columns';
import type { Grid } from '../matrix/grid';
import { BUILTIN_PROFILES, DEFAULT_PROFILE_ID, findBuiltinProfile } from '../profiles/builtins';
import { customProfileFromTable } from '../profiles/custom';
import type { Profile } from '../profiles/model';
import { matchKey } from '../text/normalize';
import type { PlanRange } from '../workbook/plan';

/** How many header cells name a competency of the profile. */
export function competencyHeaderCount(header: readonly unknown[], profile: Profile): number {
  const index = profileIndex(profile);
  let count = 0;
  for (const cell of header) {
    if (typeof cell !== 'string' || !cell.trim()) continue;
    const target = matchHeader(index, cell);
    if (target && isCompetency(target)) count++;
  }
  return count;
}

/** The title line the injected Profiel sheet writes for a built-in profile. */
export function builtinTitleLine(profile: Profile): string {
  return `${profile.title} (${profile.year || '—'})`;
}

/** The built-in profile whose Profiel sheet this is, if the sheet's title line says so. */
export function builtinFromProfileSheet(sheet: Grid | undefined): Profile | undefined {
  const title = sheet?.values[0]?.[0];
  if (typeof title !== 'string') return undefined;
  return BUILTIN_PROFILES.find((profile) => builtinTitleLine(profile) === title.trim());
}

/** Where the profile table sits on a sheet read from A1: its header row and the rows below it. */
export function profileTableRange(sheet: Grid): PlanRange | undefined {
  const rows = sheet.values;
  for (let r = 0; r < Math.min(rows.length, 30); r++) {
    const keys = rows[r]!.map((cell) => (typeof cell === 'string' ? matchKey(cell) : ''));
    const hasId = keys.includes('id');
    const hasText = keys.includes('omschrijving') || keys.includes('description') || keys.includes('competentie');
    if (hasId && hasText) {
      const width = rows.reduce((max, row) => Math.max(max, row.length), 0);
      return { row: r, column: 0, rows: rows.length - r, columns: width };
    }
  }
  return undefined;
}

/** The workbook's own profile table, read as a profile; throws the loader's error listing every problem. */
export function ownProfile(sheet: Grid): Profile {
  return customProfileFromTable(sheet);
}

/**
 * The profile of a workbook: the candidate (built-ins, and the own Profiel table when it is not a built-in's)
 * that names the most competency columns of the matrix header; the own table wins a tie, then npuls.
 */
export function profileOfWorkbook(matrixHeader: readonly unknown[], profileSheet?: Grid): Profile {
  const candidates: Profile[] = [];
  if (profileSheet && !builtinFromProfileSheet(profileSheet) && profileTableRange(profileSheet)) {
    try {
      candidates.push(ownProfile(profileSheet));
    } catch {
      // An invalid own table is reported where it is chosen (Profiel invoegen), not here.
    }
  }
  const hinted = builtinFromProfileSheet(profileSheet);
  if (hinted) candidates.push(hinted);
  candidates.push(...BUILTIN_PROFILES.filter((profile) => profile !== hinted));
  let best = findBuiltinProfile(DEFAULT_PROFILE_ID)!;
  let bestScore = 0;
  for (const profile of candidates) {
    const score = competencyHeaderCount(matrixHeader, profile);
    if (score > bestScore) {
      best = profile;
      bestScore = score;
    }
  }
  return best;
}
