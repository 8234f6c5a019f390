// An in-memory Spreadsheet: sheets in order, unique names, no transactions (each call applies at once).

import { type CallLog, FakeSheet, type SpreadsheetHost } from './sheet';

// Apps Script has no transactions: each call below applies when it is made, and a failure halfway leaves the
// earlier calls applied. The service only batches for speed ("Spreadsheet operations are sometimes bundled
// together to improve performance"; SpreadsheetApp.flush applies pending ones) and offers no rollback.
// https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#flush
export class FakeSpreadsheet implements SpreadsheetHost {
  readonly sheets: FakeSheet[] = [];
  activeSheet: FakeSheet;
  beforeInsertChart?: () => void;

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

  // Spreadsheet.insertSheet(sheetName, sheetIndex): "Inserts a new sheet into the spreadsheet with the given
  // name at the given index. The new sheet becomes the active sheet." (sheetIndex 0 = first). A taken name
  // throws. Where a sheet goes without an index is not relied on; this fake appends it.
  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#insertsheetsheetname,-sheetindex
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
}
