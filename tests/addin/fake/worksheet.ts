// The fake Worksheet: ranges, used range, tables, charts, frozen panes, protection, name and position.

import { address, type FakeContext, type FakeSheet, Loadable, OfficeError, recorder } from './model';
import { FakeRange } from './range';

export class FakeWorksheet extends Loadable {
  constructor(
    ctx: FakeContext,
    readonly resolve: () => FakeSheet | undefined,
  ) {
    super(ctx, (props) => {
      const sheet = resolve();
      const all: Record<string, () => unknown> = {
        name: () => sheet?.name,
        position: () => (sheet ? ctx.book.sheets.indexOf(sheet) : -1),
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
  set name(name: string) {
    this.ctx.queue(() => (this.sheet().name = name));
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
      protect() {
        this.ctx.queue(() => (sheetOf().protected = true));
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
    const parts = cells.split(':').map((part) => {
      const [, col, row] = /^\$?([A-Z]+)\$?(\d+)$/.exec(part)!;
      const column = [...col!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
      return { row: Number(row) - 1, column };
    });
    const [first, last = parts[0]!] = parts;
    return this.getRangeByIndexes(
      first!.row,
      first!.column,
      last.row - first!.row + 1,
      last.column - first!.column + 1,
    );
  }
  getUsedRangeOrNullObject(_valuesOnly?: boolean): any {
    const bounds = () => {
      const keys = [...this.sheet().cells.keys()].map((k) => k.split(',').map(Number) as [number, number]);
      if (keys.length === 0) return undefined;
      const rows = keys.map(([r]) => r);
      const columns = keys.map(([, c]) => c);
      const row = Math.min(...rows);
      const column = Math.min(...columns);
      return { row, column, rows: Math.max(...rows) - row + 1, columns: Math.max(...columns) - column + 1 };
    };
    const range = new FakeRange(
      this.ctx,
      () => this.sheet(),
      () => bounds() ?? { row: 0, column: 0, rows: 0, columns: 0 },
    );
    const load = range.load.bind(range);
    range.load = (props?: string) => {
      load(props);
      this.ctx.queue(() => ((range as any).loaded.isNullObject = bounds() === undefined));
      return range;
    };
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
  activate(): void {
    this.ctx.queue(() => (this.ctx.book.active = { sheet: this.sheet().name, row: 0, column: 0 }));
  }
  delete(): void {
    this.ctx.queue(() => {
      const sheet = this.sheet();
      this.ctx.book.sheets.splice(this.ctx.book.sheets.indexOf(sheet), 1);
    });
  }
}
