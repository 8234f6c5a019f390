// The fake Range: values, formats, validation, conditional formats, find and offsets, queued until sync.

import {
  address,
  cellOf,
  type FakeCell,
  type FakeContext,
  type FakeSheet,
  key,
  Loadable,
  OfficeError,
  recorder,
} from './model';
import { FakeWorksheet } from './worksheet';

export class FakeRange extends Loadable {
  constructor(
    ctx: FakeContext,
    readonly sheetOf: () => FakeSheet,
    readonly at: () => { row: number; column: number; rows: number; columns: number },
  ) {
    super(ctx, (props) => {
      const sheet = sheetOf();
      const { row, column, rows, columns } = at();
      const grid = (f: (cell: FakeCell | undefined) => unknown) =>
        Array.from({ length: rows }, (_, r) =>
          Array.from({ length: columns }, (_, c) => f(cellOf(sheet, row + r, column + c))),
        );
      const all: Record<string, () => unknown> = {
        values: () => grid((cell) => cell?.value ?? ''),
        valueTypes: () =>
          grid((cell) => (cell === undefined ? 'Empty' : typeof cell.value === 'string' ? 'String' : 'Double')),
        rowIndex: () => row,
        columnIndex: () => column,
        address: () => `${sheet.name}!${address(row, column, rows, columns)}`,
      };
      return Object.fromEntries(props.map((p) => [p, all[p]!()]));
    });
  }
  private each(f: (sheet: FakeSheet, r: number, c: number, i: number, j: number) => void) {
    const sheet = this.sheetOf();
    const { row, column, rows, columns } = this.at();
    for (let i = 0; i < rows; i++) for (let j = 0; j < columns; j++) f(sheet, row + i, column + j, i, j);
  }
  private get address(): string {
    const { row, column, rows, columns } = this.at();
    return address(row, column, rows, columns);
  }
  get values(): any[][] {
    return this.read('values');
  }
  set values(values: unknown[][]) {
    this.ctx.queue(() =>
      this.each((sheet, r, c, i, j) => {
        const value = values[i]![j];
        if (value === null || value === undefined) return;
        const existing = sheet.cells.get(key(r, c));
        // As Excel does: text starting with "=" becomes a formula unless the cell is formatted as text.
        const formula = typeof value === 'string' && value.startsWith('=') && existing?.numberFormat !== '@';
        sheet.cells.set(key(r, c), {
          ...existing,
          value: value as any,
          ...(formula ? { formula: value as string } : {}),
        });
        if (!formula) delete sheet.cells.get(key(r, c))!.formula;
      }),
    );
  }
  set numberFormat(formats: unknown[][]) {
    this.ctx.queue(() =>
      this.each((sheet, r, c, i, j) => {
        const format = formats[i]![j];
        if (format === null || format === undefined) return;
        const existing = sheet.cells.get(key(r, c));
        sheet.cells.set(key(r, c), { value: existing?.value ?? '', ...existing, numberFormat: format as string });
      }),
    );
  }
  set formulas(formulas: unknown[][]) {
    this.ctx.queue(() =>
      this.each((sheet, r, c, i, j) => {
        const formula = String(formulas[i]![j]);
        sheet.cells.set(key(r, c), { ...sheet.cells.get(key(r, c)), value: formula, formula });
      }),
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
  get format(): any {
    return recorder(this.ctx, (path, value) => this.sheetOf().formats.push({ address: this.address, path, value }));
  }
  get dataValidation(): any {
    const ctx = this.ctx;
    const entry = () => {
      const sheet = this.sheetOf();
      let found = sheet.validations.find((v) => v.address === this.address);
      if (!found) {
        found = { address: this.address };
        sheet.validations.push(found);
      }
      return found;
    };
    return {
      clear: () =>
        ctx.queue(() => {
          const sheet = this.sheetOf();
          sheet.validations = sheet.validations.filter((v) => v.address !== this.address);
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
        this.ctx.queue(() => this.sheetOf().conditionalFormats.push({ address: this.address, type, settings }));
        return recorder(this.ctx, (path, value) => (settings[path] = value));
      },
      clearAll: () =>
        this.ctx.queue(() => {
          const sheet = this.sheetOf();
          sheet.conditionalFormats = sheet.conditionalFormats.filter((f) => f.address !== this.address);
        }),
    };
  }
  find(text: string, criteria: { completeMatch?: boolean; matchCase?: boolean }): FakeRange {
    this.ctx.queue(() => {
      const { row, column } = this.at();
      const wanted = text.replace(/~([~*?])/g, '$1');
      const value = String(cellOf(this.sheetOf(), row, column)?.value ?? '');
      const same = criteria.matchCase ? value === wanted : value.toLowerCase() === wanted.toLowerCase();
      if (!criteria.completeMatch || !same) throw new OfficeError('ItemNotFound');
    });
    return this;
  }
  getOffsetRange(rows: number, columns: number): FakeRange {
    return new FakeRange(this.ctx, this.sheetOf, () => {
      const at = this.at();
      return { ...at, row: at.row + rows, column: at.column + columns };
    });
  }
  clear(_what?: string): void {
    this.ctx.queue(() => this.each((sheet, r, c) => sheet.cells.delete(key(r, c))));
  }
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
