// The fake Range: values, formats, validation, conditional formats, find, used range and offsets, queued until sync.

import {
  address,
  cellOf,
  type FakeCell,
  type FakeContext,
  type FakeSheet,
  key,
  Loadable,
  letters,
  OfficeError,
  payloadOf,
  SHEET_COLUMNS,
} from './model';
import {
  fullSheet,
  type Rect,
  refuseIfProtected,
  sheetPrefix,
  shownValue,
  typedInput,
  usedWithin,
  valueType,
} from './range-cells';
import { rangeConditionalFormats, rangeDataValidation, rangeFormat } from './range-formats';
import { deleteUp, insertDown } from './range-shift';
import { FakeWorksheet } from './worksheet';

export { fullSheet, type Rect, sheetPrefix, usedWithin } from './range-cells';

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
    return rangeFormat(this.ctx, this.sheetOf, () => this.a1);
  }
  get dataValidation(): any {
    return rangeDataValidation(this.ctx, this.sheetOf, () => this.a1);
  }
  get conditionalFormats(): any {
    return rangeConditionalFormats(this.ctx, this.sheetOf, () => this.a1);
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
      insertDown(this.ctx, this.sheetOf(), this.at());
    });
  }
  /**
   * Range.delete(shift): "Deletes the cells associated with the range", shifting the others into their place.
   * Only "Up" is used. https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-delete-member(1)
   */
  delete(shift: string): void {
    this.ctx.queue(() => {
      if (shift !== 'Up') throw new Error(`fake Range cannot delete ${shift}`);
      deleteUp(this.sheetOf(), this.at());
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
