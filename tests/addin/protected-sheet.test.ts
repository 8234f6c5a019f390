// A protected sheet in Excel: protect() on one fails and no content write lands (the fake as the docs say), and a
// save to a protected team sheet says which sheet to unprotect instead of Excel's bare "AccessDenied".

import { ExcelBridge } from '../../addin/excel/bridge';
import { AddinError } from '../../addin/texts';
import { errorText } from '../../shared/ui/i18n';
import { SHEET_MATRIX } from '../../shared/workbook/plan';
import { fakeExcel } from './fake-excel';
import { openForm, teamSheet } from './team-sheet';

describe('a protected sheet (Excel)', () => {
  it('the fake: protect() on a protected sheet and a write to one both fail with AccessDenied', async () => {
    const sheet = teamSheet();
    sheet.protected = true;
    const excel = fakeExcel({ sheets: [sheet] });
    const attempt = (f: (worksheet: any) => void) =>
      excel.run(async (context) => {
        f(context.workbook.worksheets.getItem(SHEET_MATRIX));
        await context.sync();
      });
    await expect(attempt((w) => w.protection.protect())).rejects.toMatchObject({ code: 'AccessDenied' });
    await expect(attempt((w) => (w.getRange('B2').values = [[3]]))).rejects.toMatchObject({ code: 'AccessDenied' });
    await expect(attempt((w) => w.getRange('B2').clear('Contents'))).rejects.toMatchObject({ code: 'AccessDenied' });
  });

  it('a save to a protected team sheet names the sheet to unprotect; nothing is written, no log is left', async () => {
    const sheet = teamSheet();
    sheet.protected = true;
    const excel = fakeExcel({ sheets: [sheet] });
    const bridge = new ExcelBridge(excel.run, 'nl-NL');
    const before = JSON.stringify([...sheet.cells]);
    const form = await openForm(bridge, 'Jan');
    const error = await form.save({ 'ADV-K2': 4 }).then(
      () => undefined,
      (reason: unknown) => reason,
    );
    expect(error).toBeInstanceOf(AddinError);
    expect((error as AddinError).key).toBe('sheetProtected');
    expect(errorText(error, 'nl')).toContain('Teammatrix');
    expect(JSON.stringify([...sheet.cells])).toBe(before);
    expect(excel.book.sheets.map((s) => s.name)).toEqual(['Teammatrix']);
  });
});
