// Shared formulas on the Rekenblad: a formula is shared down a column only where it is the one above, a row down.

import { sharedFormulas, shiftRows } from '../../cli/xlsx/shared-formula';
import { fillDown, rowTemplate } from '../../shared/workbook/native/fill-down';

const native = (text: string) => ({ kind: 'native' as const, text });

describe('shiftRows', () => {
  test('moves relative rows, keeps absolute rows, texts, sheet names and function names', () => {
    expect(shiftRows('=IF(D9="A1",Teammatrix!B2+$C$9+C$9+$C9,LOG10(E9))', 2)).toBe(
      '=IF(D11="A1",Teammatrix!B4+$C$9+C$9+$C11,LOG10(E11))',
    );
    expect(shiftRows('=\'Blad 1\'!A1&"x""B2"', 1)).toBe('=\'Blad 1\'!A2&"x""B2"');
    expect(shiftRows('=SUM(DI9:DY9,FC9)', 1)).toBe('=SUM(DI10:DY10,FC10)');
  });
});

describe('sharedFormulas', () => {
  test('a column filled down shares its first formula; a break in the pattern or a gap starts a new one', () => {
    const share = sharedFormulas();
    expect(share('D9', 8, 3, native('=A9+1'))).toBeUndefined();
    expect(share('D10', 9, 3, native('=A10+1'))).toBe('D9');
    expect(share('D11', 10, 3, native('=A11+1'))).toBe('D9');
    expect(share('D12', 11, 3, native('=A11+1'))).toBeUndefined();
    expect(share('D13', 12, 3, native('=A12+1'))).toBe('D12');
    expect(share('D15', 14, 3, native('=A14+1'))).toBeUndefined();
    // Another column keeps its own.
    expect(share('E9', 8, 4, native('=A9+1'))).toBeUndefined();
    expect(share('D16', 15, 3, native('=A15+1'))).toBe('D15');
  });

  test("a formula filled down from the column's first shares it without making its text; another template does not", () => {
    const share = sharedFormulas();
    const source = rowTemplate('=Teammatrix!B2+$A$9');
    expect(share('D9', 8, 3, fillDown(source, 0).formula)).toBeUndefined();
    expect(share('D10', 9, 3, fillDown(source, 1).formula)).toBe('D9');
    // Moved by the wrong number of rows: its own master.
    expect(share('D11', 10, 3, fillDown(source, 5).formula)).toBeUndefined();
    expect(share('D12', 11, 3, fillDown(source, 6).formula)).toBe('D11');
    // Text equal to the fill of the master's template still shares it.
    expect(share('D13', 12, 3, native('=Teammatrix!B9+$A$9'))).toBe('D11');
    expect(share('D14', 13, 3, fillDown(rowTemplate('=Teammatrix!B2+$A$9'), 8).formula)).toBeUndefined();
    expect(fillDown(source, 3).formula.text).toBe('=Teammatrix!B5+$A$9');
  });
});
