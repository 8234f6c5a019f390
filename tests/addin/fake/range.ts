// The fake Range: values, formats, validation, conditional formats, find, used range and offsets, queued until sync.

import { createEvaluator } from '../../../shared/workbook/native/evaluate/evaluate';
import { FormulaError, type Scalar, scalarOf } from '../../../shared/workbook/native/evaluate/values';
import {
  address,
  cellOf,
  type FakeCell,
  type FakeContext,
  type FakeSheet,
  hasValue,
  key,
  Loadable,
  letters,
  OfficeError,
  payloadOf,
  recorder,
  SHEET_COLUMNS,
  SHEET_ROWS,
} from './model';
import { shiftNames } from './names';
import { FakeWorksheet } from './worksheet';

export interface Rect {
  row: number;
  column: number;
  rows: number;
  columns: number;
}

/** Excel.RangeValueType of a cell (Excel.RangeValueType: Empty, String, Double, Boolean, Error). */
function valueType(cell: FakeCell | undefined): string {
  if (!hasValue(cell)) return 'Empty';
  const value = cell!.value;
  if (typeof value === 'number') return 'Double';
  if (typeof value === 'boolean') return 'Boolean';
  return /^#[A-Z/0!?]+[!?A]?$/.test(value) && !cell!.numberFormat ? 'Error' : 'String';
}

/**
 * A formula cell's value as Range.values reads it: a custom function's shows "#BUSY!" while it calculates
 * (learn.microsoft.com/office/dev/add-ins/excel/custom-functions-overview); a plain formula such as the norms
 * table's =IF($B$2="","",$B$2) Excel has calculated by the next sync in automatic calculation mode
 * (learn.microsoft.com/javascript/api/excel/excel.calculationmode): the fake computes it with the core's
 * evaluator of native formulas.
 */
function shownValue(ctx: FakeContext, sheetName: string, cell: FakeCell | undefined): unknown {
  if (cell?.formula === undefined || cell.value !== cell.formula) return cell?.value ?? '';
  if (/TEAMSCAN\./i.test(cell.formula)) return '#BUSY!';
  const pending = new Set<FakeCell>();
  const read = (sheet: string, target: FakeCell | undefined): Scalar => {
    if (!hasValue(target)) return null;
    if (target!.formula === undefined || target!.value !== target!.formula) return target!.value as Scalar;
    if (pending.has(target!) || /TEAMSCAN\./i.test(target!.formula)) return new FormulaError('#VALUE!');
    pending.add(target!);
    try {
      const value = scalarOf(evaluate(target!.formula, sheet));
      return value === null ? 0 : value;
    } catch {
      // A function the evaluator does not know: the fake cannot say what Excel would show.
      return new FormulaError('#NAME?');
    } finally {
      pending.delete(target!);
    }
  };
  const evaluate = createEvaluator((sheet, row, column) => {
    const found = ctx.book.sheets.find((candidate) => candidate.name === sheet);
    return read(sheet, found ? cellOf(found, row, column) : undefined);
  });
  const value = read(sheetName, cell);
  return value instanceof FormulaError ? value.code : value;
}

/** The cells with a value inside a rectangle, as a rectangle of its own; undefined when there is none. */
export function usedWithin(sheet: FakeSheet, within: Rect): Rect | undefined {
  let top = Number.POSITIVE_INFINITY;
  let left = Number.POSITIVE_INFINITY;
  let bottom = -1;
  let right = -1;
  for (const [at, cell] of sheet.cells) {
    if (!hasValue(cell)) continue;
    const [r, c] = at.split(',').map(Number) as [number, number];
    if (r < within.row || r >= within.row + within.rows || c < within.column || c >= within.column + within.columns) {
      continue;
    }
    top = Math.min(top, r);
    left = Math.min(left, c);
    bottom = Math.max(bottom, r);
    right = Math.max(right, c);
  }
  if (bottom < 0) return undefined;
  return { row: top, column: left, rows: bottom - top + 1, columns: right - left + 1 };
}

