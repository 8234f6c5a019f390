// What a failed injection must undo. Apps Script has no transactions: every SpreadsheetApp call applies as it
// is made and nothing rolls a set of calls back (the service only batches for speed, see SpreadsheetApp.flush:
// https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#flush), so the applier
// records the inverse of each change it makes and runs them backwards when a later step fails.

import type { CellStyle } from '../../../shared/workbook/plan';
import type { DataValidationLike, ProtectionLike, RangeLike, Services, SheetLike } from '../gas';
import { setWidths } from './formats';
import type { PreparedSheet } from './prepare';

/** One cell format as a grid: how to read it from a range and write it back. */
interface FormatGrid {
  read(range: RangeLike): unknown[][];
  write(range: RangeLike, values: unknown[][]): void;
}

const FORMATS = {
  fontWeight: { read: (r) => r.getFontWeights(), write: (r, v) => r.setFontWeights(v as string[][]) },
  fontSize: { read: (r) => r.getFontSizes(), write: (r, v) => r.setFontSizes(v as number[][]) },
  fontStyle: { read: (r) => r.getFontStyles(), write: (r, v) => r.setFontStyles(v as string[][]) },
  fontColor: { read: (r) => r.getFontColors(), write: (r, v) => r.setFontColors(v as string[][]) },
  background: { read: (r) => r.getBackgrounds(), write: (r, v) => r.setBackgrounds(v as string[][]) },
  wrap: { read: (r) => r.getWraps(), write: (r, v) => r.setWraps(v as boolean[][]) },
  numberFormat: { read: (r) => r.getNumberFormats(), write: (r, v) => r.setNumberFormats(v as string[][]) },
  alignment: { read: (r) => r.getHorizontalAlignments(), write: (r, v) => r.setHorizontalAlignments(v as string[][]) },
} satisfies Record<string, FormatGrid>;

/** The formats each plan style changes (formats.ts applies them), so only those are read beforehand. */
const STYLE_FORMATS: Record<CellStyle, readonly (keyof typeof FORMATS)[]> = {
  title: ['fontWeight', 'fontSize'],
  subtitle: ['fontWeight'],
  header: ['fontWeight', 'background', 'wrap'],
  note: ['fontStyle', 'fontColor'],
  wrap: ['wrap'],
  level: ['alignment'],
  date: ['numberFormat'],
  input: ['fontWeight', 'background'],
};

export class UndoJournal {
  private readonly steps: (() => void)[] = [];

  /** Records how to undo a change that has just been made. */
  push(step: () => void): void {
    this.steps.push(step);
  }

  /** Undoes every recorded change, newest first; a step that fails does not stop the others. */
  rollBack(): void {
    for (const step of this.steps.splice(0).reverse()) {
      try {
        step();
      } catch {
        // Best effort: the original failure is what the user needs to see.
      }
    }
  }
}

/**
 * Everything the applier changes on a sheet it merges into (Teammatrix), read before the first write, with
 * the steps that put it back: the size, the values of the cells the blocks write (checked empty, so blanked
 * again), validations, the cell formats its styles change (bold header, centred levels, date format), conditional
 * formats, frozen panes, widths and a protection it adds.
 */
export function recordMergeSheet(gas: Services, sheet: SheetLike, prepared: PreparedSheet, journal: UndoJournal): void {
  const maxRows = sheet.getMaxRows();
  const maxColumns = sheet.getMaxColumns();
  const rows = Math.min(prepared.rows, maxRows);
  const columns = Math.min(prepared.columns, maxColumns);
  const area = sheet.getRange(1, 1, rows, columns);
  const validations: (DataValidationLike | null)[][] = area.getDataValidations();
  const touched = new Set(prepared.plan.styles.flatMap((styled) => STYLE_FORMATS[styled.style]));
  const formats = [...touched].map((name) => ({
    format: FORMATS[name] as FormatGrid,
    values: FORMATS[name].read(area),
  }));
  const rules = sheet.getConditionalFormatRules();
  const frozen = { rows: sheet.getFrozenRows(), columns: sheet.getFrozenColumns() };
  const widths = prepared.plan.columnWidths
    .filter(({ column }) => column < maxColumns)
    .map(({ column }) => ({ column: column + 1, width: sheet.getColumnWidth(column + 1) }));
  const protections = sheet.getProtections(gas.spreadsheet.ProtectionType.SHEET).length;

  journal.push(() => {
    if (protections === 0) {
      for (const protection of sheet.getProtections(gas.spreadsheet.ProtectionType.SHEET) as ProtectionLike[]) {
        protection.remove();
      }
    }
    setWidths(sheet, widths);
    sheet.setFrozenRows(frozen.rows);
    sheet.setFrozenColumns(frozen.columns);
    sheet.setConditionalFormatRules(rules);
    const before = sheet.getRange(1, 1, rows, columns);
    before.setDataValidations(validations);
    for (const { format, values } of formats) format.write(before, values);
    for (const block of prepared.blocks) {
      const width = block.values[0]?.length ?? 0;
      if (block.values.length === 0 || width === 0) continue;
      const blank = block.values.map((row) => row.map(() => ''));
      sheet.getRange(block.row + 1, block.column + 1, block.values.length, width).setValues(blank);
    }
    if (sheet.getMaxColumns() > maxColumns) sheet.deleteColumns(maxColumns + 1, sheet.getMaxColumns() - maxColumns);
    if (sheet.getMaxRows() > maxRows) sheet.deleteRows(maxRows + 1, sheet.getMaxRows() - maxRows);
  });
}
