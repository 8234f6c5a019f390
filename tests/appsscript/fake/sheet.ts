// An in-memory Sheet and Range with Apps Script's behaviour where Teamscan relies on it; records every call.

import { columnLetters } from '../../../shared/matrix/address';
import { chartBuilder } from './chart';
import { CellFormats } from './formats';
import { FakeRange } from './range';
import { columnOf, computedValue, typedText } from './sheet-cells';
import { protectionOf, rangeList } from './sheet-objects';

export { FakeRange };

export interface Call {
  readonly method: string;
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
  readonly rows: number;
  readonly columns: number;
  readonly args?: unknown;
}

export type CallLog = Call[];

/** What a RangeList call set did, for style checks. */
export interface StyleCall {
  readonly ranges: string[];
  readonly method: string;
  readonly value: unknown;
}

export interface SpreadsheetHost {
  activeSheet: FakeSheet;
  /** Holds a content write back until the next flush (spreadsheet.ts says when that is). */
  hold(call: Call, apply: () => void): void;
  rename(sheet: FakeSheet, name: string): void;
  indexOf(sheet: FakeSheet): number;
  /** The sheet of this name (a formula's reference to another sheet). */
  sheetNamed?(name: string): FakeSheet | undefined;
  /** Strict validation rules do not stop a script's write (the host answering the other way). */
  acceptsInvalid?: boolean;
  /** A test hook: throw here to make a chart insertion fail. */
  beforeInsertChart?: () => void;
}

export class FakeSheet {
  /** Typed values as the user sees them ("" when empty); formulas separately. */
  readonly values = new Map<string, unknown>();
  readonly formulas = new Map<string, string>();
  /** Every setDataValidation call that set a rule, for checks of what was applied. */
  validations: { a1: string; rule: unknown }[] = [];
  /** The rule in effect per cell ("row,column"), as Sheets keeps validation per cell. */
  readonly rulesByCell = new Map<string, unknown>();
  /** Formatting per cell (bold, background, alignment …), as RangeList and Range set it. */
  readonly formats = new CellFormats();
  rules: unknown[] = [];
  charts: unknown[] = [];
  protections: { warningOnly: boolean; description: string; remove(): void }[] = [];
  readonly styles: StyleCall[] = [];
  readonly widths = new Map<number, number>();
  frozenRows = 0;
  frozenColumns = 0;
  activeRange: FakeRange | null = null;

  constructor(
    public name: string,
    readonly spreadsheet: SpreadsheetHost,
    readonly log: CallLog,
    public maxRows = 1000,
    public maxColumns = 26,
  ) {}

