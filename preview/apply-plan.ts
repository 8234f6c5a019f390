// Applies a WorkbookPlan to the in-memory workbook: replace sheets are rewritten (after checking they are as the
// plan read them), merge sheets only get blocks.

import type { Language } from '../shared/i18n/language';
import { serialDate } from '../shared/workbook/carry-over';
import { assertCarryCurrent } from '../shared/workbook/carry-over-check';
import { inRange } from '../shared/workbook/footprint';
import { matrixReference, profileTableReference, renderCustomFormula } from '../shared/workbook/formula-text';
import type { PlanCell, SheetPlan, WorkbookPlan } from '../shared/workbook/plan';
import { readPreviewSheet } from './read-sheet';
import {
  cloneWorkbook,
  emptySheet,
  type PreviewSheet,
  type PreviewWorkbook,
  type StoredCell,
  setCell,
} from './workbook';

/** The preview speaks Google Sheets' formula syntax (plain function names in the plan's language, A1 ranges). */
function storedCell(cell: PlanCell, plan: WorkbookPlan, lang: Language): StoredCell {
  if (cell === null || typeof cell !== 'object') return cell;
  const formula = cell.formula;
  if (formula.kind === 'native') return { formula: formula.text };
  return {
    formula: renderCustomFormula(formula, {
      host: 'sheets',
      lang,
      matrix: matrixReference('sheets', plan.matrixRange),
      ...(plan.profileTableRange ? { profileTable: profileTableReference(plan.profileTableRange) } : {}),
    }),
  };
}

/** A number in a date-styled cell is a date (a carried date comes as its serial), stored as the preview stores dates. */
function asDate(cell: StoredCell, sheet: SheetPlan, row: number, column: number): StoredCell {
  if (typeof cell !== 'number') return cell;
  const dated = sheet.styles.some((styled) => styled.style === 'date' && inRange(styled.range, row, column));
  return dated ? { date: serialDate(cell).toISOString() } : cell;
}

function applySheet(target: PreviewSheet, sheet: SheetPlan, plan: WorkbookPlan): PreviewSheet {
  const result: PreviewSheet = sheet.mode === 'replace' ? emptySheet(sheet.name) : { ...target, scales: [], bold: [] };
  for (const block of sheet.blocks) {
    block.values.forEach((line, r) => {
      line.forEach((cell, c) => {
        const stored = asDate(storedCell(cell, plan, plan.lang ?? 'nl'), sheet, block.row + r, block.column + c);
        setCell(result, block.row + r, block.column + c, stored);
      });
    });
  }
  result.scales.push(...sheet.colourScales.map((scale) => scale.range));
  result.bold.push(
    ...sheet.styles
      .filter((style) => ['header', 'title', 'subtitle'].includes(style.style))
      .map((style) => style.range),
  );
  for (const { column, width } of sheet.columnWidths) result.widths[column] = width;
  return result;
}

/**
 * The workbook after the plan, as a new object: the input is never changed, so a failure midway leaves
 * the workbook as it was (all or nothing, as docs/design.md#9-reliability-and-privacy asks of every host).
 */
export function applyPlan(
  workbook: PreviewWorkbook,
  plan: WorkbookPlan,
  onSheet?: (name: string, index: number) => void,
): PreviewWorkbook {
  // A replace sheet read for the plan must still be as read: a colleague's new cell would be lost.
  for (const sheet of plan.sheets) {
    if (sheet.carry) assertCarryCurrent(sheet, readPreviewSheet(workbook, sheet.name, true));
  }
  const next = cloneWorkbook(workbook);
  plan.sheets.forEach((sheet, index) => {
    onSheet?.(sheet.name, index);
    const at = next.sheets.findIndex((candidate) => candidate.name === sheet.name);
    const applied = applySheet(at >= 0 ? next.sheets[at]! : emptySheet(sheet.name), sheet, plan);
    if (at >= 0) next.sheets[at] = applied;
    else next.sheets.push(applied);
  });
  // A first, still empty default sheet has served its purpose.
  const first = next.sheets[0];
  const rest = next.sheets.filter(
    (sheet) => !(sheet === first && sheet.cells.length === 0 && plan.sheets.every((p) => p.name !== sheet.name)),
  );
  return { sheets: rest, active: { sheet: plan.activate, row: 2, column: 1 } };
}
