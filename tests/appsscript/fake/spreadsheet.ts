// An in-memory Spreadsheet: sheets in order, unique names, no transactions, content writes held back until flushed.

import type { FakeRange } from './range';
import { type Call, type CallLog, FakeSheet, type SpreadsheetHost } from './sheet';

/** A content write the service has accepted but not yet applied. */
export interface PendingWrite {
  readonly call: Call;
  readonly apply: () => void;
}

// Apps Script has no transactions: a failure halfway leaves the earlier calls applied, and there is no
// rollback. Content writes are held back: "Sometimes, spreadsheet operations are bundled together to improve
// performance … If you want to make sure that all pending changes are made right away … call
// SpreadsheetApp.flush()" (https://developers.google.com/apps-script/reference/spreadsheet, and
// spreadsheet-app#flush: "Applies all pending Spreadsheet changes"); the service keeps "write caching to save
// what is likely to be set" and a read after a write has to wait for it ("Alternating read and write commands
// is slow", https://developers.google.com/apps-script/guides/support/best-practices#use_batch_operations).
// So here a held write is applied at flush, before the next call that is not itself a held write, and at
// the end of the execution (load-gas.ts) — and `failPending` makes one fail there, as a write that the
// service refuses only when it applies the batch.
export class FakeSpreadsheet implements SpreadsheetHost {
  readonly sheets: FakeSheet[] = [];
  activeSheet: FakeSheet;
  beforeInsertChart?: () => void;
  /** Content writes accepted and not applied yet, in call order. */
  readonly pending: PendingWrite[] = [];
  /**
   * Set to make a held write fail when it is applied: that write and every one held after it are dropped,
   * the ones before it stay applied, and the call that applied them (flush, a read) throws.
   */
  failPending?: (call: Call) => boolean;
  acceptsInvalid?: boolean;

  hold(call: Call, apply: () => void): void {
    this.pending.push({ call, apply });
  }

  /** Applies the held writes in order; throws as the service would when one of them fails. */
  applyPending(): void {
    while (this.pending.length > 0) {
      const next = this.pending.shift()!;
      if (this.failPending?.(next.call)) {
        this.pending.length = 0;
        this.failPending = undefined;
        throw new Error('Service error: Spreadsheets');
      }
      try {
        next.apply();
      } catch (error) {
        this.pending.length = 0;
        throw error;
      }
    }
  }

  constructor(readonly log: CallLog) {
    this.activeSheet = this.insertSheet('Blad1');
  }

  private taken(name: string, except?: FakeSheet): boolean {
    return this.sheets.some((sheet) => sheet !== except && sheet.name === name);
  }

  getSheetByName(name: string): FakeSheet | null {
    return this.sheets.find((sheet) => sheet.name === name) ?? null;
  }
  // Spreadsheet.getSheets(): "Gets all the sheets in this spreadsheet." (in tab order)
  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getsheets
  getSheets = () => [...this.sheets];
  getNumSheets = () => this.sheets.length;
  indexOf = (sheet: FakeSheet) => this.sheets.indexOf(sheet);
  sheetNamed = (name: string) => this.sheets.find((sheet) => sheet.name === name);

  // Spreadsheet.insertSheet(sheetName, sheetIndex): "Inserts a new sheet into the spreadsheet with the given
  // name at the given index. The new sheet becomes the active sheet." (sheetIndex 0 = first). A taken name
  // throws. Where a sheet goes without an index is not relied on; this fake appends it.
  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#insertsheetsheetname,-sheetindex
  /** Spreadsheet.getId(): "Gets a unique identifier for this spreadsheet" (…/spreadsheet/spreadsheet#getid). */
  getId(): string {
    return 'spreadsheet1';
  }

  insertSheet(name: string, index?: number): FakeSheet {
    if (this.taken(name)) {
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    const sheet = new FakeSheet(name, this, this.log);
    const at = index === undefined ? this.sheets.length : Math.max(0, Math.min(index, this.sheets.length));
    this.sheets.splice(at, 0, sheet);
    this.activeSheet = sheet;
    return sheet;
  }

  // Spreadsheet.deleteSheet: "Deletes the specified sheet." A spreadsheet keeps at least one sheet.
  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#deletesheetsheet
  deleteSheet(sheet: FakeSheet): void {
    const index = this.sheets.indexOf(sheet);
    if (index < 0) throw new Error('Sheet not found.');
    if (this.sheets.length === 1) throw new Error("You can't remove all the sheets in a document.");
    this.sheets.splice(index, 1);
    if (this.activeSheet === sheet) this.activeSheet = this.sheets[Math.max(0, index - 1)]!;
  }

  rename(sheet: FakeSheet, name: string): void {
    if (this.taken(name, sheet)) {
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    sheet.name = name;
  }

  // Spreadsheet.moveActiveSheet(pos): "Moves the active sheet to the given position in the list of sheets"
  // (1-based). https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#moveactivesheetpos
  moveActiveSheet(position: number): void {
    const sheet = this.activeSheet;
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    this.sheets.splice(Math.max(0, Math.min(position - 1, this.sheets.length)), 0, sheet);
  }

  getActiveSheet = () => this.activeSheet;
  getActiveRange = () => this.activeSheet.activeRange;

  /** Named ranges by name: the sheet object (so a renamed sheet keeps them) and the cells, 1-based. */
  readonly namedRanges = new Map<
    string,
    { sheet: FakeSheet; row: number; column: number; rows: number; columns: number }
  >();

  // Spreadsheet.setNamedRange(name, range): "Names a range"; a name used again points at the new range.
  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#setnamedrangename,-range
  setNamedRange(name: string, range: FakeRange): void {
    const at = {
      row: range.getRow(),
      column: range.getColumn(),
      rows: range.getNumRows(),
      columns: range.getNumColumns(),
    };
    this.namedRanges.set(name, { sheet: range.getSheet(), ...at });
  }

  // Spreadsheet.getRangeByName(name): "Returns a named range, or null if no range with the given name is found."
  // A named range whose sheet was deleted refers to #REF! in Sheets: no range, so null here too.
  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getrangebynamename
  getRangeByName(name: string): FakeRange | null {
    const named = this.namedRanges.get(name);
    if (!named || !this.sheets.includes(named.sheet)) return null;
    return named.sheet.getRange(named.row, named.column, named.rows, named.columns);
  }

  /** Sheets moves a named range down when rows are inserted above it (the Sheets UI's "Insert row above"). */
  insertRowsAbove(sheet: FakeSheet, row: number, count: number): void {
    sheet.maxRows += count;
    for (const cells of [sheet.values, sheet.formulas] as Map<string, unknown>[]) {
      const moved = [...cells].filter(([at]) => Number(at.split(',')[0]) >= row);
      for (const [at] of moved) cells.delete(at);
      for (const [at, value] of moved) {
        const [r, c] = at.split(',').map(Number) as [number, number];
        cells.set(`${r + count},${c}`, value);
      }
    }
    for (const named of this.namedRanges.values()) if (named.sheet === sheet && named.row >= row) named.row += count;
  }
}
