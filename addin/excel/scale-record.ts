// Reads the scale a no-install workbook records (the workbook name Teamscan_Schaal, shared/levels/scale-record.ts).

import { SCALE_RECORD_NAME } from '../../shared/levels/scale-record';

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