  /** As Sheets parses setValues input: "'x" is the text x, "=…" a formula, anything else as given. */
  write(row: number, column: number, value: unknown): void {
    const key = `${row},${column}`;
    this.formulas.delete(key);
    if (typeof value === 'string' && value.startsWith("'")) this.values.set(key, value.slice(1));
    else if (typeof value === 'string' && value.startsWith('=')) {
      this.formulas.set(key, value);
      this.values.set(key, '');
    } else if (typeof value === 'string' && /^[+-]\s*(?:[A-Za-z]+\$?\d|[A-Za-z_.]+\s*\(|\()/.test(value)) {
      // setValues reads input as if typed: "+A1", "-SUM(…)" or "+(…)" start a formula as "=" does.
      this.formulas.set(key, `=${value}`);
      this.values.set(key, '');
    } else if (typeof value === 'string' && this.formats.get('numberFormat', row, column) !== '@') {
      this.values.set(key, typedText(value));
    } else this.values.set(key, value === null || value === undefined ? '' : value);
  }

  /**
   * Why a strict list rule refuses this value, if it does. DataValidation.getAllowInvalid: "false if it rejects the
   * input entirely" (developers.google.com/apps-script/reference/spreadsheet/data-validation#getallowinvalid); that a
   * script's write is rejected too, and only when Sheets applies it, is what the self-test's flush-rollback probe
   * asks the real host. `acceptsInvalid` makes the fake answer the other way: the rule stops nobody's script.
   */
  rejection(row: number, column: number, value: unknown): string | undefined {
    const rule = this.rulesByCell.get(`${row},${column}`) as
      | { setAllowInvalid?: unknown; requireValueInList?: unknown }
      | undefined;
    if (this.spreadsheet.acceptsInvalid || rule?.setAllowInvalid !== false) return undefined;
    const [list] = (rule.requireValueInList ?? []) as [unknown];
    const text = typeof value === 'string' && value.startsWith("'") ? value.slice(1) : String(value);
    if (!Array.isArray(list) || list.includes(text)) return undefined;
    return `The data you entered in cell ${columnLetters(column)}${row} violates the data validation rules set on this cell.`;
  }

  setRule(row: number, column: number, rule: unknown): void {
    if (rule === null || rule === undefined) this.rulesByCell.delete(`${row},${column}`);
    else this.rulesByCell.set(`${row},${column}`, rule);
  }
  ruleAt(row: number, column: number): unknown {
    return this.rulesByCell.get(`${row},${column}`) ?? null;
  }

  /** A cell's value as Range.getValues reads it: a formula cell's computed value (sheet-cells.ts). */
  valueAt(row: number, column: number): unknown {
    return computedValue(this, row, column);
  }

  /** The used rectangle from A1, as getDataRange gives it. */
  usedSize(): { rows: number; columns: number } {
    let rows = 1;
    let columns = 1;
    for (const [key, value] of [...this.values, ...this.formulas]) {
      if (value === '' || value === null) continue;
      const [r, c] = key.split(',').map(Number) as [number, number];
      rows = Math.max(rows, r);
      columns = Math.max(columns, c);
    }
    return { rows, columns };
  }

  /** Values of one 1-based row, for assertions. */
  rowValues(row: number, columns = this.usedSize().columns): unknown[] {
    return Array.from({ length: columns }, (_, c) => this.valueAt(row, c + 1));
  }

  getName = () => this.name;
  // Sheet.setName: sheet names are unique within a spreadsheet; a taken name is refused.
  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#setnamename
  setName(name: string): this {
    this.spreadsheet.rename(this, name);
    return this;
  }
  // Sheet.getIndex: "Gets the position of the sheet in its parent spreadsheet. Starts at 1."
  getIndex = () => this.spreadsheet.indexOf(this) + 1;
  // Sheet.getLastColumn / getLastRow: "the position of the last column (row) that has content"; 0 if none.
  getLastColumn(): number {
    return this.hasContent() ? this.usedSize().columns : 0;
  }
  getLastRow(): number {
    return this.hasContent() ? this.usedSize().rows : 0;
  }
  private hasContent(): boolean {
    return [...this.values.values(), ...this.formulas.values()].some((value) => value !== '' && value !== null);
  }
  // Sheet.getRange(a1Notation) too: "Returns the range as specified in A1 notation" (cells of this sheet).
  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#getrangea1notation
  getRange(row: number | string, column = 1, rows = 1, columns = 1): FakeRange {
    if (typeof row === 'string') {
      const match = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(row);
      if (!match) throw new Error(`Range not found: ${row}`);
      const first = columnOf(match[1]!);
      const last = columnOf(match[3] ?? match[1]!);
      const top = Number(match[2]);
      return new FakeRange(this, top, first, Number(match[4] ?? top) - top + 1, last - first + 1);
    }
    return new FakeRange(this, row, column, rows, columns);
  }
  getDataRange(): FakeRange {
    const { rows, columns } = this.usedSize();
    return new FakeRange(this, 1, 1, rows, columns);
  }
  getActiveRange = () => this.activeRange;
  getRangeList(ranges: string[]) {
    return rangeList(this, ranges);
  }
  newChart() {
    return { asBarChart: () => chartBuilder('bar') };
  }
  getMaxRows = () => this.maxRows;
  getMaxColumns = () => this.maxColumns;
  insertRowsAfter(_after: number, count: number): this {
    this.maxRows += count;
    return this;
  }
  insertColumnsAfter(_after: number, count: number): this {
    this.maxColumns += count;
    return this;
  }
  // Sheet.deleteRows / deleteColumns: the rows (columns) and their cells go. Only the trailing ones are used here.
  deleteRows(position: number, count: number): void {
    this.dropBeyond(position - 1, this.maxColumns);
    this.maxRows -= count;
  }
  deleteColumns(position: number, count: number): void {
    this.dropBeyond(this.maxRows, position - 1);
    this.maxColumns -= count;
  }
  private dropBeyond(rows: number, columns: number): void {
    const maps = [this.values, this.formulas, this.rulesByCell, ...this.formats.byAttribute.values()];
    for (const map of maps as Map<string, unknown>[]) {
      for (const key of [...map.keys()]) {
        const [r, c] = key.split(',').map(Number) as [number, number];
        if (r > rows || c > columns) map.delete(key);
      }
    }
  }
  getFrozenRows = () => this.frozenRows;
  getFrozenColumns = () => this.frozenColumns;
  /** Sheets' default column width is 100 pixels. */
  getColumnWidth = (column: number) => this.widths.get(column) ?? 100;
  // Sheet.clear: "Clears the sheet of content and formatting information."
  clear(): this {
    this.values.clear();
    this.formulas.clear();
    this.formats.clear();
    this.styles.length = 0;
    return this;
  }
  setColumnWidth(column: number, width: number): this {
    this.widths.set(column, width);
    return this;
  }
  // Sheet.setColumnWidths(startColumn, numColumns, width): "Sets the width of the given columns to the given
  // value in pixels." https://developers.google.com/apps-script/reference/spreadsheet/sheet#setcolumnwidthsstartcolumn,-numcolumns,-width
  setColumnWidths(startColumn: number, numColumns: number, width: number): this {
    if (numColumns < 1 || startColumn < 1 || startColumn + numColumns - 1 > this.maxColumns) {
      throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
    }
    for (let column = startColumn; column < startColumn + numColumns; column++) this.widths.set(column, width);
    return this;
  }
  setFrozenRows(rows: number): void {
    this.frozenRows = rows;
  }
  setFrozenColumns(columns: number): void {
    this.frozenColumns = columns;
  }
  getConditionalFormatRules = () => [...this.rules];
  setConditionalFormatRules(rules: unknown[]): void {
    this.rules = [...rules];
  }
  getCharts = () => [...this.charts];
  removeChart(chart: unknown): void {
    this.charts = this.charts.filter((c) => c !== chart);
  }
  insertChart(chart: unknown): void {
    this.spreadsheet.beforeInsertChart?.();
    this.charts.push(chart);
  }
  activate(): this {
    this.spreadsheet.activeSheet = this;
    return this;
  }
  hidden = false;
  // Sheet.hideSheet: "Hides this sheet. Has no effect if the sheet is already hidden."
  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#hidesheet
  hideSheet(): this {
    this.hidden = true;
    return this;
  }
  // Sheet.isSheetHidden: "Returns true if the sheet is currently hidden."
  isSheetHidden = () => this.hidden;
  getProtections = () => [...this.protections];
  protect() {
    return protectionOf(this);
  }
}
