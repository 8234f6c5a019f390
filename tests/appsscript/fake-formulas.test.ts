// The Sheets fake reads input as Sheets does: a formula cell's getValues is its computed value (not ""), and
// "+A1" or "-SUM(…)" start a formula as "=" does, while an apostrophe keeps text as text.

import { createFakeGas } from './fake/services';

describe('the Sheets fake and formulas', () => {
  it('getValues gives the computed value of a formula cell, also across sheets', () => {
    const gas = createFakeGas();
    const data = gas.spreadsheet.insertSheet('Data');
    const sheet = gas.spreadsheet.insertSheet('Calc');
    data.getRange(1, 1, 1, 2).setValues([[2, 3]]);
    sheet.getRange(1, 1, 1, 3).setValues([['=Data!A1+Data!B1', '=A1*2', '=IF(Data!C1="","",1)']]);
    gas.spreadsheet.applyPending();
    expect(sheet.getRange(1, 1, 1, 3).getValues()).toEqual([[5, 10, '']]);
    expect(sheet.getRange(1, 1, 1, 3).getFormulas()).toEqual([['=Data!A1+Data!B1', '=A1*2', '=IF(Data!C1="","",1)']]);
  });

  it('"+" and "-" before a reference or a function start a formula; a number or an apostrophe does not', () => {
    const gas = createFakeGas();
    const sheet = gas.spreadsheet.insertSheet('Calc');
    sheet.getRange(1, 1, 1, 5).setValues([[4, '+A1', '-SUM(A1:A1)', '-3', "'+A1"]]);
    gas.spreadsheet.applyPending();
    expect(sheet.getRange(1, 1, 1, 5).getValues()).toEqual([[4, 4, -4, -3, '+A1']]);
  });
});
