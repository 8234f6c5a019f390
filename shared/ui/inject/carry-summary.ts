// What an injection keeps of the user's own cells on Profiel and Dekking, in words, before Invoegen.

import { cellAddress } from '../../matrix/address';
import type { CarriedCell, WorkbookPlan } from '../../workbook/plan';
import type { Translate } from '../i18n';

/**
 * One line per sheet with cells of the user's: how many stay, and where each moved one goes; typed norms in a
 * line of their own (the areas they stay with, and a norm whose area the new profile lacks).
 */
export function carrySummary(plan: WorkbookPlan, t: Translate): string[] {
  return plan.sheets.flatMap((sheet) => {
    const all = sheet.carry?.cells ?? [];
    const at = (row: number, column: number) => cellAddress({ sheet: sheet.name, row: 1, column: 1 }, row, column);
    const lines: string[] = [];
    const cells = all.filter((cell) => !cell.norm?.kept);
    if (cells.length > 0) {
      const kept =
        cells.length === 1
          ? t('carriedOne', { sheet: sheet.name })
          : t('carriedMany', { count: cells.length, sheet: sheet.name });
      const moved = (cell: CarriedCell) => cell.to.row !== cell.row || cell.to.column !== cell.column;
      const moves = cells
        .filter((cell) => moved(cell) && !cell.norm)
        .map((cell) => t('carriedMove', { from: at(cell.row, cell.column), to: at(cell.to.row, cell.to.column) }));
      lines.push([kept, ...moves].join('; '));
    }
    const areas = [...new Set(all.filter((cell) => cell.norm?.kept).map((cell) => cell.norm!.area))];
    if (areas.length > 0) lines.push(t('carriedNorms', { areas: areas.join(', ') }));
    for (const cell of all.filter((candidate) => candidate.norm && !candidate.norm.kept)) {
      lines.push(
        t('carriedNormOrphan', {
          from: at(cell.row, cell.column),
          area: cell.norm!.area,
          to: at(cell.to.row, cell.to.column),
        }),
      );
    }
    return lines;
  });
}
