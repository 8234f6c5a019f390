// The fake Worksheet: ranges, used range, tables, charts, frozen panes, protection, name and position.

import {
  address,
  checkSheetName,
  type FakeContext,
  type FakeSheet,
  Loadable,
  OfficeError,
  recorder,
  SHEET_COLUMNS,
  SHEET_ROWS,
  sheetId,
} from './model';
import { FakeRange, fullSheet, usedWithin } from './range';

function columnIndex(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
}

/**
 * A1 text as Worksheet.getRange takes it: "B2", "A1:D5", whole columns "A:D" and whole rows "3:5" (a whole
 * column reaches row 1,048,576, a whole row column XFD).
 */
export function parseA1(cells: string): { row: number; column: number; rows: number; columns: number } {
  const [first, last = first] = cells.replace(/\$/g, '').split(':') as [string, string?];
  const columns = /^([A-Za-z]+)$/;
  const rows = /^(\d+)$/;
  if (columns.test(first) && columns.test(last!)) {
    const a = columnIndex(first);
    const b = columnIndex(last!);
    return { row: 0, column: Math.min(a, b), rows: SHEET_ROWS, columns: Math.abs(b - a) + 1 };
  }
  if (rows.test(first) && rows.test(last!)) {
    const a = Number(first) - 1;
    const b = Number(last) - 1;
    return { row: Math.min(a, b), column: 0, rows: Math.abs(b - a) + 1, columns: SHEET_COLUMNS };
  }
  const cell = (part: string) => {
    const match = /^([A-Za-z]+)(\d+)$/.exec(part);
    if (!match) throw new OfficeError('InvalidArgument');
    return { row: Number(match[2]) - 1, column: columnIndex(match[1]!) };
  };
  const a = cell(first);
  const b = cell(last!);
  return {
    row: Math.min(a.row, b.row),
    column: Math.min(a.column, b.column),
    rows: Math.abs(b.row - a.row) + 1,
    columns: Math.abs(b.column - a.column) + 1,
  };
}

