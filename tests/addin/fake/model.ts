// The fake Excel's state, the queue of operations and the load/read discipline shared by its proxies. Each rule
// below is one the Office.js documentation states; the comment names where.

export interface FakeCell {
  value: string | number | boolean;
  formula?: string;
  numberFormat?: string;
}

export interface FakeSheet {
  name: string;
  cells: Map<string, FakeCell>;
  protected: boolean;
  frozen?: { rows: number; columns: number };
  validations: { address: string; rule?: any; errorAlert?: any; prompt?: any }[];
  conditionalFormats: { address: string; type: string; settings: Record<string, unknown> }[];
  charts: { type: string; source: string; settings: Record<string, unknown> }[];
  tables: { name: string; address: string }[];
  formats: { address: string; path: string; value: unknown }[];
  /** Worksheet.visibility: "Visible", "Hidden" or "VeryHidden"; absent is Visible. */
  visibility?: string;
}

export interface FakeBook {
  sheets: FakeSheet[];
  structureProtected: boolean;
  active: { sheet: string; row: number; column: number };
  /**
   * The user is typing in a cell: every batch is refused with InvalidOperationInCellEditMode ("The operation isn't
   * available while Excel is in Edit cell mode", Office Add-ins error codes, Excel API error codes:
   * learn.microsoft.com/office/dev/add-ins/reference/javascript-api-for-office-error-codes).
   */
  cellEditMode?: boolean;
  /** Another workbook has the focus: every batch is refused with InactiveWorkbook (same page). */
  inactive?: boolean;
}

/** Excel's grid: 1,048,576 rows by 16,384 columns (XFD). A whole row or column reaches that far. */
export const SHEET_ROWS = 1_048_576;
export const SHEET_COLUMNS = 16_384;

type Op = () => void;

/** Where an operation sits: the Excel.run (0-based, in call order), its sync (1-based) and its place in the batch. */
export interface OpPosition {
  readonly run: number;
  readonly sync: number;
  readonly op: number;
}

export interface FakeOptions {
  /**
   * The Range.values reference does not say that a text number format ("@") stops "=", "+" or "-" from starting a
   * formula: with this set, the fake does not let it (the apostrophe prefix still makes text).
   */
  readonly textFormatIgnored?: boolean;
  /** Makes a named operation fail at sync ("add:Profiel", "chart"). */
  readonly failOn?: (op: string) => boolean;
  /** Makes the operation at this place fail at sync (an error Excel raises in the middle of a batch). */
  readonly failAt?: (at: OpPosition) => boolean;
  /**
   * Runs before a batch reaches the workbook: what other people (or the user) do in the grid between two syncs
   * lands here. May wait, to interleave two Excel.run calls.
   */
  readonly beforeSync?: (at: { readonly run: number; readonly sync: number }) => void | Promise<void>;
}

/** Excel's request payload limit, 5 MB (see FakeContext.sync). */
export const REQUEST_PAYLOAD_LIMIT = 5 * 1024 * 1024;

/** What a value array adds to a request: its JSON text, as Office.js sends it. */
export const payloadOf = (values: unknown): number => JSON.stringify(values)?.length ?? 0;

/** An Office.js error as `context.sync()` rejects with it: `code` is the documented error code. */
export class OfficeError extends Error {
  constructor(readonly code: string) {
    super(code);
    this.name = 'RichApi.Error';
  }
}

export const key = (row: number, column: number) => `${row},${column}`;
export const letters = (column: number): string =>
  column < 26 ? String.fromCharCode(65 + column) : letters(Math.floor(column / 26) - 1) + letters(column % 26);
export const address = (r: number, c: number, rows: number, columns: number) =>
  `${letters(c)}${r + 1}:${letters(c + columns - 1)}${r + rows}`;

export function emptySheet(name: string): FakeSheet {
  return {
    name,
    cells: new Map(),
    protected: false,
    validations: [],
    conditionalFormats: [],
    charts: [],
    tables: [],
    formats: [],
  };
}

const ids = new WeakMap<FakeSheet, string>();
let nextId = 0;

/** Worksheet.id: "a value that uniquely identifies the worksheet", kept when the sheet is renamed or moved. */
export function sheetId(sheet: FakeSheet): string {
  if (!ids.has(sheet)) ids.set(sheet, `{00000000-0000-0000-0000-${String(++nextId).padStart(12, '0')}}`);
  return ids.get(sheet)!;
}

export function cellOf(sheet: FakeSheet, row: number, column: number): FakeCell | undefined {
  return sheet.cells.get(key(row, column));
}

/** Whether a cell holds a value (a cell with only a number format is not used when `valuesOnly`). */
export function hasValue(cell: FakeCell | undefined): boolean {
  return cell !== undefined && cell.value !== '';
}

/**
 * A proxy whose property reads come from what `load` fetched at a sync. "Before you can read the properties of
 * a proxy object, you must explicitly load the properties … and then call context.sync()" (Office Add-ins docs,
 * application-specific API model, load()): reading anything else throws PropertyNotLoaded, as office-addin-mock
 * and Office.js do ("property not loaded", docs testing/unit-testing).
 */
