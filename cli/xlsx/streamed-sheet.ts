// Which rows of a large sheet are written as worksheet XML directly instead of through exceljs, and the cell
// styles those rows keep, taken from the last row exceljs wrote (docs/design.md#10-performance-targets).

import { CALC_SHEET } from '../../shared/workbook/native';
import type { SheetPlan } from '../../shared/workbook/plan';
import { SHEET_DASHBOARD, SHEET_MATRIX } from '../../shared/workbook/plan';
import type { ColumnStyles } from './sheet-rows';

/** The sheets of thousands of rows: the team's levels, the Rekenblad's formulas, the Dekking sheet's lists. */
const LARGE: ReadonlySet<string> = new Set([SHEET_MATRIX, CALC_SHEET, SHEET_DASHBOARD]);

/** Where a sheet is cut: exceljs writes the rows above `from`, the XML the rest, styled as row `from - 1`. */
export interface StreamCut {
  readonly from: number;
  /** The end (0-based, exclusive) of the style ranges that run on below `from`. */
  readonly styledEnd: number;
  /** The columns styled on row `from - 1` by a range that runs on below it. */
  readonly styledColumns: ReadonlySet<number>;
}

/**
 * The cut of a large sheet, or undefined (exceljs writes it all): the row below the one where the last style
 * range starts, provided every range that runs on below it ends on the same row, so each streamed cell has
 * exactly the style of the cell above the cut in its column (or none below the ranges' end).
 */
export function streamCut(plan: SheetPlan): StreamCut | undefined {
  if (!LARGE.has(plan.name)) return undefined;
  const template = Math.max(0, ...plan.styles.map(({ range }) => range.row));
  const running = plan.styles.filter(({ range }) => range.row + range.rows > template + 1);
  const ends = new Set(running.map(({ range }) => range.row + range.rows));
  if (ends.size > 1) return undefined;
  const styledColumns = new Set<number>();
  for (const { range } of running) {
    for (let c = range.column; c < range.column + range.columns; c++) styledColumns.add(c);
  }
  return { from: template + 1, styledEnd: running.length ? [...ends][0]! : template + 1, styledColumns };
}

/** The 0-based column of column letters ("A" 0, "AA" 26). */
function columnIndex(letters: string): number {
  let number = 0;
  for (const letter of letters) number = number * 26 + letter.charCodeAt(0) - 64;
  return number - 1;
}

/**
 * The styles of the cut's styled columns as exceljs wrote them on the row above the cut (its cellXfs indexes); a
 * column exceljs wrote without `s` has the default style.
 */
export function columnStyles(sheetXml: string, cut: StreamCut): ColumnStyles {
  const columns = new Map<number, number>();
  if (cut.styledColumns.size > 0) {
    const start = sheetXml.search(new RegExp(`<row r="${cut.from}"[ >]`));
    const end = start < 0 ? -1 : sheetXml.indexOf('</row>', start);
    const row = start < 0 || end < 0 ? '' : sheetXml.slice(start, end);
    for (const [, letters, attributes] of row.matchAll(/<c r="([A-Z]+)[0-9]+"([^>]*)>/g)) {
      const column = columnIndex(letters!);
      const style = / s="([0-9]+)"/.exec(attributes!);
      if (style && cut.styledColumns.has(column)) columns.set(column, Number(style[1]));
    }
  }
  return { columns, end: cut.styledEnd };
}
