// An in-memory Range with Apps Script's behaviour where Teamscan relies on it; records every call.

import { FORMAT_ATTRIBUTES, type FormatAttribute } from './formats';
import type { FakeSheet } from './sheet';

export function letters(column: number): string {
  let rest = column;
  let out = '';
  while (rest > 0) {
    out = String.fromCharCode(65 + ((rest - 1) % 26)) + out;
    rest = Math.floor((rest - 1) / 26);
  }
  return out;
}

export class FakeRange {
  constructor(
    readonly sheet: FakeSheet,
    readonly row: number,
    readonly column: number,
    readonly rows = 1,
    readonly columns = 1,
  ) {
    // Sheet.getRange(row, column, numRows, numColumns): a range beyond the sheet's rows or columns throws.
    // https://developers.google.com/apps-script/reference/spreadsheet/sheet#getrangerow,-column,-numrows,-numcolumns
    if (row < 1 || column < 1 || rows < 1 || columns < 1) throw new Error('Invalid range dimensions');
    if (row + rows - 1 > sheet.maxRows || column + columns - 1 > sheet.maxColumns) {
      throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
    }
  }

  private record(method: string, args?: unknown): void {
    this.sheet.log.push(this.call(method, args));
  }

  private call(method: string, args?: unknown) {
    return {
      method,
      sheet: this.sheet.name,
      row: this.row,
      column: this.column,
      rows: this.rows,
      columns: this.columns,
      args,
    };
  }

  /** A content write is recorded when made and applied when the service flushes its batch (spreadsheet.ts). */
  private hold(method: string, args: unknown, apply: () => void): this {
    this.record(method, args);
    this.sheet.spreadsheet.hold(this.call(method, args), apply);
    return this;
  }

  private checkShape(values: unknown[][]): void {
    if (values.length !== this.rows || values.some((row) => row.length !== this.columns)) {
      throw new Error(`The number of rows or columns in the data does not match the range ${this.getA1Notation()}`);
    }
  }

  getRow = () => this.row;
  getColumn = () => this.column;
  getNumRows = () => this.rows;
  getNumColumns = () => this.columns;
  getSheet = () => this.sheet;
  getA1Notation(): string {
    const first = `${letters(this.column)}${this.row}`;
    const last = `${letters(this.column + this.columns - 1)}${this.row + this.rows - 1}`;
    return first === last ? first : `${first}:${last}`;
  }

  // Range.getValues: "The values may be of type Number, Boolean, Date, or String, depending on the value of
  // the cell. Empty cells are represented by an empty string in the array."
  // https://developers.google.com/apps-script/reference/spreadsheet/range#getvalues
  getValues(): unknown[][] {
    this.record('getValues');
    return Array.from({ length: this.rows }, (_, r) =>
      Array.from({ length: this.columns }, (_, c) => this.sheet.valueAt(this.row + r, this.column + c)),
    );
  }
  getValue(): unknown {
    return this.sheet.valueAt(this.row, this.column);
  }
  getFormula(): string {
    return this.sheet.formulas.get(`${this.row},${this.column}`) ?? '';
  }
  // Range.getFormulas: the formula of each cell, "" for a cell without one; a custom function's array result
  // holds its formula in the top-left cell only. The fake computes no formula, so nothing spills.
  // https://developers.google.com/apps-script/reference/spreadsheet/range#getformulas
  getFormulas(): string[][] {
    this.record('getFormulas');
    return Array.from({ length: this.rows }, (_, r) =>
      Array.from(
        { length: this.columns },
        (_, c) => this.sheet.formulas.get(`${this.row + r},${this.column + c}`) ?? '',
      ),
    );
  }

