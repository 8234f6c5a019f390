// The add-in-free workbook's plan: the injection plan with a native Dekking sheet, a Rekenblad and pre-filled levels.

import type { Language } from '../../i18n/language';
import type { CellValue, Grid } from '../../matrix/grid';
import { readMatrix } from '../../matrix/read';
import { buildWorkbookPlan, type InjectionRequest } from '../build-plan';
import { COVERAGE_ROW, EXTRA_COLUMN, SUBTITLE_ROW } from '../dashboard-layout';
import { matrixSheet } from '../matrix-sheet';
import type { PlanCell, SheetPlan, WorkbookPlan } from '../plan';
import { SHEET_DASHBOARD, SHEET_MATRIX } from '../plan';
import { withPrintSetup } from '../print-setup';
import { calcSheet } from './calc-sheet';
import { basisCells, nativeDashboard } from './dashboard';
import { type MatrixLayout, matrixLayout, plannedMatrixGrid } from './layout';
import { NATIVE_TEXTS } from './texts';

/** Where the basis table goes on the Dekking sheet: right of the spilling tables, so nothing runs into it. */
export const BASIS_COLUMN = EXTRA_COLUMN;
const NUMBER_TEXT = /^\s*[0-9]+(?:[.,][0-9]+)?\s*$/;
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const DAY = 24 * 60 * 60 * 1000;

/** A cell read from a file as a plan cell: a date becomes a spreadsheet date number, numeric text a number. */
function planCell(value: CellValue, isLevel: boolean): PlanCell {
  if (typeof value === 'number') return value;
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return (value.getTime() - EXCEL_EPOCH) / DAY;
  if (isLevel && typeof value === 'string' && NUMBER_TEXT.test(value)) return Number(value.trim().replace(',', '.'));
  return value;
}

/** Per matrix column: whether it holds levels (an array, not a set: it is asked for every cell of the matrix). */
function levelColumns(layout: MatrixLayout): boolean[] {
  const columns: boolean[] = [];
  for (const area of layout.areas) {
    if (area.own !== undefined) columns[area.own] = true;
    for (const column of area.parts) columns[column] = true;
    if (area.wish !== undefined) columns[area.wish] = true;
  }
  return columns;
}

function withBasis(sheet: SheetPlan, basis: PlanCell[][], lang: Language): SheetPlan {
  return {
    ...sheet,
    blocks: [
      ...sheet.blocks,
      { row: SUBTITLE_ROW, column: BASIS_COLUMN, values: [[NATIVE_TEXTS.basisTitle[lang]], ...basis] },
    ],
    styles: [
      ...sheet.styles,
      { range: { row: SUBTITLE_ROW, column: BASIS_COLUMN, rows: 1, columns: 1 }, style: 'subtitle' },
      { range: { row: COVERAGE_ROW, column: BASIS_COLUMN, rows: 1, columns: 3 }, style: 'header' },
    ],
    columnWidths: [
      ...sheet.columnWidths,
      { column: BASIS_COLUMN, width: 24 },
      { column: BASIS_COLUMN + 1, width: 12 },
      { column: BASIS_COLUMN + 2, width: 12 },
    ],
  };
}

/**
 * The header and the rows the core reads as people: what lies below the matrix's end (instructions, a totals
 * row, people after an empty row without levels) is not carried, so the native formulas, which count every named
 * row, see the team the core sees (docs/design.md#5-reading-a-matrix).
 */
function matrixAsRead(grid: Grid, profile: InjectionRequest['profile']): Grid {
  if (grid.values.length === 0) return grid;
  const reading = readMatrix(grid, profile);
  return { values: [grid.values[0]!, ...reading.people.map((person) => grid.values[person.gridRow]!)] };
}

/** The request of an add-in-free workbook: `anyItem` when its levels come from a yes/no matrix. */
export type NativeWorkbookRequest = InjectionRequest & { readonly anyItem?: boolean };

/**
 * Builds the plan of a workbook that computes without the add-in. With `existingMatrix` (a matrix read from
 * a file, header on its first row) the new Teammatrix holds its cells as written, then the plan's additions.
 * With `anyItem` an area counts whoever holds any of its items, as the core reads a yes/no matrix.
 */
export function buildNativeWorkbookPlan(given: NativeWorkbookRequest): WorkbookPlan {
  const existing = given.existingMatrix ? matrixAsRead(given.existingMatrix, given.profile) : undefined;
  const request: InjectionRequest = existing ? { ...given, existingMatrix: existing } : given;
  // The Teammatrix as the plan will write it (a merged sheet: nothing carried over changes it) lays out the
  // Rekenblad, and that the Dekking sheet: the plan itself is built once, with that Dekking.
  const matrix = matrixSheet(request.profile, request.detail, request.lang, request.names ?? [], existing);
  const grid = plannedMatrixGrid({ sheets: [matrix.sheet] }, existing);
  const layout = matrixLayout(request.profile, grid, matrix.range.rows, given.anyItem ?? false);
  const calc = calcSheet(layout, request.lang);
  const plan = buildWorkbookPlan({ ...request, dashboard: nativeDashboard(calc.refs) });
  const levels = levelColumns(layout);
  const hasBasis = request.profile.areas.some((area) => area.scope === 'everyone');
  const sheets = plan.sheets.map((sheet): SheetPlan => {
    if (sheet.name === SHEET_DASHBOARD && hasBasis)
      return withBasis(sheet, basisCells(calc.refs, request.lang), request.lang);
    if (sheet.name === SHEET_MATRIX && existing && existing.values.length > 0) {
      const values = existing.values.map((row, r) => {
        const cells: PlanCell[] = [];
        for (let c = 0; c < row.length; c++) cells.push(planCell(row[c], r > 0 && levels[c] === true));
        return cells;
      });
      return { ...sheet, blocks: [{ row: 0, column: 0, values }, ...sheet.blocks] };
    }
    return sheet;
  });
  return withPrintSetup({ ...plan, sheets: [...sheets, calc.sheet] }, [calc.sheet.name]);
}
