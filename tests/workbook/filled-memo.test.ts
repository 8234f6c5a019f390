// Filled columns are evaluated once per distinct value of the cells that move with them, shared between columns of
// the same formula, and give what the formulas written out row by row give.

import fc from 'fast-check';
import { shiftRows } from '../../cli/xlsx/shared-formula';
import { planResults } from '../../shared/workbook/native';
import { createEvaluator } from '../../shared/workbook/native/evaluate/evaluate';
import type { Scalar } from '../../shared/workbook/native/evaluate/values';
import { fillDown, rowTemplate } from '../../shared/workbook/native/fill-down';
import type { PlanCell } from '../../shared/workbook/plan';
import { oneSheetPlan, PLAN_SHEET as SHEET } from '../support/one-sheet-plan';

/** Inputs in columns A and B (from row 1), a fixed cell in F1 and G1; returns how often each cell was read. */
function counting(a: readonly Scalar[], b: readonly Scalar[]) {
  const reads = new Map<string, number>();
  const read = (_sheet: string, row: number, column: number): Scalar => {
    const key = `${'ABCDEFG'[column]}${row + 1}`;
    reads.set(key, (reads.get(key) ?? 0) + 1);
    if (column === 0) return a[row] ?? null;
    if (column === 1) return b[row] ?? null;
    if (column === 5) return 10;
    if (column === 6) return 100;
    return null;
  };
  return { reads, evaluate: createEvaluator(read, new Map()) };
}

test('a formula that reads its moving cell many times is evaluated once per distinct value of that cell', () => {
  const a = [1, 2, 1, 'x', 2, 1, 'x', null, 1, 2];
  const { reads, evaluate } = counting(a, []);
  // The level cells' formula reads its matrix cell about a dozen times; $F$1 is read once per evaluation.
  const source = rowTemplate('=$F$1+IF(ISNUMBER(A1),A1*2,IF(A1="",-1,LEN(A1&"7")))');
  const results = a.map((_, r) => evaluate(fillDown(source, r).formula, SHEET));
  expect(results).toEqual([12, 14, 12, 12, 14, 12, 12, 9, 12, 14]);
  // Four distinct values (1, 2, "x", blank): four evaluations.
  expect(reads.get('F1')).toBe(4);
});

test('columns of the same formula on other cells share their results; another fixed cell does not', () => {
  const { reads, evaluate } = counting([1, 2, 3], [3, 2, 1]);
  const onA = rowTemplate('=A1*2+$F$1');
  const onB = rowTemplate('=B1*2+$F$1');
  const onBOther = rowTemplate('=B1*2+$G$1');
  const rows = [0, 1, 2];
  expect(rows.map((r) => evaluate(fillDown(onA, r).formula, SHEET))).toEqual([12, 14, 16]);
  expect(reads.get('F1')).toBe(3);
  // The same formula on column B: the values 3, 2, 1 were all met on column A.
  expect(rows.map((r) => evaluate(fillDown(onB, r).formula, SHEET))).toEqual([16, 14, 12]);
  expect(reads.get('F1')).toBe(3);
  // Another fixed cell is another formula: evaluated afresh, with its own result.
  expect(rows.map((r) => evaluate(fillDown(onBOther, r).formula, SHEET))).toEqual([106, 104, 102]);
  expect(reads.get('G1')).toBe(3);
});

test('filled columns give what their formulas written out row by row give, whichever cells move', () => {
  // Formulas on column A or B, with fixed cells that are also the first row's moving cell ($A$1, $B$1).
  const formulas = [
    '=A1*2+$A$1',
    '=B1*2+$A$1',
    '=B1+B1',
    '=A1+B1',
    '=IF(A1="",$B$1,A1&B$1)',
    '=IF(ISNUMBER(B1),B1*2+$A$1,IF(B1="",-1,LEN(B1&"7")))',
  ];
  const cell = fc.oneof(fc.integer({ min: -3, max: 9 }), fc.constantFrom('', 'x', null));
  fc.assert(
    fc.property(fc.array(fc.tuple(cell, cell), { minLength: 1, maxLength: 20 }), (inputs) => {
      const sources = formulas.map((text) => rowTemplate(text));
      const filled = planResults(
        oneSheetPlan(inputs.map(([a, b], r): PlanCell[] => [a, b, ...sources.map((source) => fillDown(source, r))])),
      );
      const written = planResults(
        oneSheetPlan(
          inputs.map(([a, b], r): PlanCell[] => [
            a,
            b,
            ...formulas.map((text): PlanCell => ({ formula: { kind: 'native', text: shiftRows(text, r) } })),
          ]),
        ),
      );
      inputs.forEach((_, r) => {
        formulas.forEach((_, f) => {
          expect(filled(SHEET, r, 2 + f)).toEqual(written(SHEET, r, 2 + f));
        });
      });
    }),
  );
});
