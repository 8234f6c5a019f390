// The formula helper's formula text: a registry function over the workbook's matrix, in the host's syntax.

import { FORMULA_DECLARATIONS as FORMULAS, findDeclaration as findFormula } from '../formulas/declarations';
import { COUNT, MAX, TARGET, THRESHOLD } from '../formulas/params';
import type { Language } from '../i18n/language';
import { columnLetters } from '../matrix/address';
import { findBuiltinProfile } from '../profiles/builtins';
import {
  type FormulaHost,
  matrixReference,
  profileTableReference,
  renderCustomFormula,
} from '../workbook/formula-text';
import type { FormulaArgument, PlanRange } from '../workbook/plan';
import { SHEET_DASHBOARD, SHEET_MATRIX } from '../workbook/plan';
import type { Team } from './team';

/**
 * The functions the helper offers: every registry function that works on the matrix or the profile, but for one
 * that needs the Ontwikkelplan sheet (ONTWIKKELPLAN), which the helper has no argument for; VOORTGANG's optional
 * plan it leaves out.
 */
export const HELPER_FORMULAS: readonly string[] = FORMULAS.filter(
  (formula) =>
    formula.params.some((param) => param.kind === 'matrix' || param.kind === 'profile') &&
    !formula.params.some((param) => param.kind === 'plan' && !param.optional),
).map((formula) => formula.id);

export interface HelperChoice {
  readonly area?: string;
  readonly person?: string;
  /** Whether the workbook has the Dekking sheet, whose B2 and B3 hold threshold and target. */
  readonly dashboard?: boolean;
  readonly threshold?: number;
  readonly target?: number;
  /**
   * The Dekking sheet's norms table (0-based, header included), when it has one: its formulas read threshold and
   * target from it (docs/design.md#4a-norms-per-area), so the helper's formula passes the same table and agrees with the sheet.
   */
  readonly normsRange?: PlanRange;
}

/** The matrix's rectangle in the sheet, 0-based, from the team as read. */
export function teamMatrixRange(team: Team): PlanRange {
  const { origin } = team.reading;
  const rows = team.grid.values.length - (origin.row - 1);
  const columns = team.grid.values.reduce((max, row) => Math.max(max, row.length), 0) - (origin.column - 1);
  return { row: origin.row - 1, column: origin.column - 1, rows, columns };
}

/** The host's formula syntax: Excel's for Excel, Google Sheets' for Sheets and the preview. */
export function formulaHost(host: 'excel' | 'sheets' | 'preview'): FormulaHost {
  return host === 'excel' ? 'excel' : 'sheets';
}

/**
 * The matrix as the formula refers to it. In Excel: the table Teammatrix[#All] that injection made and its
 * formulas use, in a workbook Teamscan injected (it has the Dekking sheet); anywhere else the matrix's cells as
 * the panel read them ("Teammatrix!A1:H20"), a reference that exists whether or not the workbook has that table.
 * In Sheets and the preview: the open-ended range injection writes.
 */
export function helperMatrixReference(host: FormulaHost, team: Team, injected: boolean): string {
  const range = teamMatrixRange(team);
  // A bound own-layout matrix (docs/design.md#7-the-injected-workbook) is referred to by its cells in every host.
  const own = team.layout.sheet !== SHEET_MATRIX;
  if (!own && (host !== 'excel' || injected)) return matrixReference(host, range);
  const sheet = team.layout.sheet;
  const quoted = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  const first = `${columnLetters(range.column + 1)}${range.row + 1}`;
  const last = `${columnLetters(range.column + range.columns)}${range.row + range.rows}`;
  return `${quoted}!${first}:${last}`;
}

/**
 * The formula text, e.g. `=TEAMSCAN.DEKKING(Teammatrix[#All],Dekking!$B$2,Dekking!$B$3,"npuls")`. Function
 * names are in `lang`, the language of the names the host registered (HostBridge.formulaLanguage: English in
 * English Excel, TEAMSCAN.COVERAGE), as injection writes them; Dutch, which every host registers, by default.
 */
