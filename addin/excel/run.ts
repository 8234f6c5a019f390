// The one way the add-in talks to Excel: Excel.run, injectable so tests can count context.sync().

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
