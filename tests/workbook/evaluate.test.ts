// The evaluator behind the cached values follows Excel's documented rules for the functions Teamscan writes.

import { planResults } from '../../shared/workbook/native';
import type { PlanCell } from '../../shared/workbook/plan';
import { oneSheetPlan, PLAN_SHEET as SHEET } from '../support/one-sheet-plan';

/** Column A holds the inputs (row by row), column B each formula; returns the cached value of every formula. */
function results(inputs: readonly PlanCell[], formulas: readonly string[]): unknown[] {
  const rows = Math.max(inputs.length, formulas.length);
  const values = Array.from({ length: rows }, (_, r): PlanCell[] => [
    inputs[r] ?? null,
    formulas[r] === undefined ? null : { formula: { kind: 'native', text: formulas[r]! } },
  ]);
  const computed = planResults(oneSheetPlan(values));
  return formulas.map((_, r) => computed(SHEET, r, 1));
}

const na = { error: '#N/A' };

test('a blank cell equals both "" and 0, and a formula that shows a blank shows 0', () => {
  // support.microsoft.com "Calculation operators and precedence in Excel": blank cells compare as 0 or "".
  expect(results([null], ['=A1=""', '=A1=0', '=A1>=0', '=A1', '=LEN(A1)', '=ISNUMBER(A1)'])).toEqual([
    true,
    true,
    true,
    0,
    0,
    false,
  ]);
});

test('text compares without case and after every number; & and + follow the precedence table', () => {
  // EXACT (support.microsoft.com): "=" ignores case. Sort order: numbers before text before logical values.
  expect(
    results([], ['="abc"="ABC"', '="a">5', '=TRUE>"z"', '=-2^2', '="a"&1+2', '=1.25*2', '="Niveau 2: ""3"""&10']),
  ).toEqual([true, true, true, 4, 'a3', 2.5, 'Niveau 2: "3"10']);
});

test('TRIM keeps single spaces between words; SUBSTITUTE and FIND work on the text', () => {
  // TRIM: "removes all spaces from text except for single spaces between words" (space 32 only).
  expect(
    results(['  n. v.  t ', 'a*b'], ['=TRIM(A1)', '=SUBSTITUTE(SUBSTITUTE(TRIM(A1),".","")," ","")', '=FIND("*",A2)']),
  ).toEqual(['n. v. t', 'nvt', 2]);
  expect(results(['abc'], ['=FIND("z",A1)', '=ISNUMBER(FIND("z",A1))'])).toEqual([{ error: '#VALUE!' }, false]);
});

test('COUNTIF and SUMIF count numbers only and skip error cells; SUMPRODUCT passes an error on', () => {
  // COUNTIF/SUMIF criteria such as ">=0" compare numbers; text, blanks and errors do not match. A comparison
  // operator does compare them: "x">=0 is TRUE (text after numbers) and a blank is 0.
  const inputs: PlanCell[] = [2, 'x', null, -2, { formula: { kind: 'native', text: '=NA()' } }, 3.5];
  expect(
    results(inputs, [
      '=COUNTIF(A1:A6,">=0")',
      '=SUMIF(A1:A6,">=0")',
      '=COUNTIF(A1:A6,-2)',
      '=SUMPRODUCT(--(A1:A4>=0))',
      '=SUMPRODUCT(--(A1:A6>=0))',
      '=IF(ISERROR(SUM(A1:A6)),NA(),1)',
    ]),
  ).toEqual([2, 5.5, 1, 3, na, na]);
});

test('INDEX and MATCH find an exact match without case; a miss is #N/A, caught by IFERROR', () => {
  // MATCH with match_type 0: the first exact match; it does not distinguish upper and lower case.
  const inputs: PlanCell[] = ['bekwaam', 'Gevorderd', 3, 'expert'];
  expect(
    results(inputs, [
      '=MATCH("GEVORDERD",A1:A4,0)',
      '=INDEX(A1:A4,MATCH(3,A1:A4,0))',
      '=MATCH("3",A1:A4,0)',
      '=IFERROR(MATCH("x",A1:A4,0),-1)',
      '=INDEX(A1:A4,9)',
    ]),
  ).toEqual([2, 3, na, -1, { error: '#REF!' }]);
});

