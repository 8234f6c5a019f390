// The fake Excel's state, the queue of operations and the load/read discipline shared by its proxies.

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
}

export interface FakeBook {
  sheets: FakeSheet[];
  structureProtected: boolean;
  active: { sheet: string; row: number; column: number };
}

type Op = () => void;

export class OfficeError extends Error {
  constructor(readonly code: string) {
    super(code);
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

export function cellOf(sheet: FakeSheet, row: number, column: number): FakeCell | undefined {
  return sheet.cells.get(key(row, column));
}

/** A proxy whose property reads come from what `load` fetched at the last sync (PropertyNotLoaded otherwise). */
export class Loadable {
  protected loaded: Record<string, unknown> = {};
  constructor(
    protected readonly ctx: FakeContext,
    private readonly snapshot: (props: string[]) => Record<string, unknown>,
  ) {}
  load(props?: string): this {
    const list = (props ?? '')
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean);
    this.ctx.queue(() => Object.assign(this.loaded, this.snapshot(list)));
    return this;
  }
  protected read(name: string): any {
    if (!(name in this.loaded)) throw new OfficeError(`PropertyNotLoaded:${name}`);
    return this.loaded[name];
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

export class FakeContext {
  syncs = 0;
  handlers: (() => Promise<void>)[] = [];
  private ops: Op[] = [];
  /** Set by fakeExcel: the workbook proxy of this batch. */
  workbook: any;
  constructor(
    readonly book: FakeBook,
    readonly failOn?: (op: string) => boolean,
  ) {}
  queue(op: Op): void {
    this.ops.push(op);
  }
  async sync(): Promise<void> {
    this.syncs++;
    const ops = this.ops;
    this.ops = [];
    for (const op of ops) op();
  }
}
