// Shared formulas on the Rekenblad: a formula is shared down a column only where it is the one above, a row down.

import { sharedFormulas, shiftRows } from '../../cli/xlsx/shared-formula';

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
    expect(share('D9', 8, 3, '=A9+1')).toBeUndefined();
    expect(share('D10', 9, 3, '=A10+1')).toBe('D9');
    expect(share('D11', 10, 3, '=A11+1')).toBe('D9');
    expect(share('D12', 11, 3, '=A11+1')).toBeUndefined();
    expect(share('D13', 12, 3, '=A12+1')).toBe('D12');
    expect(share('D15', 14, 3, '=A14+1')).toBeUndefined();
    // Another column keeps its own.
    expect(share('E9', 8, 4, '=A9+1')).toBeUndefined();
    expect(share('D16', 15, 3, '=A15+1')).toBe('D15');
  });
});
