// A user's text that starts with "=", "+", "-" or an apostrophe is written so Excel keeps it as that text: the
// Range.values reference says "=", "+" and "-" start a formula and does not document the "@" format as stopping
// it, so the add-in writes Excel's text prefix (an apostrophe). The fake is run as the docs leave it: "@" alone
// does not keep such text.

import { ExcelBridge } from '../../addin/excel/bridge';
import { literalInput } from '../../addin/excel/cell-values';
import { builtinProfileOrFail } from '../../shared/profiles/resolve';
import { buildWorkbookPlan } from '../../shared/workbook/build-plan';
import { SHEET_MATRIX } from '../../shared/workbook/plan';
import { fakeExcel } from './fake-excel';
import { openForm, teamSheet } from './team-sheet';

const TEXTS = ['=Jan', '+31 6 1234 5678', '-ADV', "'t Hooft", '=SUM(A1:A3)'];

describe('text starting like a formula (Excel)', () => {
  it('literalInput prefixes exactly the texts Excel would read otherwise', () => {
    expect(TEXTS.map(literalInput)).toEqual(TEXTS.map((text) => `'${text}`));
    expect(['Jan', '3', 'a=b', '', 2, true, null].map(literalInput)).toEqual(['Jan', '3', 'a=b', '', 2, true, null]);
  });

  it.each(TEXTS)('a save writes %s as that text, also where "@" alone would not keep it', async (text) => {
    const excel = fakeExcel({ sheets: [teamSheet()] }, { textFormatIgnored: true });
    const bridge = new ExcelBridge(excel.run, 'nl-NL');
    const form = await openForm(bridge, 'Jan');
    await form.save({ Buddy: text });
    const cells = [...excel.book.sheets[0]!.cells.values()];
    expect(cells.some((cell) => cell.formula !== undefined)).toBe(false);
    const values = (await bridge.readSheet(SHEET_MATRIX)).grid.values;
    expect(values[1]![5]).toBe(text);
  });

  it('an injected matrix keeps names such as "=Anna" and "-Piet" as text', async () => {
    const excel = fakeExcel(undefined, { textFormatIgnored: true });
    const bridge = new ExcelBridge(excel.run, 'nl-NL');
    const profile = builtinProfileOrFail('npuls');
    await bridge.applyPlan(buildWorkbookPlan({ profile, detail: 'gebieden', lang: 'nl', names: ['=Anna', '-Piet'] }));
    const matrix = excel.book.sheets.find((sheet) => sheet.name === SHEET_MATRIX)!;
    const names = [...matrix.cells.values()].filter((cell) => cell.value === '=Anna' || cell.value === '-Piet');
    expect(names).toHaveLength(2);
    for (const cell of names) expect(cell.formula).toBeUndefined();
  });
});
