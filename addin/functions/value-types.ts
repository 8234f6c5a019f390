// Reads Excel's value types of the ranges a custom function was called with, in one Excel.run and one sync.

import type { ParsedAddress } from '../excel/address';
import type { ExcelRun } from '../excel/run';

/** Excel's value types of one range argument, or of the used part of a whole-column or whole-row argument. */
export interface ArgumentTypes {
  /** Excel.RangeValueType per cell ("Empty", "String", "Double", …) of the part read, from its top-left cell. */
  readonly valueTypes: readonly (readonly string[])[];
  /** Where the part read starts inside the argument: 0 for a block of cells, the used range's offset else. */
  readonly rowOffset: number;
  readonly columnOffset: number;
  /** Whole columns or rows: only their used range was read, and every other cell of the argument is empty. */
  readonly bounded: boolean;
}

export type ValueTypeReader = (
  addresses: readonly (ParsedAddress | undefined)[],
) => Promise<(ArgumentTypes | undefined)[]>;

/**
 * A reader over Excel.run (the shared runtime lets custom functions read the workbook). A whole column ("A:D")
 * is a million rows: only its used range is read (Range.getUsedRangeOrNullObject, values only).
 */
export function excelValueTypeReader(run: ExcelRun): ValueTypeReader {
  return (addresses) =>
    run(async (context) => {
      const ranges = addresses.map((address) => {
        if (!address) return undefined;
        const sheets = context.workbook.worksheets;
        const sheet = address.sheet ? sheets.getItem(address.sheet) : sheets.getActiveWorksheet();
        const whole = sheet.getRange(address.cells);
        if (address.kind === 'cells') {
          whole.load('valueTypes');
          return { address, range: whole };
        }
        const used = whole.getUsedRangeOrNullObject(true);
        used.load('valueTypes,rowIndex,columnIndex');
        return { address, range: used };
      });
      if (ranges.some(Boolean)) await context.sync();
      return ranges.map((read): ArgumentTypes | undefined => {
        if (!read) return undefined;
        const { address, range } = read;
        if (address.kind === 'cells') {
          return { valueTypes: range.valueTypes as string[][], rowOffset: 0, columnOffset: 0, bounded: false };
        }
        if (range.isNullObject) return { valueTypes: [], rowOffset: 0, columnOffset: 0, bounded: true };
        return {
          valueTypes: range.valueTypes as string[][],
          rowOffset: range.rowIndex - (address.origin.row - 1),
          columnOffset: range.columnIndex - (address.origin.column - 1),
          bounded: true,
        };
      });
    });
}