export function helperFormula(
  host: 'excel' | 'sheets' | 'preview',
  team: Team,
  id: string,
  choice: HelperChoice = {},
  lang: Language = 'nl',
): string {
  const formula = findFormula(id);
  if (!formula) throw new RangeError(`Unknown formula ${id}`);
  const args = helperArguments(team, id, choice);
  const target = formulaHost(host);
  return renderCustomFormula(
    { kind: 'custom', id: formula.id, args },
    {
      host: target,
      lang,
      matrix: helperMatrixReference(target, team, choice.dashboard === true),
      ...(team.profileTable ? { profileTable: profileTableReference(team.profileTable) } : {}),
    },
  );
}

/**
 * A threshold (level 0–4) as a formula on a matrix in another scale reads it (docs/design.md#3-levels-and-cell-values):
 * one more on 1–5; on a yes/no scale held for any threshold up to 2 (only held reaches it), not held for 0. Above 2
 * a yes/no scale has no value for it: the number stays, and the formula says it is no value of its scale.
 */
function thresholdInScale(scale: NonNullable<Team['scale']>, threshold: number): string | number {
  if (scale.id === '1-5') return scale.write(threshold);
  if (threshold > 2) return threshold;
  return scale.write(threshold > 0 ? 2 : 0);
}

/** The helper's arguments in parameter order, as the formula text names them. */
export function helperArguments(team: Team, id: string, choice: HelperChoice = {}): FormulaArgument[] {
  const formula = findFormula(id);
  if (!formula) throw new RangeError(`Unknown formula ${id}`);
  const profile = team.reading.profile;
  const builtin = findBuiltinProfile(profile.id) === profile;
  const detail = team.layout.fields.some((field) => field.kind === 'item')
    ? 'competenties'
    : team.layout.fields.some((field) => field.kind === 'areaType')
      ? 'kva'
      : 'gebieden';
  const { scale } = team;
  const setting = (row: number, value: number | undefined): FormulaArgument =>
    // Dekking's cells and norms hold levels 0–4: a matrix in another scale gets the values written in its scale.
    scale && row === 1
      ? { kind: 'literal', value: thresholdInScale(scale, value ?? 2) }
      : scale
        ? { kind: 'literal', value: value ?? 2 }
        : choice.dashboard && choice.normsRange
          ? { kind: 'range', sheet: SHEET_DASHBOARD, range: choice.normsRange }
          : choice.dashboard
            ? { kind: 'cell', sheet: SHEET_DASHBOARD, row, column: 1 }
            : { kind: 'literal', value: value ?? 2 };
  // The scale (docs/design.md#3-levels-and-cell-values), optional: a bound matrix's own, else left out (0–4); an
  // optional plan, after it, always left out.
  const params = formula.params.filter((param) => (param.kind !== 'scale' || scale) && param.kind !== 'plan');
  return params.map((param): FormulaArgument => {
    if (param === THRESHOLD) return setting(1, choice.threshold);
    if (param === TARGET) return setting(2, choice.target);
    // A count or a mentor limit: its declared default, written out so the user sees what to change.
    if (param === COUNT || param === MAX) return { kind: 'literal', value: param.default!.value };
    switch (param.kind) {
      case 'matrix':
        return { kind: 'matrix' };
      case 'profile':
        return builtin ? { kind: 'literal', value: profile.id } : { kind: 'profileTable' };
      case 'area':
        return { kind: 'literal', value: choice.area ?? profile.areas[0]!.id };
      case 'text':
        return { kind: 'literal', value: choice.person ?? team.reading.people[0]?.name ?? '' };
      case 'detail':
        return { kind: 'literal', value: detail };
      case 'scale':
        return { kind: 'literal', value: scale!.id };
      default:
        return { kind: 'literal', value: '' };
    }
  });
}
