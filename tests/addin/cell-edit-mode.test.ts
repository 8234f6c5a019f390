// While the user edits a cell Excel refuses every batch (InvalidOperationInCellEditMode): each panel action says
// "finish editing the cell first" and leaves the workbook as it was; once the edit is done the same action works.

import { ExcelBridge } from '../../addin/excel/bridge';
import { AddinError } from '../../addin/texts';
import type { RowWrite } from '../../shared/host/bridge';
import { builtinProfileOrFail } from '../../shared/profiles/resolve';
import { errorText } from '../../shared/ui/i18n';
import { buildWorkbookPlan } from '../../shared/workbook/build-plan';
import { SHEET_MATRIX } from '../../shared/workbook/plan';
import { fakeExcel } from './fake-excel';
import { teamSheet } from './team-sheet';

const profile = builtinProfileOrFail('npuls');

async function refusal(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a refusal');
    },
    (error: unknown) => error,
  );
}

function expectCellEditMessage(error: unknown): void {
  expect(error).toBeInstanceOf(AddinError);
  expect((error as AddinError).key).toBe('cellEditMode');
  expect(errorText(error, 'nl')).toMatch(/rond eerst de celbewerking af/i);
  expect(errorText(error, 'en')).toMatch(/finish editing the cell first/i);
}

describe('Excel in cell-edit mode', () => {
  it('the fake refuses every batch with the documented code', async () => {
    const excel = fakeExcel({ sheets: [teamSheet()], cellEditMode: true });
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem(SHEET_MATRIX).load('name');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidOperationInCellEditMode' });
  });

  it('reading, saving, injecting, a formula and a snapshot each show the message; nothing changes', async () => {
    const excel = fakeExcel({ sheets: [teamSheet()] });
    const bridge = new ExcelBridge(excel.run, 'nl-NL');
    const existing = (await bridge.readSheet(SHEET_MATRIX)).grid.values;
    const before = JSON.stringify([...excel.book.sheets[0]!.cells]);
    excel.book.cellEditMode = true;
    const write: RowWrite = {
      sheet: SHEET_MATRIX,
      headerRow: 1,
      row: 2,
      nameHeader: 'Naam',
      expectedName: 'Jan',
      cells: [],
    };
    const plan = buildWorkbookPlan({
      profile,
      detail: 'gebieden',
      lang: 'nl',
      names: ['Jan'],
      existingMatrix: { values: existing },
    });
    expectCellEditMessage(await refusal(bridge.readSheet(SHEET_MATRIX)));
    expectCellEditMessage(await refusal(bridge.writeRow(write)));
    expectCellEditMessage(await refusal(bridge.applyPlan(plan)));
    expectCellEditMessage(await refusal(bridge.getSelection()));
    expect(excel.book.sheets).toHaveLength(1);
    expect(JSON.stringify([...excel.book.sheets[0]!.cells])).toBe(before);
    // The edit is finished: the same read works.
    excel.book.cellEditMode = false;
    await expect(bridge.readSheet(SHEET_MATRIX)).resolves.toMatchObject({ exists: true });
  });

  it('another workbook in focus (InactiveWorkbook) says to click into this one; nothing changes', async () => {
    const excel = fakeExcel({ sheets: [teamSheet()] });
    const bridge = new ExcelBridge(excel.run, 'nl-NL');
    excel.book.inactive = true;
    const error = await refusal(bridge.readSheet(SHEET_MATRIX));
    expect((error as AddinError).key).toBe('workbookInactive');
    expect(errorText(error, 'nl')).toMatch(/Klik in deze werkmap/);
  });
});
