// The fake Workbook and fakeExcel(): an Excel.run over one in-memory workbook that counts syncs per run.

import { address, emptySheet, type FakeBook, FakeContext, type FakeSheet, Loadable, OfficeError } from './model';
import { FakeRange } from './range';
import { FakeWorksheet } from './worksheet';

function byName(book: FakeBook, name: string): FakeSheet | undefined {
  return book.sheets.find((sheet) => sheet.name.toLowerCase() === name.toLowerCase());
}

/** Binds to the sheet a name refers to when first used in a batch (as getItem does), then keeps it. */
function boundByName(book: FakeBook, name: string): () => FakeSheet | undefined {
  let bound: FakeSheet | undefined;
  return () => (bound ??= byName(book, name));
}

export class FakeWorkbook {
  constructor(private readonly ctx: FakeContext) {}
  private _worksheets: any;
  get worksheets(): any {
    this._worksheets ??= this.make_worksheets();
    return this._worksheets;
  }
  private make_worksheets(): any {
    const ctx = this.ctx;
    const book = ctx.book;
    const collection = new (class extends Loadable {
      private cached?: { from: unknown; items: FakeWorksheet[] };
      get items() {
        const from = this.read('items') as { sheet: FakeSheet; name: string }[];
        if (this.cached?.from !== from) {
          const items = from.map(({ sheet, name }) => {
            const worksheet = new FakeWorksheet(ctx, () => sheet);
            (worksheet as any).loaded.name = name;
            return worksheet;
          });
          this.cached = { from, items };
        }
        return this.cached.items;
      }
      getItem(name: string) {
        return new FakeWorksheet(ctx, boundByName(book, name));
      }
      getItemOrNullObject(name: string) {
        return new FakeWorksheet(ctx, boundByName(book, name));
      }
      getActiveWorksheet() {
        return new FakeWorksheet(ctx, () => byName(book, book.active.sheet));
      }
      add(name: string) {
        const sheet = emptySheet(name);
        ctx.queue(() => {
          if (ctx.failOn?.(`add:${name}`)) throw new OfficeError('GeneralException');
          if (byName(book, name)) throw new OfficeError('ItemAlreadyExists');
          book.sheets.push(sheet);
        });
        return new FakeWorksheet(ctx, () => (book.sheets.includes(sheet) ? sheet : undefined));
      }
      get onSelectionChanged() {
        return {
          add: (handler: () => Promise<void>) => {
            ctx.handlers.push(handler);
            return {
              context: ctx,
              remove: () => ctx.queue(() => ctx.handlers.splice(ctx.handlers.indexOf(handler), 1)),
            };
          },
        };
      }
    })(ctx, () => ({ items: book.sheets.map((sheet) => ({ sheet, name: sheet.name })) }));
    return collection;
  }
  private _protection: any;
  get protection(): any {
    this._protection ??= this.make_protection();
    return this._protection;
  }
  private make_protection(): any {
    return new (class extends Loadable {
      get protected() {
        return this.read('protected');
      }
    })(this.ctx, () => ({ protected: this.ctx.book.structureProtected }));
  }
  private _tables: any;
  get tables(): any {
    this._tables ??= this.make_tables();
    return this._tables;
  }
  private make_tables(): any {
    const ctx = this.ctx;
    const find = (name: string) => {
      for (const sheet of ctx.book.sheets) {
        const table = sheet.tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
        if (table) return { sheet, table };
      }
      return undefined;
    };
    return {
      getItemOrNullObject: (name: string) => {
        const table = new (class extends Loadable {
          get name() {
            return this.read('name');
          }
          private sheetProxy?: FakeWorksheet;
          get worksheet() {
            this.sheetProxy ??= new FakeWorksheet(ctx, () => find(name)?.sheet);
            return this.sheetProxy;
          }
          resize(range: FakeRange) {
            ctx.queue(() => {
              const at = range.at();
              find(name)!.table.address = address(at.row, at.column, at.rows, at.columns);
            });
          }
        })(ctx, () => ({ isNullObject: !find(name), name }));
        return table;
      },
    };
  }
  getActiveCell(): FakeRange {
    const book = this.ctx.book;
    return new FakeRange(
      this.ctx,
      () => byName(book, book.active.sheet)!,
      () => ({
        row: book.active.row,
        column: book.active.column,
        rows: 1,
        columns: 1,
      }),
    );
  }
}

export interface FakeExcel {
  book: FakeBook;
  /** Syncs of every Excel.run so far, one entry per run. */
  runs: number[];
  run: <T>(batch: (context: any) => Promise<T>) => Promise<T>;
  handlers: (() => Promise<void>)[];
}

/** A fake Excel.run over one in-memory workbook; `failOn` makes a chosen operation fail at sync. */
export function fakeExcel(book?: Partial<FakeBook>, failOn?: (op: string) => boolean): FakeExcel {
  const state: FakeBook = {
    sheets: book?.sheets ?? [emptySheet('Blad1')],
    structureProtected: book?.structureProtected ?? false,
    active: book?.active ?? { sheet: book?.sheets?.[0]?.name ?? 'Blad1', row: 0, column: 0 },
  };
  const fake: FakeExcel = {
    book: state,
    runs: [],
    handlers: [],
    run: async (batch) => {
      const context = new FakeContext(state, failOn);
      context.workbook = new FakeWorkbook(context);
      context.handlers = fake.handlers;
      try {
        return await batch(context);
      } finally {
        fake.runs.push(context.syncs);
      }
    },
  };
  return fake;
}
