// Computes the preview's formulas: Teamscan calls ("=DEKKING(Teammatrix!A1:Z,…)") with the core's registry, spilled;
// other formulas (the Dekking norms table's "=IF($B$2="","",$B$2)") with the add-in-free workbook's evaluator.

import { findFormula, runFormula } from '../shared/formulas/registry';
import type { ArgumentInfo } from '../shared/formulas/types';
import { KeyedError } from '../shared/i18n/keyed-error';
import { DEFAULT_ORIGIN } from '../shared/matrix/address';
import type { CellValue } from '../shared/matrix/grid';
import { createEvaluator } from '../shared/workbook/native/evaluate/evaluate';
import { isError, type Scalar, scalarOf } from '../shared/workbook/native/evaluate/values';
import { previewText } from './texts';
import { findSheet, isFormula, type PreviewWorkbook, plainValue, usedSize } from './workbook';

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const DAY = 24 * 60 * 60 * 1000;

/** A native formula's result in a cell: an error shows as its code ("#N/A"), a blank reference as 0. */
function shownValue(value: Scalar): CellValue {
  if (isError(value)) return value.code;
  return value === null ? 0 : value;
}

/**
 * Reads cells (0-based) as a spreadsheet shows them: a native formula computed (its references too), a Teamscan
 * call as its text (its table is computed by computeSheet), a date as its serial number for formulas.
 */
function cellReader(workbook: PreviewWorkbook) {
  const pending = new Set<string>();
  const raw = (sheet: string, row: number, column: number) => findSheet(workbook, sheet)?.cells[row]?.[column];
  const asScalar = (value: CellValue): Scalar => {
    if (value instanceof Date) return (value.getTime() - EXCEL_EPOCH) / DAY;
    return value === undefined ? null : value;
  };
  const evaluate = createEvaluator((sheet, row, column) => asScalar(read(sheet, row, column)));
  function read(sheet: string, row: number, column: number): CellValue {
    const cell = raw(sheet, row, column);
    if (!isFormula(cell) || isTeamscanCall(cell.formula)) return plainValue(cell);
    const where = `${sheet}!${row},${column}`;
    // A formula that refers to itself, or one the evaluator does not know, shows #VALUE! as in a spreadsheet.
    if (pending.has(where)) return '#VALUE!';
    pending.add(where);
    try {
      return shownValue(scalarOf(evaluate(cell.formula, sheet)));
    } catch {
      return '#VALUE!';
    } finally {
      pending.delete(where);
    }
  }
  return read;
}

const CALL = /^=\s*(?:TEAMSCAN\.)?([A-Z]+)\((.*)\)\s*$/i;
const REFERENCE = /^(?:(?:'([^']+)'|([A-Za-z_][\w ]*))!)?\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d*))?$/;

export interface ComputedSheet {
  readonly values: CellValue[][];
  /** Messages of cells whose formula failed, by "row:column" (0-based). */
  readonly errors: ReadonlyMap<string, string>;
}

function columnNumber(letters: string): number {
  return [...letters.toUpperCase()].reduce((sum, letter) => sum * 26 + letter.charCodeAt(0) - 64, 0);
}

/** Whether typed text is a call of a Teamscan function ("=DEKKING(…)", "=TEAMSCAN.COVERAGE(…)"). */
export function isTeamscanCall(text: string): boolean {
  const call = CALL.exec(text);
  return call !== null && findFormula(call[1]!) !== undefined;
}

/** Splits an argument list at commas outside quotes. */
export function splitArguments(text: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    if (char === ',' && !quoted) {
      parts.push(current.trim());
      current = '';
    } else current += char;
  }
  if (current.trim() || parts.length) parts.push(current.trim());
  return parts;
}

function argument(
  workbook: PreviewWorkbook,
  read: ReturnType<typeof cellReader>,
  text: string,
  here: string,
): { value: unknown; info?: ArgumentInfo } {
  if (text === '') return { value: null };
  if (text.startsWith('"')) return { value: text.slice(1, -1).replace(/""/g, '"') };
  if (/^-?\d+(\.\d+)?$/.test(text)) return { value: Number(text) };
  const reference = REFERENCE.exec(text);
  if (!reference) throw new Error(previewText('unknownArgument', 'nl', { argument: text }));
  const sheetName = reference[1] ?? reference[2] ?? here;
  const sheet = findSheet(workbook, sheetName);
  const firstColumn = columnNumber(reference[3]!);
  const firstRow = Number(reference[4]);
  const lastColumn = reference[5] ? columnNumber(reference[5]) : firstColumn;
  const lastRow = reference[5]
    ? reference[6]
      ? Number(reference[6])
      : Math.max(firstRow, sheet ? usedSize(sheet).rows : 0)
    : firstRow;
  const values: CellValue[][] = [];
  for (let r = firstRow; r <= lastRow; r++) {
    const line: CellValue[] = [];
    for (let c = firstColumn; c <= lastColumn; c++) line.push(sheet ? read(sheetName, r - 1, c - 1) : null);
    values.push(line);
  }
  const info: ArgumentInfo = { origin: { ...DEFAULT_ORIGIN, sheet: sheetName, row: firstRow, column: firstColumn } };
  return { value: !reference[5] ? values[0]![0] : values, info };
}

/** Runs one formula's text on sheet `here`; a table result is returned as rows. */
export function evaluateFormula(
  workbook: PreviewWorkbook,
  text: string,
  here: string,
  read = cellReader(workbook),
): CellValue | CellValue[][] {
  const call = CALL.exec(text);
  const formula = call ? findFormula(call[1]!) : undefined;
  if (!call || !formula) throw new Error(previewText('unknownFormula', 'nl', { formula: text }));
  const args = splitArguments(call[2]!).map((part) => argument(workbook, read, part, here));
  return runFormula(
    formula.id,
    args.map((arg) => arg.value),
    {
      lang: formula.name.en === call[1]!.toUpperCase() && formula.name.en !== formula.name.nl ? 'en' : 'nl',
      argumentInfo: args.map((arg) => arg.info),
    },
  );
}

/** A sheet's values with every formula computed and spilled to the right and down. */
export function computeSheet(workbook: PreviewWorkbook, name: string): ComputedSheet {
  const sheet = findSheet(workbook, name);
  const values: CellValue[][] = (sheet?.cells ?? []).map((line) => line.map(plainValue));
  const errors = new Map<string, string>();
  const read = cellReader(workbook);
  for (const [r, line] of (sheet?.cells ?? []).entries()) {
    for (const [c, cell] of line.entries()) {
      if (!isFormula(cell)) continue;
      if (!isTeamscanCall(cell.formula)) {
        values[r]![c] = read(name, r, c);
        continue;
      }
      try {
        const result = evaluateFormula(workbook, cell.formula, name, read);
        const table = Array.isArray(result) ? result : [[result]];
        for (const [dr, resultLine] of table.entries()) {
          for (const [dc, value] of resultLine.entries()) {
            while (values.length <= r + dr) values.push([]);
            values[r + dr]![c + dc] = value;
          }
        }
      } catch (error) {
        values[r]![c] = '#VALUE!';
        errors.set(`${r}:${c}`, error instanceof KeyedError ? error.localized('nl') : String(error));
      }
    }
  }
  return { values, errors };
}
