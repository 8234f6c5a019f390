// A sheet plan's print setup and visibility as exceljs page setup: A4, one page wide, header rows on every page.

import type ExcelJS from 'exceljs';
import type { PlanRange, SheetPlan } from '../../shared/workbook/plan';

/** The OOXML paper size code of A4 (ECMA-376 Part 1, §18.3.1.63 pageSetup `paperSize`). */
const PAPER_A4 = 9;

function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

function rangeAddress(range: PlanRange): string {
  const first = `${columnLetters(range.column + 1)}${range.row + 1}`;
  return `${first}:${columnLetters(range.column + range.columns)}${range.row + range.rows}`;
}

/** Sets how the sheet prints and whether it shows; a sheet without `print` keeps the defaults. */
export function applyPageSetup(sheet: ExcelJS.Worksheet, plan: SheetPlan): void {
  if (plan.hidden) sheet.state = 'hidden';
  const print = plan.print;
  if (!print) return;
  sheet.pageSetup.paperSize = PAPER_A4;
  sheet.pageSetup.orientation = print.orientation;
  // fitToHeight 0: as many pages high as needed, so a long team is not shrunk onto one page.
  sheet.pageSetup.fitToPage = true;
  sheet.pageSetup.fitToWidth = 1;
  sheet.pageSetup.fitToHeight = print.pagesHigh;
  sheet.pageSetup.horizontalCentered = false;
  if (print.area) sheet.pageSetup.printArea = rangeAddress(print.area);
  if (!print.titleRows) return;
  sheet.pageSetup.printTitlesRow = `${print.titleRows.first + 1}:${print.titleRows.last + 1}`;
  // Room for a header that wraps onto a second line ("Ontwikkelwens Adviseur"), so it is not cut on paper.
  for (let row = print.titleRows.first; row <= print.titleRows.last; row++) sheet.getRow(row + 1).height = 30;
}
