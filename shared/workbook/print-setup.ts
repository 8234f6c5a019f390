// Page setup of the sheets Teamscan writes: what prints, in which orientation, with which header rows repeated.

import type { PlanRange, SheetPlan, WorkbookPlan } from './plan';
import { SHEET_DASHBOARD, SHEET_MATRIX, SHEET_PROFILE } from './plan';
import { PROFILE_HEADER_ROW } from './profile-sheet';

const DASHBOARD_ROWS_PER_PAGE = 60;

/**
 * The smallest rectangle from A1 holding every non-empty cell the sheet's blocks write, or undefined when none.
 * A block as tall as the matrix (a list with a row per possible person, mostly empty) counts up to `rowsCap` rows.
 */
export function writtenExtent(
  sheet: SheetPlan,
  tallBlock = Number.POSITIVE_INFINITY,
  rowsCap = 0,
): PlanRange | undefined {
  let top = Number.POSITIVE_INFINITY;
  let left = Number.POSITIVE_INFINITY;
  let bottom = -1;
  let right = -1;
  for (const block of sheet.blocks) {
    const values = block.values.length >= tallBlock ? block.values.slice(0, rowsCap) : block.values;
    values.forEach((row, r) => {
      row.forEach((cell, c) => {
        if (cell === null || cell === '') return;
        top = Math.min(top, block.row + r);
        left = Math.min(left, block.column + c);
        bottom = Math.max(bottom, block.row + r);
        right = Math.max(right, block.column + c);
      });
    });
  }
  if (bottom < 0) return undefined;
  // From A1, so titles and the empty gutter columns keep their place on paper.
  return { row: 0, column: 0, rows: bottom + 1, columns: right + 1 };
}

function printed(sheet: SheetPlan, plan: WorkbookPlan): SheetPlan {
  if (sheet.name === SHEET_MATRIX) {
    // The people rows the matrix holds now (its table), not the spare rows below them.
    const area = sheet.table?.range ?? plan.matrixRange;
    const wide = area.columns > 8;
    return {
      ...sheet,
      print: { orientation: wide ? 'landscape' : 'portrait', area, pagesHigh: 0, titleRows: { first: 0, last: 0 } },
    };
  }
  if (sheet.name === SHEET_DASHBOARD) {
    // The lists with a row per person (key people, basis) print as far as the team's people rows go, not the
    // matrix's spare rows; the other tables whole. No repeated header row: the tables stand side by side and
    // their headers are on the first page.
    const matrix = plan.sheets.find((other) => other.name === SHEET_MATRIX);
    const people = (matrix?.table?.range.rows ?? plan.matrixRange.rows) - 1;
    const area = writtenExtent(sheet, plan.matrixRange.rows - 1, people + 2);
    // A page high per 60 rows: with "as many as needed" LibreOffice adds an empty page after a short dashboard.
    const pagesHigh = Math.max(1, Math.ceil((area?.rows ?? 0) / DASHBOARD_ROWS_PER_PAGE));
    return { ...sheet, print: { orientation: 'landscape', pagesHigh, ...(area ? { area } : {}) } };
  }
  if (sheet.name === SHEET_PROFILE && sheet.mode === 'replace') {
    const area = writtenExtent(sheet);
    return {
      ...sheet,
      print: {
        orientation: 'portrait',
        pagesHigh: 0,
        ...(area ? { area } : {}),
        titleRows: { first: PROFILE_HEADER_ROW, last: PROFILE_HEADER_ROW },
      },
    };
  }
  return sheet;
}

/**
 * The plan with page setup on Teammatrix, Dekking and Profiel (A4, fitted to the page width, header row repeated)
 * and `helpers` hidden: they stay in the workbook for their formulas but neither show nor print.
 */
export function withPrintSetup(plan: WorkbookPlan, helpers: readonly string[] = []): WorkbookPlan {
  return {
    ...plan,
    sheets: plan.sheets.map((sheet) =>
      helpers.includes(sheet.name) ? { ...sheet, hidden: true } : printed(sheet, plan),
    ),
  };
}