test('IF evaluates only its branch; AND, OR, MIN and VALUE behave as documented', () => {
  expect(
    results(
      [true, ' 4 '],
      [
        '=IF(A1,1,NA())',
        '=IF(ISLOGICAL(A1),IF(A1,2,0),-1)',
        '=AND(1>0,A1)',
        '=OR(FALSE,NA())',
        '=MIN(IF(2>1,3,99),IF(1>2,1,99))',
        '=VALUE(TRIM(A2))',
        '=INT(2.75)',
      ],
    ),
  ).toEqual([1, 2, true, na, 3, 4, 2]);
});

test('a formula outside the supported set is refused rather than guessed', () => {
  expect(() => results([], ['=VLOOKUP(1,A1:A2,1)'])).toThrow(/VLOOKUP/);
});

test('LARGE and SMALL take the numbers of a range (text and blanks skipped), k outside the count is #NUM!', () => {
  // Excel: LARGE(array,k) / SMALL(array,k) ignore text, logical values and empty cells in a reference; an error
  // value in it is returned; k ≤ 0 or k > count is #NUM!.
  expect(
    results(
      [5, 'x', null, 9, 1],
      ['LARGE($A$1:$A$5,1)', 'LARGE($A$1:$A$5,3)', 'SMALL($A$1:$A$5,1)', 'SMALL($A$1:$A$5,4)', 'LARGE($A$1:$A$5,0)'],
    ),
  ).toEqual([9, 1, 1, { error: '#NUM!' }, { error: '#NUM!' }]);
  expect(results([3, { formula: { kind: 'native', text: '=NA()' } }], ['1', 'LARGE($A$1:$A$2,1)'])[1]).toEqual(na);
});

test('MID counts from 1 and stops at the end; ISNA is true for #N/A only', () => {
  expect(
    results(
      ['abcdef', { formula: { kind: 'native', text: '=1/0' } }],
      ['MID($A$1,3,2)', 'MID($A$1,5,100)', 'MID("",3,5)', 'MID($A$1,0,1)', 'ISNA(NA())', 'ISNA($A$2)', 'ISNA(1)'],
    ),
  ).toEqual(['cd', 'ef', '', { error: '#VALUE!' }, true, false, false]);
});

test('COUNT counts numbers and skips errors and text; VLOOKUP finds the first exact row without case', () => {
  // COUNT: "Arguments that are error values or text that cannot be translated into numbers are not counted."
  // VLOOKUP with range_lookup FALSE: an exact match in the first column, else #N/A; a column beyond the range is #REF!.
  const inputs: PlanCell[] = ['bekwaam', 2, 'Gevorderd', 3, 'abc'];
  expect(
    results(inputs, [
      '=COUNT(FIND("*",A5),FIND("b",A5),1/0,"x")',
      '=COUNT(A1:A5)',
      '=VLOOKUP("GEVORDERD",A1:A4,1,0)',
      '=VLOOKUP(3,A1:A4,1,FALSE)',
      '=VLOOKUP("x",A1:A4,1,0)',
      '=VLOOKUP("bekwaam",A1:A4,2,0)',
    ]),
  ).toEqual([1, 2, 'Gevorderd', 3, na, { error: '#REF!' }]);
});

test('MAX takes the numbers of a range (text and blanks skipped), 0 when there are none; an error passes on', () => {
  // Excel's MAX: text, logical values and empty cells in a reference are ignored; no numbers gives 0; an error
  // value in the reference is returned.
  expect(results([-2, 'x', null, 2, -1], ['MAX($A$1:$A$5)', 'MAX($A$2:$A$3)', 'MAX($A$1,$A$5)', 'MAX(-1,-2)'])).toEqual(
    [2, 0, -1, -1],
  );
  expect(results([3, { formula: { kind: 'native', text: '=NA()' } }], ['1', 'MAX($A$1:$A$2)'])[1]).toEqual(na);
});

test('a formula that refers to itself, directly or through another, is refused naming the cell', () => {
  expect(() => results([], ['=B1+1'])).toThrow(/Circular reference at Blad!R1C2/);
  expect(() => results([], ['=B2', '=B1'])).toThrow(/Circular reference/);
});
