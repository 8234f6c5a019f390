// The rows of a large sheet written as worksheet XML directly (ECMA-376 §18.3.1.73 sheetData), not through
// exceljs's cell objects: a Rekenblad of thousands of people costs text, not an object per cell.

import { columnLetters } from '../../shared/matrix/address';
import type { CachedValue } from '../../shared/workbook/native';
import type { PlanCell, SheetPlan } from '../../shared/workbook/plan';
import { sharedFormulas } from './shared-formula';

/** What the rows need from the writer: each native formula's result and the checked value of a cell. */
export interface RowSource {
  readonly result: (row: number, column: number) => CachedValue | undefined;
  /** The cell as exceljs would write it (checked against Excel's limits): a value or { formula }. */
  readonly written: (row: number, column: number, cell: Exclude<PlanCell, null>) => unknown;
  /** Cell styles (index into the workbook's cellXfs) per column, for the rows above `end`, empty cells included. */
  readonly styles?: ColumnStyles;
}

/** The style of each styled column down to (not including) row `end` (0-based). */
export interface ColumnStyles {
  readonly columns: ReadonlyMap<number, number>;
  readonly end: number;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: XML 1.0 cannot hold them; exceljs drops them too
const UNWRITABLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

function xml(text: string): string {
  return text.replace(UNWRITABLE, '').replace(/[&<>"]/g, (ch) => ESCAPES[ch]!);
}

/** A cached value as the <v> element and the cell type it needs. */
function cached(value: CachedValue | undefined): { type: string; v: string } {
  if (value === undefined) return { type: '', v: '' };
  if (typeof value === 'number') return { type: '', v: `<v>${value}</v>` };
  if (typeof value === 'string') return { type: ' t="str"', v: `<v>${xml(value)}</v>` };
  if (typeof value === 'boolean') return { type: ' t="b"', v: `<v>${value ? 1 : 0}</v>` };
  return { type: ' t="e"', v: `<v>${xml(value.error)}</v>` };
}

/** A constant cell; an empty text is written as a blank cell, which every formula reads alike. */
function constant(address: string, value: unknown, style: string): string {
  if (value === null || value === undefined || value === '') return `<c r="${address}"${style}/>`;
  if (typeof value === 'number') return `<c r="${address}"${style}><v>${value}</v></c>`;
  if (typeof value === 'boolean') return `<c r="${address}"${style} t="b"><v>${value ? 1 : 0}</v></c>`;
  const text = String(value);
  const space = text.trim() === text ? '' : ' xml:space="preserve"';
  return `<c r="${address}"${style} t="inlineStr"><is><t${space}>${xml(text)}</t></is></c>`;
}

/** The 1-based number of column letters ("A" 1, "AA" 27). */
function columnNumber(letters: string): number {
  let number = 0;
  for (const letter of letters) number = number * 26 + letter.charCodeAt(0) - 64;
  return number;
}

interface Master {
  readonly slot: number;
  readonly address: string;
  si: number;
  last: string;
}

/**
 * The cells of the plan's blocks from sheet row `from` (0-based) on, by row and column (dense arrays: hundreds of
 * thousands of cells at institution scale); a styled column's empty cells are there too (as null), so they keep
 * their style. A place without a cell is undefined.
 */
function cellsByRow(plan: SheetPlan, from: number, styles: ColumnStyles | undefined): (PlanCell | undefined)[][] {
  const rows: (PlanCell | undefined)[][] = [];
  const line = (row: number) => {
    let cells = rows[row];
    if (!cells) {
      cells = [];
      rows[row] = cells;
    }
    return cells;
  };
  if (styles && styles.columns.size > 0) {
    for (let row = from; row < styles.end; row++) {
      const cells = line(row);
      for (const column of styles.columns.keys()) cells[column] = null;
    }
  }
  for (const block of plan.blocks) {
    block.values.forEach((values, r) => {
      const row = block.row + r;
      if (row < from) return;
      values.forEach((value, c) => {
        if (value !== null) line(row)[block.column + c] = value;
      });
    });
  }
  return rows;
}

/**
 * The <row> elements of the plan from sheet row `from` on, with shared formulas for columns filled down (as the
 * exceljs path writes them), and the extent of the cells written (0-based last row and column, or -1).
 */
export function sheetRowsXml(
  plan: SheetPlan,
  from: number,
  source: RowSource,
): { xml: string; lastRow: number; lastColumn: number } {
  const rows = cellsByRow(plan, from, source.styles);
  const styleOf = (row: number, column: number): string => {
    const index = source.styles && row < source.styles.end ? source.styles.columns.get(column) : undefined;
    return index ? ` s="${index}"` : '';
  };
  const shared = sharedFormulas();
  const parts: string[] = [];
  const masters = new Map<string, Master>();
  let nextSi = 0;
  let lastRow = -1;
  let lastColumn = -1;
  const letters: string[] = [];
  for (let row = from; row < rows.length; row++) {
    const cells = rows[row];
    if (!cells) continue;
    const rowStart = parts.length;
    let hasMaster = false;
    parts.push(`<row r="${row + 1}">`);
    lastRow = row;
    for (let column = 0; column < cells.length; column++) {
      const cell = cells[column];
      if (cell === undefined) continue;
      lastColumn = Math.max(lastColumn, column);
      letters[column] ??= columnLetters(column + 1);
      const address = `${letters[column]}${row + 1}`;
      const style = styleOf(row, column);
      if (cell === null) {
        parts.push(constant(address, null, style));
        continue;
      }
      const native = typeof cell === 'object' && cell.formula.kind === 'native';
      const masterAddress = native ? shared(address, row, column, cell.formula) : undefined;
      if (masterAddress !== undefined) {
        const master = masters.get(masterAddress)!;
        if (master.si < 0) master.si = nextSi++;
        master.last = address;
        const { type, v } = cached(source.result(row, column));
        parts.push(`<c r="${address}"${style}${type}><f t="shared" si="${master.si}"/>${v}</c>`);
        continue;
      }
      const written = source.written(row, column, cell);
      if (written === null || typeof written !== 'object' || !('formula' in written)) {
        parts.push(constant(address, written, style));
        continue;
      }
      const { type, v } = cached(source.result(row, column));
      parts.push(`<c r="${address}"${style}${type}><f`);
      if (native) {
        masters.set(address, { slot: parts.length, address, si: -1, last: address });
        hasMaster = true;
      }
      parts.push('', `>${xml(String(written.formula))}</f>${v}</c>`);
    }
    parts.push('</row>');
    // A row without a master's open slot becomes one text: a large sheet keeps thousands of texts, not millions.
    if (!hasMaster) parts.push(parts.splice(rowStart).join(''));
  }
  for (const master of masters.values()) {
    if (master.si >= 0) parts[master.slot] = ` t="shared" ref="${master.address}:${master.last}" si="${master.si}"`;
  }
  return { xml: parts.join(''), lastRow, lastColumn };
}

/**
 * The worksheet XML exceljs wrote (holding only the rows above `rows`) with `rows` appended to its sheetData and
 * its dimension widened to the cells now in it.
 */
export function withRows(sheetXml: string, rows: string, lastRow: number, lastColumn: number): string {
  const widened = sheetXml.replace(/<dimension ref="(?:[A-Z]+[0-9]+:)?([A-Z]+)([0-9]+)"\/>/, (_, letters, digits) => {
    const column = Math.max(lastColumn + 1, columnNumber(letters));
    return `<dimension ref="A1:${columnLetters(column)}${Math.max(lastRow + 1, Number(digits))}"/>`;
  });
  if (widened.includes('<sheetData/>')) return widened.replace('<sheetData/>', `<sheetData>${rows}</sheetData>`);
  const end = widened.indexOf('</sheetData>');
  if (end < 0) throw new RangeError('The worksheet has no sheetData');
  return `${widened.slice(0, end)}${rows}${widened.slice(end)}`;
}
