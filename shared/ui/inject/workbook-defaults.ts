// What Profiel invoegen starts from in a workbook that has a matrix: its detail and the Dekking sheet's settings.

import type { Detail } from '../../profiles/detail';
import type { TeamState } from '../useTeam';
import type { WorkbookSheets } from './useSheets';

/** The detail an existing matrix has, from the kinds of its competency fields. */
export function detailOf(team: TeamState): Detail | undefined {
  if (team.status !== 'ready') return undefined;
  const kinds = new Set(team.team.layout.fields.map((field) => field.kind));
  return kinds.has('item') ? 'competenties' : kinds.has('areaType') ? 'kva' : 'gebieden';
}

/**
 * Threshold and target as the workbook's Dekking sheet holds them (B2, B3), read as the formulas read them
 * (a level label or a number typed as text counts too), so the form starts from what the sheet says.
 */
export function dashboardSetting(
  sheets: WorkbookSheets | undefined,
  row: number,
  read: (value: unknown) => number,
): string {
  const value = sheets?.dashboard.exists ? sheets.dashboard.grid.values[row]?.[1] : undefined;
  try {
    return String(read(value));
  } catch {
    return String(read(undefined));
  }
}
