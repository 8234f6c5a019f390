// A sheet's used range as the panel reads it from Excel, values from A1, and with `formulas` each cell's formula:
// the same conversion for readSheet and for the injection's stale check, so both compare like for like.

import type { SheetSnapshot } from '../../shared/host/bridge';
import type { CellValue } from '../../shared/matrix/grid';
import { serialDate } from '../../shared/workbook/carry-over';
import { plainValue } from './cell-values';

/** What a used range loaded ('values', and with formulas 'formulas' and 'numberFormat'; rowIndex, columnIndex). */
export interface LoadedUsedRange {
  readonly values: unknown[][];
  readonly formulas?: unknown[][];
  readonly numberFormat?: unknown[][];
  readonly rowIndex: number;
  readonly columnIndex: number;
}

/** The properties to load on a used range for `usedRangeSnapshot`. */
export function usedRangeProperties(withFormulas: boolean): string {
  return withFormulas ? 'values,formulas,numberFormat,rowIndex,columnIndex' : 'values,rowIndex,columnIndex';
}

/**
 * A number format that shows a date or time: day, month, year, hour or second codes outside quoted text,
 * escapes and [colour] sections ("General" and "@" are no date). Range.values hands a date as its serial.
 */
export function isDateFormat(format: unknown): boolean {
  if (typeof format !== 'string' || format === 'General' || format === '@') return false;
  const codes = format
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '');
  return /[dmyhs]/i.test(codes);
}

/**
 * A formula as the panel keeps it: Range.formulas returns a constant's value for a cell without a formula
 * (learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-formulas-member: "If a cell has no
 * formula, its value is returned instead"), and so for a value spilled by a dynamic array or a custom function's
 * array too: only the anchor holds the formula, the others are found with getSpillParent
 * (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-dynamic-arrays). `formulas` is in English
 * with commas whatever the user's language ("=SUMME(A1:A10)" in German is formulasLocal, as VBA's FormulaLocal,
 * learn.microsoft.com/office/vba/api/excel.range.formulalocal), which is also what writing `formulas` takes. A
 * formula's text never equals its own result, so a text "=…" (formatted as text, or typed with ') stays text.
 */
function formulaOf(formula: unknown, value: unknown): string | null {
  return typeof formula === 'string' && formula.startsWith('=') && formula !== value ? formula : null;
}

/**
 * The snapshot of a loaded used range (undefined: the sheet is empty). Formulas and number formats are read only
 * `withFormulas` (an Office.js proxy throws on a property it did not load).
 */
export function usedRangeSnapshot(
  sheet: string,
  used: LoadedUsedRange | undefined,
  withFormulas: boolean,
): SheetSnapshot {
  if (!used) return { sheet, grid: { values: [] }, exists: true, ...(withFormulas ? { formulas: [] } : {}) };
  const formulaGrid = withFormulas ? used.formulas : undefined;
  const formats = withFormulas ? used.numberFormat : undefined;
  // The used range may start below or right of A1; the snapshot always starts at A1.
  const pad = <T>(fill: T) => Array.from({ length: used.columnIndex }, () => fill);
  const top = <T>() => Array.from({ length: used.rowIndex }, () => [] as T[]);
  const values: CellValue[][] = [
    ...top<CellValue>(),
    ...used.values.map((row, r) => [
      ...pad<CellValue>(null),
      ...row.map((value, c) => {
        const plain = plainValue(value);
        const dated = typeof plain === 'number' && isDateFormat(formats?.[r]?.[c]);
        return dated && formulaOf(formulaGrid?.[r]?.[c], value) === null ? serialDate(plain) : plain;
      }),
    ]),
  ];
  if (!formulaGrid) return { sheet, grid: { values }, exists: true };
  const formulas: (string | null)[][] = [
    ...top<string | null>(),
    ...formulaGrid.map((row, r) => [
      ...pad<string | null>(null),
      ...row.map((formula, c) => formulaOf(formula, used.values[r]?.[c])),
    ]),
  ];
  return { sheet, grid: { values }, exists: true, formulas };
}
