// The fake Workbook and fakeExcel(): an Excel.run over one in-memory workbook that counts syncs per run.

import {
  address,
  checkSheetName,
  emptySheet,
  type FakeBook,
  FakeContext,
  type FakeOptions,
  type FakeSheet,
  Loadable,
  OfficeError,
  sheetId,
} from './model';
import { fakeNames } from './names';
import { FakeRange } from './range';
import { FakeWorksheet, parseA1 } from './worksheet';

/** The sheet with this name (any case) or this id: Worksheets.getItem(key) takes either. */
function byName(book: FakeBook, name: string): FakeSheet | undefined {
  return book.sheets.find((sheet) => sheet.name.toLowerCase() === name.toLowerCase() || sheetId(sheet) === name);
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
            Object.assign((worksheet as any).loaded, { name, id: sheetId(sheet) });
            return worksheet;
          });
          this.cached = { from, items };
        }
        return this.cached.items;
      }
      /** "getItem() … throws an ItemNotFound exception" for a name not in the workbook (docs, API model). */
      getItem(name: string) {
        const resolve = boundByName(book, name);
        ctx.queue(() => {
          if (!resolve()) throw new OfficeError('ItemNotFound');
        });
        return new FakeWorksheet(ctx, resolve);
      }
      getItemOrNullObject(name: string) {
        const resolve = boundByName(book, name);
        return new FakeWorksheet(ctx, resolve).resolveNullAtSync(() => resolve() !== undefined);
      }
      getActiveWorksheet() {
        return new FakeWorksheet(ctx, () => byName(book, book.active.sheet));
      }
      add(name: string) {
        const sheet = emptySheet(name);
        ctx.queue(() => {
          if (ctx.failOn?.(`add:${name}`)) throw new OfficeError('GeneralException');
          checkSheetName(name);
          if (byName(book, name)) throw new OfficeError('ItemAlreadyExists');
          // A protected workbook structure takes no new sheet (Excel.WorkbookProtection:
          // https://learn.microsoft.com/javascript/api/excel/excel.workbookprotection).
          if (book.structureProtected) throw new OfficeError('AccessDenied');
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
  private _names: any;
  /** Workbook.names: the workbook-scoped defined names (names.ts). */
  get names(): any {
    this._names ??= fakeNames(this.ctx);
    return this._names;
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
    const proxy = (name: string) =>
      new (class extends Loadable {
        get name() {
          return this.read('name');
        }
        private sheetProxy?: FakeWorksheet;
        get worksheet() {
          this.sheetProxy ??= new FakeWorksheet(ctx, () => find(name)?.sheet);
          return this.sheetProxy;
        }
        /** Table.getRange: the table's whole range, header included. */
        getRange() {
          return new FakeRange(
            ctx,
            () => {
              const found = find(name);
              if (!found) throw new OfficeError('ItemNotFound');
              return found.sheet;
            },
            () => parseA1(find(name)!.table.address),
          );
        }
        /** Table.resize (ExcelApi 1.13): to a Range or an address. */
        resize(range: FakeRange | string) {
          ctx.queue(() => {
            const found = find(name);
            if (!found) throw new OfficeError('ItemNotFound');
            if (typeof range === 'string') {
              found.table.address = range.slice(range.lastIndexOf('!') + 1);
              return;
            }
            const at = range.at();
            found.table.address = address(at.row, at.column, at.rows, at.columns);
          });
        }
      })(ctx, () => ({ isNullObject: !find(name), name }));
    return {
      getItem: (name: string) => {
        ctx.queue(() => {
          if (!find(name)) throw new OfficeError('ItemNotFound');
        });
        return proxy(name);
      },
      getItemOrNullObject: (name: string) => proxy(name).resolveNullAtSync(() => find(name) !== undefined),
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
  /** Syncs of every finished Excel.run so far, one entry per run (in the order they finished). */
  runs: number[];
  /** Per Excel.run (in the order they started): the number of commands each of its syncs carried. */
  batches: number[][];
  /** Excel.run(batch), or Excel.run(previous, batch) in the context of an earlier run. */
  run: <T>(batch: (context: any) => Promise<T>, previous?: any) => Promise<T>;
  handlers: (() => Promise<void>)[];
  /** Worksheet.onChanged handlers by sheet: a test fires them as Excel would after a cell there changed. */
  changeHandlers: { sheet: string; handler: () => Promise<void> }[];
}

/**
 * A fake Excel.run over one in-memory workbook. `options` (or just a `failOn`) makes chosen operations fail at
 * sync and lets a test act between syncs. "run functions call sync() implicitly before they resolve their
 * returned promise" (docs, API model): commands still queued when the batch function returns are run too.
 */
export function fakeExcel(book?: Partial<FakeBook>, options?: FakeOptions | ((op: string) => boolean)): FakeExcel {
  const settings: FakeOptions = typeof options === 'function' ? { failOn: options } : (options ?? {});
  const state: FakeBook = {
    sheets: book?.sheets ?? [emptySheet('Blad1')],
    structureProtected: book?.structureProtected ?? false,
    active: book?.active ?? { sheet: book?.sheets?.[0]?.name ?? 'Blad1', row: 0, column: 0 },
    ...(book?.cellEditMode ? { cellEditMode: true } : {}),
  };
  const fake: FakeExcel = {
    book: state,
    runs: [],
    batches: [],
    handlers: [],
    changeHandlers: [],
    run: async (batch, previous) => {
      const reused = previous instanceof FakeContext;
      const context = reused ? previous : new FakeContext(state, settings, fake.batches.length);
      if (!reused) {
        fake.batches.push(context.batches);
        context.workbook = new FakeWorkbook(context);
        context.handlers = fake.handlers;
        context.changeHandlers = fake.changeHandlers;
      }
      const syncsBefore = context.syncs;
      context.active = true;
      try {
        const result = await batch(context);
        if (context.pending > 0) await context.sync();
        return result;
      } finally {
        context.active = false;
        fake.runs.push(context.syncs - syncsBefore);
      }
    },
  };
  return fake;
}
