// Reads Excel's value types of the ranges a custom function was called with, in one Excel.run and one sync.

import type { ParsedAddress } from '../excel/address';

export type ValueTypeReader = (
  addresses: readonly (ParsedAddress | undefined)[],
) => Promise<(readonly (readonly string[])[] | undefined)[]>;

type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** A reader over Excel.run (the shared runtime lets custom functions read the workbook). */
export function excelValueTypeReader(run: ExcelRun): ValueTypeReader {
  return (addresses) =>
    run(async (context) => {
      const ranges = addresses.map((address) => {
        if (!address) return undefined;
        const sheets = context.workbook.worksheets;
        const sheet = address.sheet ? sheets.getItem(address.sheet) : sheets.getActiveWorksheet();
        const range = sheet.getRange(address.cells);
        range.load('valueTypes');
        return range;
      });
      if (ranges.some(Boolean)) await context.sync();
      return ranges.map((range) => range?.valueTypes as string[][] | undefined);
    });
}
