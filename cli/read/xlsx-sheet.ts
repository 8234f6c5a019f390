// Reads the filled cells of one worksheet part, its merged ranges and its formulas that have no computed value.

import { type CellValue, serialToEpochMs } from '../../shared/matrix/grid';
import { cellTextTooLong, EXCEL_CELL_LIMIT, missingSharedText } from './xlsx-texts';
import { parseXml } from './xlsx-xml';

/** The filled cells of one row, in the order the file lists them (0-based columns). */
export interface SheetRow {
  readonly columns: number[];
  readonly values: CellValue[];
}

/** A rectangle of 0-based rows and columns, bounds included. */
export interface CellRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface UncomputedFormula {
  readonly row: number;
  readonly column: number;
  readonly formula: string;
}

export interface SheetCells {
  /** Filled rows by 0-based row number. */
  readonly rows: Map<number, SheetRow>;
  readonly merges: CellRange[];
  readonly uncomputed: UncomputedFormula[];
  /** The cells (0-based) that hold a formula with a computed value: what a constant is told apart from. */
  readonly formulaCells: { readonly row: number; readonly column: number }[];
}

export interface SheetContext {
  readonly file: string;
  readonly sharedStrings: readonly string[];
  readonly dateStyles: readonly boolean[];
  readonly date1904: boolean;
  /** Names a 0-based cell in messages, e.g. "Teammatrix!C4". */
  readonly address: (row: number, column: number) => string;
}

/** "AB12" → column 27, row 11 (0-based); -1 parts when the reference is absent or malformed. */
export function decodeReference(reference: string): { row: number; column: number } {
  let column = 0;
  let at = 0;
  for (; at < reference.length; at++) {
    const code = reference.charCodeAt(at) & ~32;
    if (code < 65 || code > 90) break;
    column = column * 26 + (code - 64);
  }
  const row = Number(reference.slice(at));
  return { row: Number.isInteger(row) && row > 0 ? row - 1 : -1, column: column - 1 };
}

function decodeRange(reference: string): CellRange | undefined {
  const [from, to = from] = reference.split(':');
  const start = decodeReference(from ?? '');
  const end = decodeReference(to ?? '');
  if (start.row < 0 || start.column < 0 || end.row < 0 || end.column < 0) return undefined;
  return {
    top: Math.min(start.row, end.row),
    left: Math.min(start.column, end.column),
    bottom: Math.max(start.row, end.row),
    right: Math.max(start.column, end.column),
  };
}

/** Excel's serial day number as a date: 1900 system counts from 1899-12-30 (its leap-year bug included). */
function serialToDate(serial: number, date1904: boolean): Date {
  // The 1904 system counts from 1904-01-01, 1,462 days after the 1900 system's day 0.
  return new Date(Math.round(serialToEpochMs(date1904 ? serial + 1462 : serial)));
}

/** Reads a worksheet's XML; cells without a value (formatting only) are not kept. */
export function readSheetCells(xml: string, context: SheetContext): SheetCells {
  const rows = new Map<number, SheetRow>();
  const merges: CellRange[] = [];
  const uncomputed: UncomputedFormula[] = [];
  const formulaCells: { row: number; column: number }[] = [];
  let rowNumber = -1;
  let columnNumber = -1;
  let type = '';
  let style = 0;
  let formula: string | undefined;
  let value: string | undefined;
  let capture: 'f' | 'v' | 't' | undefined;
  let inPhonetic = false;

  const cellValue = (raw: string): CellValue => {
    switch (type) {
      case 's': {
        const text = context.sharedStrings[Number(raw)];
        if (text === undefined) throw missingSharedText(context.address(rowNumber, columnNumber));
        return text;
      }
      case 'str':
      case 'inlineStr':
      case 'e':
        return raw;
      case 'b':
        return raw.trim() !== '0' && raw.trim().toLowerCase() !== 'false';
      case 'd':
        return new Date(raw);
      default: {
        const number = Number(raw);
        if (raw.trim() === '' || Number.isNaN(number)) return raw;
        return context.dateStyles[style] ? serialToDate(number, context.date1904) : number;
      }
    }
  };

  parseXml(context.file, xml, {
    open(name, attributes) {
      switch (name) {
        case 'row':
          rowNumber = attributes.r ? decodeReference(`A${attributes.r}`).row : rowNumber + 1;
          columnNumber = -1;
          break;
        case 'c': {
          const at = attributes.r ? decodeReference(attributes.r) : undefined;
          if (at && at.row >= 0) rowNumber = at.row;
          columnNumber = at && at.column >= 0 ? at.column : columnNumber + 1;
          type = attributes.t ?? 'n';
          style = attributes.s ? Number(attributes.s) : 0;
          formula = undefined;
          value = undefined;
          break;
        }
        case 'f':
          formula = '';
          capture = 'f';
          break;
        case 'v':
          value = '';
          capture = 'v';
          break;
        case 'is':
          value = '';
          break;
        case 'rPh':
          inPhonetic = true;
          break;
        case 't':
          if (value !== undefined && !inPhonetic) capture = 't';
          break;
        case 'mergeCell': {
          const range = attributes.ref ? decodeRange(attributes.ref) : undefined;
          if (range) merges.push(range);
          break;
        }
      }
    },
    text(text) {
      if (capture === 'f') formula += text;
      else if (capture !== undefined) {
        const joined = `${value ?? ''}${text}`;
        value = joined;
        if (joined.length > EXCEL_CELL_LIMIT) throw cellTextTooLong(context.address(rowNumber, columnNumber));
      }
    },
    close(name) {
      if (name === 'f' || name === 'v' || name === 't') capture = undefined;
      else if (name === 'rPh') inPhonetic = false;
      else if (name === 'c') {
        if (value === undefined) {
          // A formula without <v> was never computed (its cached value is optional; learn.microsoft.com/en-us/
          // office/open-xml/spreadsheet/working-with-formulas): its value is unknown, not empty.
          if (formula !== undefined) uncomputed.push({ row: rowNumber, column: columnNumber, formula });
          return;
        }
        let row = rows.get(rowNumber);
        if (!row) {
          row = { columns: [], values: [] };
          rows.set(rowNumber, row);
        }
        row.columns.push(columnNumber);
        row.values.push(cellValue(value));
        if (formula !== undefined) formulaCells.push({ row: rowNumber, column: columnNumber });
      }
    },
  });
  return { rows, merges, uncomputed, formulaCells };
}
