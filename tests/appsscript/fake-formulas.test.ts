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

describe('the Sheets fake parses typed input', () => {
  it('reads percentages, dates and Dutch decimals from strings, except in a text-formatted cell or after an apostrophe', () => {
    const gas = createFakeGas();
    const sheet = gas.spreadsheet.insertSheet('Calc');
    sheet.getRange(1, 1, 1, 4).setValues([['50%', '2026-12-07', '2,5', "'2,5"]]);
    sheet.getRange(2, 1).setNumberFormats([['@']]);
    sheet.getRange(2, 1).setValues([['50%']]);
    gas.spreadsheet.applyPending();
    const [row] = sheet.getRange(1, 1, 1, 4).getValues();
    expect(row!.slice(0, 1)).toEqual([0.5]);
    expect(row![1]).toBeInstanceOf(Date);
    expect(row!.slice(2)).toEqual([2.5, '2,5']);
    expect(sheet.getRange(2, 1).getValue()).toBe('50%');
  });
});
