// Compares the cached formula values a workbook was written with to what LibreOffice computes on recalculation.

import ExcelJS from 'exceljs';
import type { SheetRows } from './soffice';

export interface CachedComparison {
  /** Formula cells compared. */
  readonly formulas: number;
  /** One readable line per cell whose cached value differs from the recalculated one. */
  readonly problems: readonly string[];
}

/** The cached value as text the way LibreOffice's CSV export writes a value, for the message. */
function describe(result: unknown): string {
  return JSON.stringify(result);
}

function agrees(result: ExcelJS.CellFormulaValue['result'], computed: string): boolean {
  if (result === undefined || result === null) return false;
  if (typeof result === 'number') {
    if (computed.trim() === '') return false;
    return Math.abs(Number(computed) - result) <= 1e-9 * Math.max(1, Math.abs(result));
  }
  if (typeof result === 'boolean') return computed === (result ? 'TRUE' : 'FALSE');
  if (typeof result === 'string') return computed === result;
  if (result instanceof Date) return false;
  return computed === result.error;
}

/**
 * Reads `file` as written (exceljs keeps each formula's cached `result`) and holds every formula cell's
 * cached value against the same cell of LibreOffice's recalculated sheets.
 */
export async function cachedDifferences(file: string, recalculated: Map<string, SheetRows>): Promise<CachedComparison> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const problems: string[] = [];
  let formulas = 0;
  for (const sheet of workbook.worksheets) {
    const rows = recalculated.get(sheet.name);
    sheet.eachRow((row, r) => {
      row.eachCell((cell, c) => {
        if (cell.type !== ExcelJS.ValueType.Formula) return;
        formulas++;
        // cell.value drops a falsy result (0, FALSE, ""); the model keeps it. exceljs reads a written empty
        // text result (<v></v>) as no result, so that one compares as "".
        const result = (cell.model as { result?: ExcelJS.CellFormulaValue['result'] }).result ?? '';
        const computed = rows?.[r - 1]?.[c - 1] ?? '';
        if (!agrees(result, computed)) {
          problems.push(`${sheet.name}!${cell.address}: cached ${describe(result)}, LibreOffice ${describe(computed)}`);
        }
      });
    });
  }
  return { formulas, problems };
}
