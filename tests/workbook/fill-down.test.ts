// A column filled down from its first formula: each row reads as that formula moved down, and evaluates so.

import fc from 'fast-check';
import { shiftRows } from '../../cli/xlsx/shared-formula';
import { planResults } from '../../shared/workbook/native';
import { fillDown, rowTemplate } from '../../shared/workbook/native/fill-down';
import { oneSheetPlan, PLAN_SHEET as SHEET } from '../support/one-sheet-plan';

test('a filled row reads as the first formula with its relative rows moved down, absolute rows kept', () => {
  const source = rowTemplate('=IF(A1="x1",B$1+$A1,SUM(A1:A2)&"A1")');
  expect(fillDown(source, 0).formula.text).toBe('=IF(A1="x1",B$1+$A1,SUM(A1:A2)&"A1")');
  expect(fillDown(source, 9).formula.text).toBe('=IF(A10="x1",B$1+$A10,SUM(A10:A11)&"A1")');
  expect(fillDown(source, 9).formula.kind).toBe('native');
});

test('a filled column evaluates as the same formulas written out row by row', () => {
  const text = '=IF(ISNUMBER(A1),A1*2+$A$1,IF(A1="",-1,LEN(A1&"7")))';
  fc.assert(
    fc.property(
      fc.array(fc.oneof(fc.integer({ min: -5, max: 50 }), fc.constantFrom('', 'x', 'n.v.t.', null)), {
        minLength: 1,
        maxLength: 30,
      }),
      (inputs) => {
        const source = rowTemplate(text);
        const filled = planResults(oneSheetPlan(inputs.map((input, r) => [input, fillDown(source, r)])));
        const written = planResults(
          oneSheetPlan(inputs.map((input, r) => [input, { formula: { kind: 'native', text: shiftRows(text, r) } }])),
        );
        inputs.forEach((_, r) => {
          expect(filled(SHEET, r, 1)).toEqual(written(SHEET, r, 1));
        });
      },
    ),
  );
});