export class Loadable {
  protected loaded: Record<string, unknown> = {};
  constructor(
    protected readonly ctx: FakeContext,
    private readonly snapshot: (props: string[]) => Record<string, unknown>,
  ) {}
  load(props?: string | string[]): this {
    const list = (Array.isArray(props) ? props : (props ?? '').split(',')).map((p) => p.trim()).filter(Boolean);
    // A null object (an *OrNullObject proxy resolved at this sync, e.g. the used range of an empty row) loads
    // nothing and fails nothing: "Instead of throwing an exception, [the method] returns an object with
    // isNullObject set to true", and the caller checks that before reading it (docs, application-specific API
    // model, *OrNullObject methods and properties; learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model).
    this.ctx.queue(() => {
      if (this.loaded.isNullObject === true) return;
      Object.assign(this.loaded, this.snapshot(list));
    });
    return this;
  }
  protected read(name: string): any {
    if (!(name in this.loaded)) throw new OfficeError(`PropertyNotLoaded:${name}`);
    return this.loaded[name];
  }
  /**
   * "Office automatically loads this property when context.sync is called, so you don't need to explicitly
   * load it" (docs, application-specific API model, *OrNullObject methods and properties): a proxy made by an
   * *OrNullObject method resolves `isNullObject` at the next sync, loaded or not; before that sync, reading it
   * throws like any other property.
   */
  resolveNullAtSync(exists: () => boolean): this {
    this.ctx.queue(() => {
      this.loaded.isNullObject = !exists();
    });
    return this;
  }
  get isNullObject(): boolean {
    return this.read('isNullObject');
  }
}

/** Records nested property writes (format.font.bold = true) as queued operations. */
export function recorder(ctx: FakeContext, onSet: (path: string, value: unknown) => void, path = ''): any {
  return new Proxy(
    {},
    {
      get: (_target, prop) => recorder(ctx, onSet, path ? `${path}.${String(prop)}` : String(prop)),
      set: (_target, prop, value) => {
        const full = path ? `${path}.${String(prop)}` : String(prop);
        ctx.queue(() => onSet(full, value));
        return true;
      },
    },
  );
}

/**
 * One Excel.run's request context. "Any methods that you invoke or properties that you set or load on proxy
 * objects are simply added to a queue of pending commands. When you call the sync() method … the queued
 * commands are dispatched to the Office application and run" (docs, application-specific API model): nothing
 * reaches the workbook before `sync()`, and the batch runs in order. A failing command rejects the sync and
 * the commands after it do not run; the ones before it have run (Excel has no transaction to undo them).
 */
export class FakeContext {
  syncs = 0;
  /** Commands per sync, in order (what each batch carried). */
  readonly batches: number[] = [];
  handlers: (() => Promise<void>)[] = [];
  /** Worksheet.onChanged handlers, by the sheet they were added on. */
  changeHandlers: { sheet: string; handler: () => Promise<void> }[] = [];
  private ops: Op[] = [];
  /** Set by fakeExcel: the workbook proxy of this batch. */
  workbook: any;
  constructor(
    readonly book: FakeBook,
    readonly options: FakeOptions = {},
    readonly run = 0,
  ) {}
  get failOn(): ((op: string) => boolean) | undefined {
    return this.options.failOn;
  }
  /** `bytes`: what the command carries to Excel (values, formulas, formats as JSON), for the 5 MB request limit. */
  queue(op: Op, bytes = 0): void {
    this.ops.push(op);
    this.payload += bytes;
  }
  private payload = 0;
  /** The largest request (in bytes of values carried) any sync of this context sent. */
  largestPayload = 0;
  /** Commands queued since the last sync. */
  get pending(): number {
    return this.ops.length;
  }
  /** Whether an Excel.run of this context is running; a sync outside one fails (see fakeExcel). */
  active = false;
  async sync(): Promise<void> {
    // Proxy objects live for their Excel.run: "If you are using an object across ".sync" calls and outside the
    // sequential execution of a ".run" batch … [you] get an "InvalidObjectPath" error" (OfficeExtension.
    // TrackedObjects); the way back in is Excel.run(object.context, …) (OfficeExtension.RunOptions.previousObjects).
    if (!this.active) throw new OfficeError('InvalidObjectPath');
    this.syncs++;
    const sync = this.syncs;
    if (this.book.cellEditMode || this.book.inactive) {
      this.ops = [];
      this.batches.push(0);
      throw new OfficeError(this.book.cellEditMode ? 'InvalidOperationInCellEditMode' : 'InactiveWorkbook');
    }
    const ops = this.ops;
    const payload = this.payload;
    this.ops = [];
    this.payload = 0;
    this.batches.push(ops.length);
    this.largestPayload = Math.max(this.largestPayload, payload);
    // "Excel on the web has a payload size limit for requests and responses of 5MB. RichAPI.Error will be
    // triggered if that limit is exceeded" (learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-
    // performance-optimization#excel-add-ins); the code is RequestPayloadSizeLimitExceeded ("The request payload
    // size has exceeded the limit", learn.microsoft.com/office/dev/add-ins/reference/javascript-api-for-excel/
    // excel-error-codes). The request is refused whole: none of its commands run.
    if (payload > REQUEST_PAYLOAD_LIMIT) throw new OfficeError('RequestPayloadSizeLimitExceeded');
    await this.options.beforeSync?.({ run: this.run, sync });
    for (const [index, op] of ops.entries()) {
      if (this.options.failAt?.({ run: this.run, sync, op: index })) throw new OfficeError('GeneralException');
      op();
    }
  }
}

/**
 * A sheet name Excel accepts: 1 to 31 characters, none of \ / ? * [ ] : ("Rename a worksheet", Excel help: "Sheet
 * names cannot … contain more than 31 characters … or any of these characters: / \ ? * : [ ]"; the API answers
 * InvalidArgument, Excel API error codes). Not blank, and not the reserved "History".
 */
export function checkSheetName(name: string): void {
  if (
    name.length < 1 ||
    name.length > 31 ||
    /[\\/?*[\]:]/.test(name) ||
    name.trim() === '' ||
    /^history$/i.test(name)
  ) {
    throw new OfficeError('InvalidArgument');
  }
}
