// The one way the add-in talks to Excel: Excel.run, injectable so tests can count context.sync().

export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Excel.run of Office.js, looked up when called (the global exists only inside Office). */
export const officeRun: ExcelRun = (batch) => Excel.run(batch);