export class FakeWorksheet extends Loadable {
  constructor(
    ctx: FakeContext,
    readonly resolve: () => FakeSheet | undefined,
  ) {
    super(ctx, (props) => {
      const sheet = resolve();
      const all: Record<string, () => unknown> = {
        name: () => sheet?.name,
        id: () => (sheet ? sheetId(sheet) : undefined),
        position: () => (sheet ? ctx.book.sheets.indexOf(sheet) : -1),
        visibility: () => sheet?.visibility ?? 'Visible',
      };
      return { isNullObject: !sheet, ...Object.fromEntries(props.map((p) => [p, all[p]!()])) };
    });
  }
  private sheet(): FakeSheet {
    const sheet = this.resolve();
    if (!sheet) throw new OfficeError('ItemNotFound');
    return sheet;
  }
  get name(): string {
    return this.read('name');
  }
  /**
   * Worksheet.onChanged: "occurs when the data of individual cells or comments has changed" on this sheet
   * (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-events); the handler is registered at sync, and
   * `remove()` takes it away at the next sync, as the events article's removal sample does.
   */
  get onChanged() {
    const ctx = this.ctx;
    return {
      add: (handler: () => Promise<void>) => {
        const entry = { sheet: '', handler };
        ctx.queue(() => {
          entry.sheet = this.sheet().name;
          ctx.changeHandlers.push(entry);
        });
        return {
          context: ctx,
          remove: () => ctx.queue(() => ctx.changeHandlers.splice(ctx.changeHandlers.indexOf(entry), 1)),
        };
      },
    };
  }
  set name(name: string) {
    this.ctx.queue(() => {
      if (this.ctx.failOn?.(`rename:${this.sheet().name}`)) throw new OfficeError('GeneralException');
      checkSheetName(name);
      this.sheet().name = name;
    });
  }
  get id(): string {
    return this.read('id');
  }
  get position(): number {
    return this.read('position');
  }
  set position(position: number) {
    this.ctx.queue(() => {
      const sheets = this.ctx.book.sheets;
      const sheet = this.sheet();
      sheets.splice(sheets.indexOf(sheet), 1);
      sheets.splice(position, 0, sheet);
    });
  }
  private _protection: any;
  get protection(): any {
    this._protection ??= this.make_protection();
    return this._protection;
  }
  private make_protection(): any {
    const loadable = new (class extends Loadable {
      get protected(): boolean {
        return this.read('protected');
      }
      /**
       * WorksheetProtection.protect: "Protects a worksheet. Fails if the worksheet has already been protected"
       * (learn.microsoft.com/javascript/api/excel/excel.worksheetprotection#excel-excel-worksheetprotection-protect-member(1));
       * current builds fail with AccessDenied (office-js#6784).
       */
      protect() {
        this.ctx.queue(() => {
          if (sheetOf().protected) throw new OfficeError('AccessDenied');
          sheetOf().protected = true;
        });
      }
      unprotect() {
        this.ctx.queue(() => (sheetOf().protected = false));
      }
    })(this.ctx, () => ({ protected: this.sheet().protected }));
    const sheetOf = () => this.sheet();
    return loadable;
  }
  getRangeByIndexes(row: number, column: number, rows: number, columns: number): FakeRange {
    return new FakeRange(
      this.ctx,
      () => this.sheet(),
      () => ({ row, column, rows, columns }),
    );
  }
  getRange(cells: string): FakeRange {
    const { row, column, rows, columns } = parseA1(cells);
    return this.getRangeByIndexes(row, column, rows, columns);
  }
  /** Worksheet.getUsedRangeOrNullObject(valuesOnly): the cells with values; isNullObject on an empty sheet. */
  getUsedRangeOrNullObject(_valuesOnly?: boolean): FakeRange {
    const bounds = () => usedWithin(this.sheet(), fullSheet());
    const range = new FakeRange(
      this.ctx,
      () => this.sheet(),
      () => bounds() ?? { row: 0, column: 0, rows: 0, columns: 0 },
    );
    range.resolveNullAtSync(() => bounds() !== undefined);
    return range;
  }
  private _tables: any;
  get tables(): any {
    this._tables ??= this.make_tables();
    return this._tables;
  }
  private make_tables(): any {
    const ctx = this.ctx;
    const sheetOf = () => this.sheet();
    const collection = new (class extends Loadable {
      get items() {
        return (this.read('items') as string[]).map((name) => ({ name }));
      }
      add(range: FakeRange, _headers: boolean) {
        const table = { name: `Table${Math.random()}`, address: '' };
        ctx.queue(() => {
          const at = range.at();
          table.address = address(at.row, at.column, at.rows, at.columns);
          sheetOf().tables.push(table);
        });
        return {
          set name(name: string) {
            ctx.queue(() => (table.name = name));
          },
        };
      }
    })(ctx, () => ({ items: sheetOf().tables.map((t) => t.name) }));
    return collection;
  }
  get charts(): any {
    return {
      add: (type: string, source: FakeRange, _by: string) => {
        const settings: Record<string, unknown> = {};
        this.ctx.queue(() => {
          if (this.ctx.failOn?.('chart')) throw new OfficeError('GeneralException');
          const at = source.at();
          this.sheet().charts.push({ type, source: address(at.row, at.column, at.rows, at.columns), settings });
        });
        const chart = recorder(this.ctx, (path, value) => (settings[path] = value));
        return new Proxy(chart, {
          get: (target, prop) =>
            prop === 'setPosition'
              ? (cell: FakeRange) => this.ctx.queue(() => (settings.position = cell.at()))
              : target[prop],
        });
      },
    };
  }
  get freezePanes(): any {
    const set = (frozen?: { rows: number; columns: number }) => this.ctx.queue(() => (this.sheet().frozen = frozen));
    return {
      unfreeze: () => set(undefined),
      freezeAt: (range: FakeRange) =>
        this.ctx.queue(() => {
          const at = range.at();
          this.sheet().frozen = { rows: at.row + at.rows, columns: at.column + at.columns };
        }),
      freezeRows: (rows: number) => set({ rows, columns: 0 }),
      freezeColumns: (columns: number) => set({ rows: 0, columns }),
    };
  }
  // Worksheet.visibility: "The visibility of the worksheet" (Excel.SheetVisibility: Visible, Hidden, VeryHidden).
  // https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-visibility-member
  // A workbook keeps at least one visible sheet: hiding the last one is refused, as in the UI ("A workbook must
  // contain at least one visible worksheet"; the API answers InvalidOperation).
  get visibility(): string {
    return this.read('visibility');
  }
  set visibility(visibility: string) {
    this.ctx.queue(() => {
      const sheet = this.sheet();
      const othersVisible = this.ctx.book.sheets.some(
        (other) => other !== sheet && (other.visibility ?? 'Visible') === 'Visible',
      );
      if (visibility !== 'Visible' && !othersVisible) throw new OfficeError('InvalidOperation');
      sheet.visibility = visibility;
    });
  }
  activate(): void {
    this.ctx.queue(() => (this.ctx.book.active = { sheet: this.sheet().name, row: 0, column: 0 }));
  }
  delete(): void {
    this.ctx.queue(() => {
      const sheet = this.sheet();
      if (this.ctx.failOn?.(`delete:${sheet.name}`)) throw new OfficeError('GeneralException');
      this.ctx.book.sheets.splice(this.ctx.book.sheets.indexOf(sheet), 1);
    });
  }
}