  setValues(values: unknown[][]): this {
    this.checkShape(values);
    const copy = values.map((row) => [...row]);
    return this.hold('setValues', values, () => {
      // A strict rule rejects the whole write when it is applied (sheet.ts: rejection).
      copy.forEach((row, r) => {
        row.forEach((value, c) => {
          const refused = this.sheet.rejection(this.row + r, this.column + c, value);
          if (refused) throw new Error(refused);
        });
      });
      copy.forEach((row, r) => {
        row.forEach((value, c) => {
          this.sheet.write(this.row + r, this.column + c, value);
        });
      });
    });
  }
  setFormulas(formulas: string[][]): this {
    this.checkShape(formulas);
    const copy = formulas.map((row) => [...row]);
    return this.hold('setFormulas', formulas, () => {
      copy.forEach((row, r) => {
        row.forEach((formula, c) => {
          this.sheet.write(this.row + r, this.column + c, formula);
        });
      });
    });
  }
  setFormula(formula: string): this {
    return this.hold('setFormula', formula, () => this.sheet.write(this.row, this.column, formula));
  }
  private eachCell(visit: (row: number, column: number, r: number, c: number) => void): void {
    for (let r = 0; r < this.rows; r++)
      for (let c = 0; c < this.columns; c++) visit(this.row + r, this.column + c, r, c);
  }
  // Range.setDataValidation: "Sets one data validation rule for all cells in the range"; null removes it.
  // https://developers.google.com/apps-script/reference/spreadsheet/range#setdatavalidationrule
  setDataValidation(rule: unknown): this {
    this.record('setDataValidation', rule);
    if (rule !== null) this.sheet.validations.push({ a1: this.getA1Notation(), rule });
    this.eachCell((row, column) => this.sheet.setRule(row, column, rule));
    return this;
  }
  // Range.clearDataValidations: "Clears the data validation rules for the range" (only this range).
  clearDataValidations(): this {
    this.record('clearDataValidations');
    this.eachCell((row, column) => this.sheet.setRule(row, column, null));
    return this;
  }
  // Range.getDataValidations: a grid of rules, null for a cell without one.
  getDataValidations(): unknown[][] {
    this.record('getDataValidations');
    const grid = Array.from({ length: this.rows }, () => Array<unknown>(this.columns).fill(null));
    this.eachCell((row, column, r, c) => {
      grid[r]![c] = this.sheet.ruleAt(row, column);
    });
    return grid;
  }
  setDataValidations(rules: unknown[][]): this {
    this.checkShape(rules);
    this.record('setDataValidations');
    this.eachCell((row, column, r, c) => this.sheet.setRule(row, column, rules[r]![c] ?? null));
    return this;
  }
  private formatGrid(attribute: FormatAttribute): unknown[][] {
    this.record(FORMAT_ATTRIBUTES[attribute].get);
    return Array.from({ length: this.rows }, (_, r) =>
      Array.from({ length: this.columns }, (_, c) => this.sheet.formats.get(attribute, this.row + r, this.column + c)),
    );
  }
  private setFormatGrid(attribute: FormatAttribute, grid: unknown[][]): this {
    this.checkShape(grid);
    this.record(FORMAT_ATTRIBUTES[attribute].set);
    this.eachCell((row, column, r, c) => this.sheet.formats.set(attribute, row, column, grid[r]![c]));
    return this;
  }
  // Range's plural format getters and setters (getFontWeights, setBackgrounds …): one value per cell.
  getFontWeights = () => this.formatGrid('fontWeight');
  setFontWeights = (grid: unknown[][]) => this.setFormatGrid('fontWeight', grid);
  getFontSizes = () => this.formatGrid('fontSize');
  setFontSizes = (grid: unknown[][]) => this.setFormatGrid('fontSize', grid);
  getFontStyles = () => this.formatGrid('fontStyle');
  setFontStyles = (grid: unknown[][]) => this.setFormatGrid('fontStyle', grid);
  getFontColors = () => this.formatGrid('fontColor');
  setFontColors = (grid: unknown[][]) => this.setFormatGrid('fontColor', grid);
  getBackgrounds = () => this.formatGrid('background');
  setBackgrounds = (grid: unknown[][]) => this.setFormatGrid('background', grid);
  getWraps = () => this.formatGrid('wrap');
  setWraps = (grid: unknown[][]) => this.setFormatGrid('wrap', grid);
  getNumberFormats = () => this.formatGrid('numberFormat');
  setNumberFormats = (grid: unknown[][]) => this.setFormatGrid('numberFormat', grid);
  getHorizontalAlignments = () => this.formatGrid('horizontalAlignment');
  setHorizontalAlignments = (grid: unknown[][]) => this.setFormatGrid('horizontalAlignment', grid);

  // Range.clearContent: "Clears the content of the range, leaving the formatting intact."
  clearContent(): this {
    return this.hold('clearContent', undefined, () =>
      this.eachCell((row, column) => this.sheet.write(row, column, '')),
    );
  }
  activate(): this {
    this.sheet.spreadsheet.activeSheet = this.sheet;
    this.sheet.activeRange = this;
    return this;
  }
}
