// Builds the WorkbookPlan of an injection (DESIGN §7) from a profile, a detail and what the workbook holds.

import { readTarget, readThreshold } from '../analysis/options';
import type { Language } from '../i18n/language';
import type { Grid } from '../matrix/grid';
import type { Detail } from '../profiles/detail';
import type { Profile } from '../profiles/model';
import { CUSTOM_FUNCTION_DASHBOARD, type DashboardContent, dashboardSheet } from './dashboard-sheet';
import { matrixSheet } from './matrix-sheet';
import type { FormulaArgument, PlanRange, SheetPlan, WorkbookPlan } from './plan';
import { SHEET_MATRIX } from './plan';
import { profileSheet } from './profile-sheet';

export interface InjectionRequest {
  readonly profile: Profile;
  readonly detail: Detail;
  readonly lang: Language;
  /** Names to add to the matrix (those already there are kept, not repeated). */
  readonly names?: readonly string[];
  readonly threshold?: unknown;
  readonly target?: unknown;
  /** The Teammatrix as it is now (used range from A1), when the workbook already has one. */
  readonly existingMatrix?: Grid;
  /**
   * Where the workbook's own profile table is, when `profile` was read from it: that sheet is the
   * institution's and is left as it is; the formulas refer to it.
   */
  readonly customProfileTable?: PlanRange;
  /** How the dashboard computes; default: the Teamscan custom functions. */
  readonly dashboard?: DashboardContent;
}

export function buildWorkbookPlan(request: InjectionRequest): WorkbookPlan {
  const { profile, detail, lang } = request;
  const threshold = readThreshold(request.threshold);
  const target = readTarget(request.target);
  const sheets: SheetPlan[] = [];
  let profileTableRange = request.customProfileTable;
  let profileArgument: FormulaArgument = { kind: 'literal', value: profile.id };
  if (profileTableRange) {
    profileArgument = { kind: 'profileTable' };
  } else {
    sheets.push(profileSheet(profile, lang).sheet);
    profileTableRange = undefined;
  }
  const matrix = matrixSheet(profile, detail, lang, request.names ?? [], request.existingMatrix);
  sheets.push(matrix.sheet);
  sheets.push(
    dashboardSheet(
      { profile, lang, matrix: matrix.range, profileArgument },
      request.dashboard ?? CUSTOM_FUNCTION_DASHBOARD,
      { threshold, target },
    ),
  );
  return {
    profileId: profile.id,
    detail,
    sheets,
    activate: SHEET_MATRIX,
    matrixRange: matrix.range,
    lang,
    ...(profileTableRange ? { profileTableRange } : {}),
  };
}
