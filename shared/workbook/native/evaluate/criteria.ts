// COUNTIF and SUMIF criteria (">=0", -2, "gat") as tests of one cell, with the comparison rules Excel documents.

import { compareValues, isError, type Scalar, toText } from './values';

/** What a criterion's operator asks of the order of a cell against the operand. */
const ORDER_TESTS: Readonly<Record<string, (order: number) => boolean>> = {
  '=': (order) => order === 0,
  '<>': (order) => order !== 0,
  '<': (order) => order < 0,
  '>': (order) => order > 0,
  '<=': (order) => order <= 0,
  '>=': (order) => order >= 0,
};

/** Criteria as tests, made once per text: every person's row asks ">=0" of its levels. */
const CRITERIA = new Map<string, (cell: Scalar) => boolean>();

/** A COUNTIF/SUMIF criterion (">=0", -2, "gat") as a test of one cell; errors in the range never match. */
export function criterion(value: Scalar): (cell: Scalar) => boolean {
  if (typeof value !== 'string') return makeCriterion(value);
  let test = CRITERIA.get(value);
  if (!test) {
    test = makeCriterion(value);
    if (CRITERIA.size < 1000) CRITERIA.set(value, test);
  }
  return test;
}

function makeCriterion(value: Scalar): (cell: Scalar) => boolean {
  const source = typeof value === 'string' ? value : (toText(value) as string);
  const match = /^(<=|>=|<>|<|>|=)?(.*)$/s.exec(typeof value === 'number' ? `=${source}` : source)!;
  const operator = match[1] ?? '=';
  const operand = match[2]!;
  const number = operand.trim() !== '' && !Number.isNaN(Number(operand)) ? Number(operand) : undefined;
  const holds = ORDER_TESTS[operator]!;
  return (cell) => {
    if (isError(cell)) return false;
    if (number !== undefined) {
      if (typeof cell === 'number') return holds(cell - number);
      return operator === '<>';
    }
    if (cell === null) return operand === '' ? operator === '=' : operator === '<>';
    if (typeof cell !== 'string') return operator === '<>';
    return holds(compareValues(cell, operand) as number);
  };
}
