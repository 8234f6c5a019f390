// Reads the scale a no-install workbook records (the workbook name Teamscan_Schaal, shared/levels/scale-record.ts).

import { SCALE_RECORD_NAME } from '../../shared/levels/scale-record';
import type { ExcelRun } from './run';

/**
 * The name's formula, `="ja-nee"` for a text constant (NamedItem.formula, ExcelApi 1.7: "Formulas always start with
 * an equals sign"); undefined when the workbook has no such name (NamedItemCollection.getItemOrNullObject).
 */
export async function readExcelScaleRecord(context: Excel.RequestContext): Promise<string | undefined> {
  const item = context.workbook.names.getItemOrNullObject(SCALE_RECORD_NAME);
  item.load('formula');
  await context.sync();
  return item.isNullObject ? undefined : item.formula;
}

/**
 * The record, read once per panel session: the team is read again after every save, and a workbook's scale does not
 * change under the panel (a name deleted by hand counts from the panel's next start). A failed read is tried again.
 */
export class ScaleRecordOnce {
  private pending: Promise<string | undefined> | undefined;

  read(run: ExcelRun): Promise<string | undefined> {
    this.pending ??= run(readExcelScaleRecord).catch((error: unknown) => {
      this.pending = undefined;
      throw error;
    });
    return this.pending;
  }
}
