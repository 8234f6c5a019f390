// Excel reads at most five million cells per get (excel/performance, "size limitations"): a matrix sheet with a
// stray value far outside the table cannot be read whole. The panel names the sheet and what to do, never a raw code.

import { ExcelBridge } from '../../addin/excel/bridge';
import { AddinError } from '../../addin/texts';
import { errorText } from '../../shared/ui/i18n';
import { SHEET_MATRIX } from '../../shared/workbook/plan';
import { typeInto } from './fake/user';
import { fakeExcel } from './fake-excel';
import { teamSheet } from './team-sheet';

describe('a sheet beyond what Excel reads at once', () => {
  it('the fake refuses a read of more than five million cells', async () => {
    const excel = fakeExcel({ sheets: [teamSheet()] });
    await expect(
      excel.run(async (context) => {
        const range = context.workbook.worksheets.getItem(SHEET_MATRIX).getRange('A1:E1000001');
        range.load('values');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
  });

  it('reading the matrix says which sheet and that stray cells far away are the cause', async () => {
    const matrix = teamSheet();
    typeInto(matrix, 1_048_575, 16_383, 'x');
    const bridge = new ExcelBridge(fakeExcel({ sheets: [matrix] }).run, 'nl-NL');
    const error = await bridge.readSheet(SHEET_MATRIX).then(
      () => undefined,
      (reason: unknown) => reason,
    );
    expect(error).toBeInstanceOf(AddinError);
    expect(errorText(error, 'nl')).toMatch(/Blad Teammatrix is te groot.*Ctrl\+End/);
  });
});
