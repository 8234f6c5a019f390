// The Excel change log speaks the panel's language: a save through the ExcelBridge after the user switched the
// panel to English adds Teamscan-log with the English header (the bridge was made from a Dutch Office locale).

import { ExcelBridge } from '../../addin/excel/bridge';
import { LOG_HEADER, LOG_SHEET } from '../../shared/host/change-log';
import { valuesOf } from './fake/user';
import { fakeExcel } from './fake-excel';
import { openForm, teamSheet } from './team-sheet';

function setUp() {
  const excel = fakeExcel({ sheets: [teamSheet()] });
  return { excel, bridge: new ExcelBridge(excel.run, 'nl-NL') };
}

const logOf = (excel: ReturnType<typeof fakeExcel>) => excel.book.sheets.find((sheet) => sheet.name === LOG_SHEET);

test('after switching the panel to English, the first save writes the English header', async () => {
  const { excel, bridge } = setUp();
  bridge.setLanguage('en');
  await (await openForm(bridge, 'Jan')).save({ 'ADV-K1': 4 });
  const rows = valuesOf(logOf(excel)!);
  expect(rows[0]).toEqual([...LOG_HEADER.en]);
  expect(rows[1]!.slice(1)).toEqual(['Jan', 'ADV-K1', 2, 4]);
  expect(excel.runs.at(-1)).toBe(2);
});

test('a Dutch panel keeps the Dutch header, and a later English save leaves the existing header alone', async () => {
  const { excel, bridge } = setUp();
  await (await openForm(bridge, 'Jan')).save({ 'ADV-K1': 4 });
  bridge.setLanguage('en');
  await (await openForm(bridge, 'Piet')).save({ 'ADV-K1': 2 });
  const rows = valuesOf(logOf(excel)!);
  expect(rows[0]).toEqual([...LOG_HEADER.nl]);
  expect(rows.slice(1).map((row) => row[1])).toEqual(['Piet', 'Jan']);
});
