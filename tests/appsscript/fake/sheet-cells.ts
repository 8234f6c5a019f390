// What a fake Sheet's cells hold: input read as typed, formula values computed, A1 columns as numbers.

import { createEvaluator } from '../../../shared/workbook/native/evaluate/evaluate';
import { FormulaError, type Scalar, scalarOf } from '../../../shared/workbook/native/evaluate/values';
import type { FakeSheet } from './sheet';

/**
 * What setValues makes of a string in a cell not formatted as text ("@"): Sheets reads it as typed input, so "3"
 * is a number, "50%" the number 0.5, "2026-12-07" or "7-12-2026" a date, and "2,5" in a Dutch spreadsheet 2.5
 * (Range.setValues takes values "as if typed"; the spreadsheet's locale decides the decimal sign:
 * developers.google.com/apps-script/reference/spreadsheet/range#setvaluesvalues, support.google.com/docs 58515).
 * The fake's spreadsheet is Dutch (nl_NL).
 */
export function typedText(value: string): unknown {
  const text = value.trim();
  if (text === '') return value;
  if (!Number.isNaN(Number(text))) return Number(text);
  if (/^-?\d+(,\d+)?$/.test(text)) return Number(text.replace(',', '.'));
  const percent = /^(-?\d+(?:[.,]\d+)?)\s*%$/.exec(text);
  if (percent) return Number(percent[1]!.replace(',', '.')) / 100;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (iso) return new Date(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3]));
  const dutch = /^(\d{1,2})-(\d{1,2})-(\d{4})$/.exec(text);
  if (dutch) return new Date(Number(dutch[3]), Number(dutch[2]) - 1, Number(dutch[1]));
  return value;
}

/** A column's letters as its number, 1-based ("A" is 1, "AA" 27). */
export function columnOf(letters: string): number {
  let column = 0;
  for (const letter of letters) column = column * 26 + letter.charCodeAt(0) - 64;
  return column;
}

/**
 * Range.getValues gives a formula cell's computed value, not "" (reference: "the values of the cell", the
 * result of its formula). The fake computes a native formula with the core's evaluator; a formula it cannot
 * compute (a Teamscan custom function, an unknown built-in) reads "", as a custom function still loading does.
 */
export function computedValue(sheet: FakeSheet, row: number, column: number): unknown {
  const formula = sheet.formulas.get(`${row},${column}`);
  if (formula === undefined) return sheet.values.get(`${row},${column}`) ?? '';
  const pending = new Set<string>();
  const read = (from: FakeSheet, r: number, c: number): Scalar => {
    const at = `${from.name}!${r},${c}`;
    const text = from.formulas.get(`${r},${c}`);
    if (text === undefined) {
      const value = from.values.get(`${r},${c}`);
      return value === '' || value === undefined ? null : (value as Scalar);
    }
    if (pending.has(at)) throw new FormulaError('#REF!');
    pending.add(at);
    try {
      const value = scalarOf(evaluate(text, from.name));
      return value === null ? 0 : value;
    } finally {
      pending.delete(at);
    }
  };
  const evaluate = createEvaluator((name, r, c) => {
    const target = name === sheet.name ? sheet : sheet.spreadsheet.sheetNamed?.(name);
    return target ? read(target, r + 1, c + 1) : null;
  });
  try {
    const value = read(sheet, row, column);
    return value instanceof FormulaError ? value.code : value === null ? '' : value;
  } catch {
    return '';
  }
}
