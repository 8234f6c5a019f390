// The one way the add-in talks to Excel: Excel.run, injectable so tests can count context.sync().

import { AddinError } from '../texts';
import { officeErrorCode } from './cell-values';

/**
 * A batch in a new RequestContext; with `previous`, in the context of an earlier batch (Excel.run(context, batch),
 * OfficeExtension.RunOptions.previousObjects: "The batch will use the same RequestContext as the passed-in
 * object"). An event handler is removed that way: "The same RequestContext object that the handler was added in
 * must be used when removing the handler" (OfficeExtension.EventHandlerResult).
 */
export type ExcelRun = <T>(
  batch: (context: Excel.RequestContext) => Promise<T>,
  previous?: OfficeExtension.ClientRequestContext,
) => Promise<T>;

/** Excel.run of Office.js, looked up when called (the global exists only inside Office). */
export const officeRun: ExcelRun = (batch, previous) => (previous ? Excel.run(previous, batch) : Excel.run(batch));

/**
 * Excel.run that turns Excel's refusal while the user edits a cell into the panel's message. "InvalidOperationIn
 * CellEditMode: The operation isn't available while Excel is in Edit cell mode. Exit Edit mode by using the Enter
 * or Tab keys, or by selecting another cell, and then try again" (Office Add-ins, Error codes, Excel API error
 * codes: learn.microsoft.com/office/dev/add-ins/reference/javascript-api-for-office-error-codes). Nothing of such
 * a batch runs, so the message can say nothing changed.
 */
export function refusingInCellEditMode(run: ExcelRun): ExcelRun {
  return async (batch, previous) => {
    try {
      return await run(batch, previous);
    } catch (error) {
      if (officeErrorCode(error) === 'InvalidOperationInCellEditMode') throw new AddinError('cellEditMode');
      // "InactiveWorkbook: The operation failed because multiple workbooks are open and the workbook being called
      // by this API has lost focus" (same page).
      if (officeErrorCode(error) === 'InactiveWorkbook') throw new AddinError('workbookInactive');
      throw error;
    }
  };
}