/** A sheet name as Excel writes it in an address: quoted when it is not a plain word. */
export function sheetPrefix(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/**
 * A protected sheet takes no content change from the API: Excel refuses it as the user is refused ("the cell or
 * chart you're trying to change is on a protected sheet"); the Office.js code is AccessDenied ("You can't perform
 * the requested operation", Excel API error codes: learn.microsoft.com/office/dev/add-ins/reference/javascript-api-for-office-error-codes).
 */
function refuseIfProtected(sheet: FakeSheet): void {
  if (sheet.protected) throw new OfficeError('AccessDenied');
}

/**
 * What Range.values makes of a value, as typing it would. The Range.values reference: "If the returned value
 * starts with a plus ("+"), minus ("-"), or equal sign ("="), Excel interprets this value as a formula"
 * (learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member); "-" or "+" before a
 * number is that number. A leading apostrophe is Excel's text prefix: the rest is kept as text and the apostrophe
 * is not part of the value ("Format numbers as text": support.microsoft.com). The fake keeps a text-formatted
 * cell's "=x" as text, as the UI does; the product does not rely on that alone.
 */
function typedInput(value: unknown, textFormat: boolean): { text: unknown; formula?: string } {
  if (typeof value !== 'string') return { text: value };
  if (value.startsWith("'")) return { text: value.slice(1) };
  if (textFormat) return { text: value };
  if (value.startsWith('=')) return { text: value, formula: value };
  if (/^[+-]/.test(value) && value.length > 1 && Number.isNaN(Number(value))) {
    return { text: `=${value}`, formula: `=${value}` };
  }
  return { text: value };
}

export class FakeRange extends Loadable {
  constructor(
    ctx: FakeContext,
    readonly sheetOf: () => FakeSheet,
    readonly at: () => Rect,
  ) {
    super(ctx, (props) => {
      const sheet = sheetOf();
      const { row, column, rows, columns } = at();
      // "On all platforms, a range is limited to five million cells for get operations"; Excel on the web answers a
      // response over 5 MB with ResponsePayloadSizeLimitExceeded (docs: excel/performance, "size limitations";
      // application-specific-api-error-handling). The fake refuses a cell read over five million cells so.
      const cellProps = ['values', 'formulas', 'numberFormat', 'valueTypes'];
      if (rows * columns > 5_000_000 && props.some((p) => cellProps.includes(p))) {
        throw new OfficeError('ResponsePayloadSizeLimitExceeded');
      }
      const grid = (f: (cell: FakeCell | undefined) => unknown) =>
        Array.from({ length: rows }, (_, r) =>
          Array.from({ length: columns }, (_, c) => f(cellOf(sheet, row + r, column + c))),
        );
      const all: Record<string, () => unknown> = {
        // Range.values: "the raw values"; an empty cell reads as "" (it is `Empty` in valueTypes). A formula
        // cell reads as its result, never as its own text: one a test gave a value shows that; one the fake
        // wrote (it computes none) shows what Excel shows while a custom function calculates, "#BUSY!"
        // (learn.microsoft.com/office/dev/add-ins/excel/custom-functions-overview).
        values: () => grid((cell) => shownValue(ctx, sheet.name, cell)),
        // Range.formulas: "If a cell has no formula, its value is returned instead."
        formulas: () => grid((cell) => cell?.formula ?? cell?.value ?? ''),
        numberFormat: () => grid((cell) => cell?.numberFormat ?? 'General'),
        valueTypes: () => grid(valueType),
        rowIndex: () => row,
        columnIndex: () => column,
        rowCount: () => rows,
        columnCount: () => columns,
        address: () => `${sheetPrefix(sheet.name)}!${address(row, column, rows, columns)}`,
      };
      return Object.fromEntries(
        props.map((p) => {
          if (!all[p]) throw new Error(`fake Range cannot load ${p}`);
          return [p, all[p]!()];
        }),
      );
    });
  }
  private each(f: (sheet: FakeSheet, r: number, c: number, i: number, j: number) => void) {
    const sheet = this.sheetOf();
    const { row, column, rows, columns } = this.at();
    for (let i = 0; i < rows; i++) for (let j = 0; j < columns; j++) f(sheet, row + i, column + j, i, j);
  }
  /** The range's cells in A1 form, without the sheet (where formats and validations are recorded). */
  private get a1(): string {
    const { row, column, rows, columns } = this.at();
    return address(row, column, rows, columns);
  }
  get address(): string {
    return this.read('address');
  }
  get values(): any[][] {
    return this.read('values');
  }
  set values(values: unknown[][]) {
    this.ctx.queue(
      () =>
        this.each((sheet, r, c, i, j) => {
          const value = values[i]![j];
          if (value === null || value === undefined) return;
          refuseIfProtected(sheet);
          const existing = sheet.cells.get(key(r, c));
          if (this.ctx.failOn?.(`write:${sheet.name}!${letters(c)}${r + 1}`)) throw new OfficeError('GeneralException');
          const { text, formula } = typedInput(
            value,
            existing?.numberFormat === '@' && !this.ctx.options.textFormatIgnored,
          );
          sheet.cells.set(key(r, c), {
            ...existing,
            value: text as any,
            ...(formula ? { formula } : {}),
          });
          if (!formula) delete sheet.cells.get(key(r, c))!.formula;
        }),
      payloadOf(values),
    );
  }
  get formulas(): any[][] {
    return this.read('formulas');
  }
  set formulas(formulas: unknown[][]) {
    this.ctx.queue(
      () =>
        this.each((sheet, r, c, i, j) => {
          const text = formulas[i]![j];
          if (text === null || text === undefined) return;
          refuseIfProtected(sheet);
          const existing = sheet.cells.get(key(r, c));
          const formula = typeof text === 'string' && text.startsWith('=') && existing?.numberFormat !== '@';
          const cell: FakeCell = { ...existing, value: text as any };
          if (formula) cell.formula = text as string;
          else delete cell.formula;
          sheet.cells.set(key(r, c), cell);
        }),
      payloadOf(formulas),
    );
  }
  get numberFormat(): any[][] {
    return this.read('numberFormat');
  }
  set numberFormat(formats: unknown[][]) {
    this.ctx.queue(
      () =>
        this.each((sheet, r, c, i, j) => {
          const format = formats[i]![j];
          if (format === null || format === undefined) return;
          refuseIfProtected(sheet);
          const existing = sheet.cells.get(key(r, c));
          sheet.cells.set(key(r, c), { value: existing?.value ?? '', ...existing, numberFormat: format as string });
        }),
      payloadOf(formats),
    );
  }
  get valueTypes(): string[][] {
    return this.read('valueTypes');
  }
  get rowIndex(): number {
    return this.read('rowIndex');
  }
  get columnIndex(): number {
    return this.read('columnIndex');
  }
  get rowCount(): number {
    return this.read('rowCount');
  }
  get columnCount(): number {
    return this.read('columnCount');
  }
  get format(): any {
    const record = (path: string, value: unknown) => this.sheetOf().formats.push({ address: this.a1, path, value });
    const format = recorder(this.ctx, record);
    // RangeFormat.autofitColumns(): "Changes the width of the columns of the current range to achieve the best
    // fit, based on the current data in the columns" (ExcelApi 1.2); recorded as a call, queued until sync.
    // https://learn.microsoft.com/javascript/api/excel/excel.rangeformat#excel-excel-rangeformat-autofitcolumns-member(1)
    return new Proxy(format, {
      get: (target, prop) =>
        prop === 'autofitColumns' ? () => this.ctx.queue(() => record('autofitColumns()', true)) : target[prop],
    });
  }
  get dataValidation(): any {
    const ctx = this.ctx;
    const entry = () => {
      const sheet = this.sheetOf();
      let found = sheet.validations.find((v) => v.address === this.a1);
      if (!found) {
        found = { address: this.a1 };
        sheet.validations.push(found);
      }
      return found;
    };
    return {
      clear: () =>
        ctx.queue(() => {
          const sheet = this.sheetOf();
          sheet.validations = sheet.validations.filter((v) => v.address !== this.a1);
        }),
      set rule(rule: unknown) {
        ctx.queue(() => (entry().rule = rule));
      },
      set errorAlert(alert: unknown) {
        ctx.queue(() => (entry().errorAlert = alert));
      },
      set prompt(prompt: unknown) {
        ctx.queue(() => (entry().prompt = prompt));
      },
    };
  }
  get conditionalFormats(): any {
    return {
      add: (type: string) => {
        const settings: Record<string, unknown> = {};
        this.ctx.queue(() => this.sheetOf().conditionalFormats.push({ address: this.a1, type, settings }));
        return recorder(this.ctx, (path, value) => (settings[path] = value));
      },
      clearAll: () =>
        this.ctx.queue(() => {
          const sheet = this.sheetOf();
          sheet.conditionalFormats = sheet.conditionalFormats.filter((f) => f.address !== this.a1);
        }),
    };
  }
  /**
   * Range.find (ExcelApi 1.9): "If the current range is larger than a single cell, then the search will be
   * limited to that range, else the search will cover the entire sheet starting after that cell." Throws
   * ItemNotFound when nothing matches. Searches by rows, forwards, wrapping round; `~` escapes `*`, `?`, `~`.
   */
  find(text: string, criteria: { completeMatch?: boolean; matchCase?: boolean } = {}): FakeRange {
    let found: Rect | undefined;
    this.ctx.queue(() => {
      const sheet = this.sheetOf();
      const at = this.at();
      const single = at.rows === 1 && at.columns === 1;
      const area: Rect = single ? (usedWithin(sheet, fullSheet()) ?? at) : at;
      const order: [number, number][] = [];
      for (let r = area.row; r < area.row + area.rows; r++) {
        for (let c = area.column; c < area.column + area.columns; c++) order.push([r, c]);
      }
      // The single cell itself is searched last: the search starts after it and wraps round to it.
      const start = single ? order.findIndex(([r, c]) => r === at.row && c === at.column) + 1 : 0;
      const wanted = text.replace(/~([~*?])/g, '$1');
      const same = (value: string) =>
        criteria.matchCase ? value === wanted : value.toLowerCase() === wanted.toLowerCase();
      const contains = (value: string) =>
        criteria.matchCase ? value.includes(wanted) : value.toLowerCase().includes(wanted.toLowerCase());
      for (let i = 0; i < order.length; i++) {
        const [r, c] = order[(start + i) % order.length]!;
        const value = String(cellOf(sheet, r, c)?.value ?? '');
        if (value !== '' && (criteria.completeMatch ? same(value) : contains(value))) {
          found = { row: r, column: c, rows: 1, columns: 1 };
          return;
        }
      }
      throw new OfficeError('ItemNotFound');
    });
    return new FakeRange(this.ctx, this.sheetOf, () => {
      if (!found) throw new OfficeError('ItemNotFound');
      return found;
    });
  }
  /** Range.getUsedRangeOrNullObject: the cells with values inside this range; isNullObject when there are none. */
  getUsedRangeOrNullObject(_valuesOnly?: boolean): FakeRange {
    const bounds = () => usedWithin(this.sheetOf(), this.at());
    const range = new FakeRange(this.ctx, this.sheetOf, () => {
      const used = bounds();
      if (!used) throw new OfficeError('ItemNotFound');
      return used;
    });
    range.resolveNullAtSync(() => bounds() !== undefined);
    return range;
  }
  /** The whole rows of this range ("B4:E11" gives rows "4:11"). */
  getEntireRow(): FakeRange {
    return new FakeRange(this.ctx, this.sheetOf, () => {
      const at = this.at();
      return { row: at.row, column: 0, rows: at.rows, columns: SHEET_COLUMNS };
    });
  }
  getOffsetRange(rows: number, columns: number): FakeRange {
    return new FakeRange(this.ctx, this.sheetOf, () => {
      const at = this.at();
      return { ...at, row: at.row + rows, column: at.column + columns };
    });
  }
  /**
   * Range.insert(shift): "Inserts a cell or a range of cells into the worksheet in place of this range, and
   * shifts the other cells to make space." Only "Down" is used: the cells of these columns from this range's
   * top row move down by its height. https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-insert-member(1)
   */
  insert(shift: string): void {
    this.ctx.queue(() => {
      if (shift !== 'Down') throw new Error(`fake Range cannot insert ${shift}`);
      const sheet = this.sheetOf();
      const { row, column, rows, columns } = this.at();
      const moved = [...sheet.cells].filter(([at]) => {
        const [r, c] = at.split(',').map(Number) as [number, number];
        return r >= row && c >= column && c < column + columns;
      });
      for (const [at] of moved) sheet.cells.delete(at);
      for (const [at, cell] of moved) {
        const [r, c] = at.split(',').map(Number) as [number, number];
        sheet.cells.set(key(r + rows, c), cell);
      }
      shiftNames(this.ctx.book, sheet, { row, column, rows, columns });
    });
  }
  /**
   * Range.delete(shift): "Deletes the cells associated with the range", shifting the others into their place.
   * Only "Up" is used. https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-delete-member(1)
   */
  delete(shift: string): void {
    this.ctx.queue(() => {
      if (shift !== 'Up') throw new Error(`fake Range cannot delete ${shift}`);
      const sheet = this.sheetOf();
      const { row, column, rows, columns } = this.at();
      const inColumns = [...sheet.cells].filter(([at]) => {
        const [r, c] = at.split(',').map(Number) as [number, number];
        return r >= row && c >= column && c < column + columns;
      });
      for (const [at] of inColumns) sheet.cells.delete(at);
      for (const [at, cell] of inColumns) {
        const [r, c] = at.split(',').map(Number) as [number, number];
        if (r >= row + rows) sheet.cells.set(key(r - rows, c), cell);
      }
    });
  }
  /** Range.clear: "Contents" keeps the cells' formats, anything else clears them too. */
  clear(what?: string): void {
    this.ctx.queue(() => {
      if (this.ctx.failOn?.(`clear:${this.sheetOf().name}!${this.a1}`)) throw new OfficeError('GeneralException');
      refuseIfProtected(this.sheetOf());
      this.each((sheet, r, c) => {
        const format = sheet.cells.get(key(r, c))?.numberFormat;
        if (what === 'Contents' && format !== undefined)
          sheet.cells.set(key(r, c), { value: '', numberFormat: format });
        else sheet.cells.delete(key(r, c));
      });
    });
  }
  // Range.select(): "Selects the specified range in the Excel UI" (Excel.Range class reference; and
  // learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-set-get, "Set the selected range").
  select(): void {
    this.ctx.queue(() => {
      const { row, column } = this.at();
      this.ctx.book.active = { sheet: this.sheetOf().name, row, column };
    });
  }
  private sheetProxy?: FakeWorksheet;
  get worksheet(): FakeWorksheet {
    this.sheetProxy ??= new FakeWorksheet(this.ctx, this.sheetOf);
    return this.sheetProxy;
  }
}

export function fullSheet(): Rect {
  return { row: 0, column: 0, rows: SHEET_ROWS, columns: SHEET_COLUMNS };
}
