// What an injection keeps of the user's own cells on Profiel and Dekking, in words, before Invoegen.

import { cellAddress } from '../../matrix/address';
import type { WorkbookPlan } from '../../workbook/plan';
import type { Translate } from '../i18n';

/** One line per sheet with cells of the user's: how many stay, and where each moved one goes. */
export function carrySummary(plan: WorkbookPlan, t: Translate): string[] {
  return plan.sheets.flatMap((sheet) => {
    const cells = sheet.carry?.cells ?? [];
    if (cells.length === 0) return [];
    const kept =
      cells.length === 1
        ? t('carriedOne', { sheet: sheet.name })
        : t('carriedMany', { count: cells.length, sheet: sheet.name });
    const at = (row: number, column: number) => cellAddress({ sheet: sheet.name, row: 1, column: 1 }, row, column);
    const moves = cells
      .filter((cell) => cell.to.row !== cell.row || cell.to.column !== cell.column)
      .map((cell) => t('carriedMove', { from: at(cell.row, cell.column), to: at(cell.to.row, cell.to.column) }));
    return [[kept, ...moves].join('; ')];
  });
}
