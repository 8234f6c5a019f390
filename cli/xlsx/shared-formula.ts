// Shared formulas (ECMA-376 §18.3.1.40, t="shared"): a column of formulas that differ only by their relative rows is
// written once, each further cell naming it, so a per-person helper column costs one formula text, not one per row.

import { FilledFormula, filledText, type RowTemplate, rowTemplate } from '../../shared/workbook/native/fill-down';
import type { NativeFormula } from '../../shared/workbook/plan';

/** The formula text with every relative row moved down by `rows`, as a spreadsheet fills a formula down. */
export function shiftRows(text: string, rows: number): string {
  return filledText(rowTemplate(text), rows);
}

interface Master {
  /** The master cell's address, as exceljs names it in `sharedFormula`. */
  readonly address: string;
  readonly row: number;
  readonly template: RowTemplate;
  /** How far the master's text is moved down from the template. */
  readonly by: number;
  /** The last row of the column that shares the master's formula. */
  last: number;
}

/**
 * Decides per formula cell, written top to bottom, whether it repeats the formula above it one row down: then
 * it is written as a clone of that column's master. Returns the master's address, or undefined for a new master.
 * A formula filled down from the master's own template is known to repeat it without making its text.
 */
export function sharedFormulas(): (
  address: string,
  row: number,
  column: number,
  formula: NativeFormula,
) => string | undefined {
  const masters = new Map<number, Master>();
  return (address, row, column, formula) => {
    const master = masters.get(column);
    if (formula instanceof FilledFormula) {
      if (
        master?.last === row - 1 &&
        master.template === formula.source &&
        formula.by - master.by === row - master.row
      ) {
        master.last = row;
        return master.address;
      }
      masters.set(column, { address, row, template: formula.source, by: formula.by, last: row });
      return undefined;
    }
    const text = formula.text;
    if (master?.last === row - 1 && filledText(master.template, master.by + row - master.row) === text) {
      master.last = row;
      return master.address;
    }
    masters.set(column, { address, row, template: rowTemplate(text), by: 0, last: row });
    return undefined;
  };
}
