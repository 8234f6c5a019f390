// Builds the WorkbookPlan of an injection (docs/design.md#7-the-injected-workbook) from a profile, a detail and what the workbook holds.

import { readTarget, readThreshold } from '../analysis/options';
import type { SizeBasis } from '../formulas/result-size';
import type { SheetSnapshot } from '../host/bridge';
import type { Language } from '../i18n/language';
import { matchHeader, profileIndex } from '../matrix/columns';
import { type Grid, isBlank } from '../matrix/grid';
import type { Detail } from '../profiles/detail';
import type { Profile } from '../profiles/model';
import { withTypedNorms } from './carry-norms';
import { carryOver } from './carry-over';
import { CUSTOM_FUNCTION_DASHBOARD } from './dashboard-custom';
import { type DashboardContent, dashboardSheet } from './dashboard-sheet';
import { matrixSheet } from './matrix-sheet';
import type { FormulaArgument, PlanRange, SheetPlan, WorkbookPlan } from './plan';
import { SHEET_DASHBOARD, SHEET_MATRIX } from './plan';
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
  /**
   * The sheets the plan replaces as read now, with formulas (`readSheet(name, { formulas: true })`): the user's
   * cells on them are carried into the new sheets, and the appliers refuse when the sheet changed since.
   */
  readonly replacedSheets?: Readonly<Record<string, SheetSnapshot>>;
  /** The workbook's profile and detail before this injection: what its old sheets were made for. */
  readonly previous?: { readonly profile?: Profile; readonly detail?: Detail };
  /**
   * A Dekking sheet read from another workbook (`teamscan workbook --from`), formulas marked: the norms typed in
   * its norms table go into the new one, each in its area's row (a formula there is never taken for a typed norm).
   */
  readonly normsFrom?: SheetSnapshot;
}

/**
 * What the matrix's results are sized by for a profile: its people (rows holding anything below the header) and
 * its item columns (headers that are items of the profile), in the matrix as read plus what the plan adds.
 */
function sizeBasis(profile: Profile, matrix: Grid | undefined, names: number, detail?: Detail): SizeBasis {
  const index = profileIndex(profile);
  const header = matrix?.values[0] ?? [];
  const itemHeaders = new Set(
    header.filter((cell) => typeof cell === 'string' && matchHeader(index, cell)?.kind === 'item').map(String),
  );
  const planned = detail === 'competenties' ? profile.areas.flatMap((area) => area.items.map((item) => item.id)) : [];
  for (const id of planned) itemHeaders.add(id);
  const people = (matrix?.values.slice(1) ?? []).filter((row) => row.some((cell) => !isBlank(cell))).length;
  return { profile, people: people + names, itemColumns: itemHeaders.size };
}

/** Carries the user's cells of each replaced sheet that was read into its new plan (carry-over.ts). */
function withCarriedCells(plan: WorkbookPlan, request: InjectionRequest): WorkbookPlan {
  const read = request.replacedSheets;
  if (!read) return plan;
  const { profile } = request;
  const previous = request.previous ?? {};
  const oldProfile = previous.profile ?? profile;
  const basis = sizeBasis(profile, request.existingMatrix, request.names?.length ?? 0, request.detail);
  const oldBasis = sizeBasis(oldProfile, request.existingMatrix, 0, previous.detail);
  const context = {
    profiles: oldProfile === profile ? [profile] : [profile, oldProfile],
    basis,
    oldBasis,
    layout: (p: Profile, lang: Language, d: Detail) => buildSheets({ profile: p, detail: d, lang }),
  };
  return {
    ...plan,
    sheets: plan.sheets.map((sheet) => {
      const snapshot = read[sheet.name];
      return sheet.mode === 'replace' && snapshot ? carryOver(sheet, snapshot, context) : sheet;
    }),
  };
}

export function buildWorkbookPlan(request: InjectionRequest): WorkbookPlan {
  const plan = withCarriedCells(buildSheets(request), request);
  const source = request.normsFrom;
  if (!source) return plan;
  return {
    ...plan,
    sheets: plan.sheets.map((sheet) =>
      sheet.name === SHEET_DASHBOARD ? withTypedNorms(sheet, request.profile, source) : sheet,
    ),
  };
}

/** The plan as today's layout has it, without anything carried over. */
function buildSheets(request: InjectionRequest): WorkbookPlan {
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
