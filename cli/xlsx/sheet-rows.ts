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
  /** Write each formula with its own text instead of sharing a column's first (a sheet people type in). */
  readonly unshared?: boolean;
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

/** A shared formula's master: the range its clones fill and its index, known before any row is written. */
interface SharedRun {
  si: number;
  last: string;
}

/**
 * Which formula cells start a shared formula and how far it runs, decided as the rows will be written (a first
 * pass, so the rows can be written out once, without going back to a master's attributes).
 */
function sharedRuns(rows: readonly (PlanCell | undefined)[][], from: number, letters: (column: number) => string) {
  const shared = sharedFormulas();
  const runs = new Map<string, SharedRun>();
  let nextSi = 0;
  for (let row = from; row < rows.length; row++) {
    const cells = rows[row];
    if (!cells) continue;
    for (let column = 0; column < cells.length; column++) {
      const cell = cells[column];
      if (cell === undefined || cell === null || typeof cell !== 'object' || cell.formula.kind !== 'native') continue;
      const address = `${letters(column)}${row + 1}`;
      const master = shared(address, row, column, cell.formula);
      if (master === undefined) {
        runs.set(address, { si: -1, last: address });
        continue;
      }
      const run = runs.get(master)!;
      if (run.si < 0) run.si = nextSi++;
      run.last = address;
    }
  }
  return runs;
}

/** Texts gathered into buffers of about this many characters: short-lived texts, the XML kept outside the heap. */
const CHUNK = 1 << 16;

/**
 * The <row> elements of the plan from sheet row `from` on, as buffers of UTF-8 XML, with shared formulas for
 * columns filled down (as the exceljs path writes them), and the extent of the cells written (0-based last row and
 * column, or -1).
 */
export function sheetRowsChunks(
  plan: SheetPlan,
  from: number,
  source: RowSource,
): { chunks: Buffer[]; lastRow: number; lastColumn: number } {
  const rows = cellsByRow(plan, from, source.styles);
  const styleOf = (row: number, column: number): string => {
    const index = source.styles && row < source.styles.end ? source.styles.columns.get(column) : undefined;
    return index ? ` s="${index}"` : '';
  };
  const names: string[] = [];
  const letters = (column: number) => {
    names[column] ??= columnLetters(column + 1);
    return names[column];
  };
  const runs = source.unshared ? new Map<string, SharedRun>() : sharedRuns(rows, from, letters);
  const shared = source.unshared ? () => undefined : sharedFormulas();
  const chunks: Buffer[] = [];
  let text = '';
  let lastRow = -1;
  let lastColumn = -1;
  for (let row = from; row < rows.length; row++) {
    const cells = rows[row];
    if (!cells) continue;
    text += `<row r="${row + 1}">`;
    lastRow = row;
    for (let column = 0; column < cells.length; column++) {
      const cell = cells[column];
      if (cell === undefined) continue;
      lastColumn = Math.max(lastColumn, column);
      const address = `${letters(column)}${row + 1}`;
      const style = styleOf(row, column);
      if (cell === null) {
        text += constant(address, null, style);
        continue;
      }
      const native = typeof cell === 'object' && cell.formula.kind === 'native';
      const masterAddress = native ? shared(address, row, column, cell.formula) : undefined;
      if (masterAddress !== undefined) {
        const { type, v } = cached(source.result(row, column));
        text += `<c r="${address}"${style}${type}><f t="shared" si="${runs.get(masterAddress)!.si}"/>${v}</c>`;
        continue;
      }
      const written = source.written(row, column, cell);
      if (written === null || typeof written !== 'object' || !('formula' in written)) {
        text += constant(address, written, style);
        continue;
      }
      const { type, v } = cached(source.result(row, column));
      const run = native ? runs.get(address) : undefined;
      const master = run && run.si >= 0 ? ` t="shared" ref="${address}:${run.last}" si="${run.si}"` : '';
      text += `<c r="${address}"${style}${type}><f${master}>${xml(String(written.formula))}</f>${v}</c>`;
    }
    text += '</row>';
    if (text.length >= CHUNK) {
      chunks.push(Buffer.from(text, 'utf8'));
      text = '';
    }
  }
  if (text) chunks.push(Buffer.from(text, 'utf8'));
  return { chunks, lastRow, lastColumn };
}

/** The <row> elements as one text (see sheetRowsChunks). */
export function sheetRowsXml(
  plan: SheetPlan,
  from: number,
  source: RowSource,
): { xml: string; lastRow: number; lastColumn: number } {
  const { chunks, lastRow, lastColumn } = sheetRowsChunks(plan, from, source);
  return { xml: Buffer.concat(chunks).toString('utf8'), lastRow, lastColumn };
}

/**
 * The worksheet XML exceljs wrote (holding only the rows above `rows`) with `rows` appended to its sheetData and
 * its dimension widened to the cells now in it.
 */
export function withRows(sheetXml: string, rows: string, lastRow: number, lastColumn: number): string {
  return withRowChunks(sheetXml, [Buffer.from(rows, 'utf8')], lastRow, lastColumn).toString('utf8');
}

/** withRows for rows as UTF-8 buffers: the worksheet part as one buffer. */
export function withRowChunks(sheetXml: string, rows: readonly Buffer[], lastRow: number, lastColumn: number): Buffer {
  const widened = sheetXml.replace(/<dimension ref="(?:[A-Z]+[0-9]+:)?([A-Z]+)([0-9]+)"\/>/, (_, letters, digits) => {
    const column = Math.max(lastColumn + 1, columnNumber(letters));
    return `<dimension ref="A1:${columnLetters(column)}${Math.max(lastRow + 1, Number(digits))}"/>`;
  });
  const text = (value: string) => Buffer.from(value, 'utf8');
  const empty = widened.indexOf('<sheetData/>');
  if (empty >= 0) {
    const after = widened.slice(empty + '<sheetData/>'.length);
    return Buffer.concat([text(`${widened.slice(0, empty)}<sheetData>`), ...rows, text(`</sheetData>${after}`)]);
  }
  const end = widened.indexOf('</sheetData>');
  if (end < 0) throw new RangeError('The worksheet has no sheetData');
  return Buffer.concat([text(widened.slice(0, end)), ...rows, text(widened.slice(end))]);
}
