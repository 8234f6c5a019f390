// After "no competency columns" (docs/design.md#5-reading-a-matrix): one line on writing a custom profile, with the file's own headers as the
// example, and what else in the file would match: another built-in profile, or another sheet of the same workbook.

import { basename, extname } from 'node:path';
import type { Localized } from '../../shared/i18n/language';
import { TeamscanError } from '../../shared/i18n/message';
import { builtInScale, SCALE_IDS } from '../../shared/levels/scale';
import { isCompetency, matchHeader, profileIndex } from '../../shared/matrix/columns';
import { cellText, type Grid, isBlank } from '../../shared/matrix/grid';
import { locateMatrix } from '../../shared/matrix/locate';
import { readMatrix } from '../../shared/matrix/read';
import { BUILTIN_PROFILES } from '../../shared/profiles/builtins';
import type { Profile } from '../../shared/profiles/model';
import { SHEET_DASHBOARD, SHEET_PROFILE } from '../../shared/workbook/plan';

/** Refusals that mean the grid holds no matrix of the profile; any other (a bad cell) means its columns matched. */
const NO_MATCH = new Set(['noCompetencyColumns', 'noNameColumn', 'emptyMatrix', 'transposedMatrix']);
/** Teamscan's own sheets beside the matrix: a reference list of the profile, not a matrix. */
const NOT_MATRICES = new Set([SHEET_PROFILE, SHEET_DASHBOARD, 'Rekenblad']);

/** Whether the grid holds a matrix of the profile by the header rules of a real reading. */
export function matchesProfile(grid: Grid, profile: Profile): boolean {
  try {
    return readMatrix(locateMatrix(grid, profile), profile).people.length > 0;
  } catch (error) {
    if (error instanceof TeamscanError) return !NO_MATCH.has(error.detail.key);
    throw error;
  }
}

/** How many competency columns the grid's header has for the profile (0 when it holds no matrix of it). */
function competencyCount(grid: Grid, profile: Profile): number {
  if (!matchesProfile(grid, profile)) return 0;
  const index = profileIndex(profile);
  const header = locateMatrix(grid, profile).values[0] ?? [];
  return header.filter((cell) => {
    const target = typeof cell === 'string' && cell.trim() ? matchHeader(index, cell) : undefined;
    return target !== undefined && isCompetency(target);
  }).length;
}

/** A column holding a value some built-in scale reads as a level: a competency, not names or ids. */
function holdsLevels(grid: Grid, column: number): boolean {
  return grid.values.slice(1).some((row) => {
    const value = row[column];
    return !isBlank(value) && SCALE_IDS.some((id) => builtInScale(id).read(value) >= 0);
  });
}

/** Up to three of the header's own texts that the profile does not know and whose columns hold levels. */
function ownHeaders(grid: Grid, profile: Profile): string[] {
  const index = profileIndex(profile);
  const header = grid.values[0] ?? [];
  const own: string[] = [];
  header.forEach((cell, column) => {
    const text = cellText(cell);
    if (text !== '' && !matchHeader(index, text) && holdsLevels(grid, column)) own.push(text);
  });
  return own.slice(0, 3);
}

const TEXTS = {
  nl: {
    profile: (headers: string) =>
      `Bijv.: zet ${headers} onder elkaar in profiel.csv (één kop per regel, het gebied er eventueel naast) en geef --profiel profiel.csv.`,
    builtin: (id: string) => `Deze koppen passen wel bij het ingebouwde profiel ${id}: --profiel ${id}.`,
    sheet: (name: string, file: string, id: string) =>
      `Werkblad "${name}" van dit bestand past wel bij profiel ${id}: lees dat blad met --sheet "${name}" (of ${file}#${name}).`,
  },
  en: {
    profile: (headers: string) =>
      `E.g.: put ${headers} one below the other in profile.csv (one header per line, the area beside it if you like) and give --profiel profile.csv.`,
    builtin: (id: string) => `These headers do match the built-in profile ${id}: --profiel ${id}.`,
    sheet: (name: string, file: string, id: string) =>
      `Sheet "${name}" of this file does match profile ${id}: read that sheet with --sheet "${name}" (or ${file}#${name}).`,
  },
} as const;

type Texts = (typeof TEXTS)['nl' | 'en'];
type Add = (make: (texts: Texts) => string) => void;

/** The built-in profile whose competencies the header names most, if any does; else how to write one. */
function profileHint(grid: Grid, profile: Profile, add: Add): void {
  let best: { id: string; count: number } | undefined;
  for (const candidate of BUILTIN_PROFILES) {
    if (candidate.id === profile.id) continue;
    const count = competencyCount(grid, candidate);
    if (count > (best?.count ?? 0)) best = { id: candidate.id, count };
  }
  if (best) {
    const { id } = best;
    add((t) => t.builtin(id));
    return;
  }
  const headers = ownHeaders(grid, profile).map((header) => `"${header}"`);
  if (headers.length > 0) add((t) => t.profile(headers.join(', ')));
}

/**
 * The hint's lines in both languages, for a grid (as located) that holds no matrix of the profile; `columns`: it
 * has a header but no competency column, so a profile for its headers is offered too.
 */
export async function noMatchHint(path: string, grid: Grid, profile: Profile, columns: boolean): Promise<Localized> {
  const lines: { nl: string[]; en: string[] } = { nl: [], en: [] };
  const add: Add = (make) => {
    lines.nl.push(make(TEXTS.nl));
    lines.en.push(make(TEXTS.en));
  };
  if (columns) profileHint(grid, profile, add);
  if (extname(path).toLowerCase() === '.xlsx') {
    const file = basename(path);
    // The .xlsx reader loads only for an .xlsx (as every command loads it: lazily).
    const { readSheetTops } = await import('./xlsx-headers');
    const tops = await readSheetTops(path, grid.origin?.sheet);
    const sheet = tops.find((top) => !NOT_MATRICES.has(top.name) && matchesProfile(top.grid, profile));
    if (sheet) add((t) => t.sheet(sheet.name, file, profile.id));
  }
  return { nl: lines.nl.join('\n'), en: lines.en.join('\n') };
}
