// The part of the Apps Script services Teamscan uses, as narrow interfaces; conformance.ts checks them.

// These are the runtime's globals. Declared here, module-scoped, so Apps Script's own typings never leak
// into the rest of the repository; esbuild leaves the names as free references for the runtime to resolve.
declare const SpreadsheetApp: SpreadsheetAppLike;
declare const LockService: LockServiceLike;
declare const HtmlService: HtmlServiceLike;
declare const PropertiesService: PropertiesServiceLike;
declare const Session: SessionLike;
declare const ScriptApp: ScriptAppLike;

export type CellInput = string | number | boolean | Date | null;

export interface RangeLike {
  getRow(): number;
  getColumn(): number;
  getNumRows(): number;
  getNumColumns(): number;
  getValues(): unknown[][];
  getValue(): unknown;
  getFormula(): string;
  getFormulas(): string[][];
  getSheet(): SheetLike;
  setValues(values: CellInput[][]): RangeLike;
  setFormulas(formulas: string[][]): RangeLike;
  setFormula(formula: string): RangeLike;
  setDataValidation(rule: DataValidationLike | null): RangeLike;
  getDataValidations(): (DataValidationLike | null)[][];
  setDataValidations(rules: (DataValidationLike | null)[][]): RangeLike;
  clearDataValidations(): RangeLike;
  clearContent(): RangeLike;
  getFontWeights(): string[][];
  setFontWeights(values: (string | null)[][]): RangeLike;
  getFontSizes(): number[][];
  setFontSizes(values: number[][]): RangeLike;
  getFontStyles(): string[][];
  setFontStyles(values: (string | null)[][]): RangeLike;
  getFontColors(): string[][];
  setFontColors(values: (string | null)[][]): RangeLike;
  getBackgrounds(): string[][];
  setBackgrounds(values: (string | null)[][]): RangeLike;
  getWraps(): boolean[][];
  setWraps(values: boolean[][]): RangeLike;
  getNumberFormats(): string[][];
  setNumberFormats(values: string[][]): RangeLike;
  getHorizontalAlignments(): string[][];
  setHorizontalAlignments(values: (string | null)[][]): RangeLike;
  activate(): RangeLike;
  getA1Notation(): string;
}

export interface RangeListLike {
  setFontWeight(weight: 'bold' | 'normal' | null): RangeListLike;
  setFontSize(size: number): RangeListLike;
  setFontStyle(style: 'italic' | 'normal' | null): RangeListLike;
  setFontColor(colour: string | null): RangeListLike;
  setBackground(colour: string | null): RangeListLike;
  setWrap(wrap: boolean): RangeListLike;
  setNumberFormat(format: string): RangeListLike;
  setHorizontalAlignment(alignment: 'left' | 'center' | 'normal' | 'right' | null): RangeListLike;
}

export interface ConditionalFormatRuleLike {
  getRanges(): RangeLike[];
}

export interface ConditionalFormatRuleBuilderLike {
  setGradientMinpointWithValue(colour: string, type: unknown, value: string): ConditionalFormatRuleBuilderLike;
  setGradientMidpointWithValue(colour: string, type: unknown, value: string): ConditionalFormatRuleBuilderLike;
  setGradientMaxpointWithValue(colour: string, type: unknown, value: string): ConditionalFormatRuleBuilderLike;
  whenTextEqualTo(text: string): ConditionalFormatRuleBuilderLike;
  setBackground(colour: string | null): ConditionalFormatRuleBuilderLike;
  setRanges(ranges: RangeLike[]): ConditionalFormatRuleBuilderLike;
  build(): ConditionalFormatRuleLike;
}

export type DataValidationLike = object;

export interface DataValidationBuilderLike {
  requireValueInList(values: string[], showDropdown: boolean): DataValidationBuilderLike;
  setAllowInvalid(allowInvalid: boolean): DataValidationBuilderLike;
  setHelpText(text: string): DataValidationBuilderLike;
  build(): DataValidationLike;
}

export type EmbeddedChartLike = object;

export interface ChartBuilderLike {
  addRange(range: RangeLike): ChartBuilderLike;
  setNumHeaders(headers: number): ChartBuilderLike;
  setPosition(row: number, column: number, offsetX: number, offsetY: number): ChartBuilderLike;
  setOption(option: string, value: unknown): ChartBuilderLike;
  build(): EmbeddedChartLike;
}

export interface EmbeddedChartBuilderLike {
  asBarChart(): ChartBuilderLike;
}

export interface ProtectionLike {
  getDescription(): string;
  setWarningOnly(warningOnly: boolean): ProtectionLike;
  setDescription(description: string): ProtectionLike;
  remove(): void;
}

export interface SheetLike {
  getName(): string;
  setName(name: string): SheetLike;
  /** 1-based position among the spreadsheet's sheets. */
  getIndex(): number;
  getRange(row: number, column: number, rows?: number, columns?: number): RangeLike;
  getRange(a1Notation: string): RangeLike;
  getRangeList(a1Notations: string[]): RangeListLike;
  getDataRange(): RangeLike;
  getActiveRange(): RangeLike | null;
  getMaxRows(): number;
  getMaxColumns(): number;
  getLastColumn(): number;
  getLastRow(): number;
  hideSheet(): SheetLike;
  isSheetHidden(): boolean;
  insertRowsAfter(after: number, count: number): SheetLike;
  insertColumnsAfter(after: number, count: number): SheetLike;
  deleteRows(rowPosition: number, howMany: number): void;
  deleteColumns(columnPosition: number, howMany: number): void;
  getFrozenRows(): number;
  getFrozenColumns(): number;
  getColumnWidth(column: number): number;
  clear(): SheetLike;
  setColumnWidths(startColumn: number, numColumns: number, width: number): SheetLike;
  setFrozenRows(rows: number): void;
  setFrozenColumns(columns: number): void;
  getConditionalFormatRules(): ConditionalFormatRuleLike[];
  setConditionalFormatRules(rules: ConditionalFormatRuleLike[]): void;
  getCharts(): EmbeddedChartLike[];
  removeChart(chart: EmbeddedChartLike): void;
  insertChart(chart: EmbeddedChartLike): void;
  newChart(): EmbeddedChartBuilderLike;
  protect(): ProtectionLike;
  getProtections(type: unknown): ProtectionLike[];
  activate(): SheetLike;
}

export interface SpreadsheetLike {
  getSheetByName(name: string): SheetLike | null;
  /** Inserts at a 0-based index (where a sheet goes without one is not documented, so never relied on). */
  insertSheet(name: string, index: number): SheetLike;
  getNumSheets(): number;
  /** All sheets in tab order (Spreadsheet.getSheets). */
  getSheets(): SheetLike[];
  deleteSheet(sheet: SheetLike): void;
  /** A named range over a range; replaces one of the same name. */
  setNamedRange(name: string, range: RangeLike): void;
  getRangeByName(name: string): RangeLike | null;
  getActiveSheet(): SheetLike;
  getActiveRange(): RangeLike | null;
  getId(): string;
}

export interface MenuLike {
  addItem(caption: string, functionName: string): MenuLike;
  addToUi(): void;
}

export interface UiLike {
  /** The add-on's sub-menu under Extensions, named after the add-on (or, bound to the file, the script). */
  createAddonMenu(): MenuLike;
  showSidebar(userInterface: HtmlOutputLike): void;
  showModalDialog(userInterface: HtmlOutputLike, title: string): void;
}

export interface SpreadsheetAppLike {
  getActiveSpreadsheet(): SpreadsheetLike;
  getActiveRange(): RangeLike | null;
  getUi(): UiLike;
  flush(): void;
  newDataValidation(): DataValidationBuilderLike;
  newConditionalFormatRule(): ConditionalFormatRuleBuilderLike;
  readonly ProtectionType: { readonly SHEET: unknown };
  readonly InterpolationType: { readonly NUMBER: unknown };
}

export interface LockLike {
  tryLock(timeoutInMillis: number): boolean;
  releaseLock(): void;
}

export interface LockServiceLike {
  getDocumentLock(): LockLike | null;
}

export interface HtmlOutputLike {
  setTitle(title: string): HtmlOutputLike;
  setWidth(width: number): HtmlOutputLike;
  setHeight(height: number): HtmlOutputLike;
}

export interface HtmlServiceLike {
  createHtmlOutputFromFile(filename: string): HtmlOutputLike;
  createHtmlOutput(html: string): HtmlOutputLike;
}

export interface PropertiesLike {
  getProperty(key: string): string | null;
  deleteProperty(key: string): PropertiesLike;
  setProperty(key: string, value: string): PropertiesLike;
  getProperties(): Record<string, string>;
  setProperties(properties: Record<string, string>): PropertiesLike;
}

export interface PropertiesServiceLike {
  getUserProperties(): PropertiesLike;
  /** Shared by everyone who opens the spreadsheet: the self-scan form's id and the responses taken over. */
  getDocumentProperties(): PropertiesLike;
}

export interface SessionLike {
  getActiveUserLocale(): string;
}

/** ScriptApp.getAuthorizationInfo(authMode, oAuthScopes): which of the scopes the user has granted. */
export interface ScriptAppLike {
  readonly AuthMode: { readonly FULL: unknown };
  getAuthorizationInfo(
    authMode: unknown,
    oAuthScopes: string[],
  ): {
    getAuthorizedScopes(): string[] | null;
  };
}

export interface Services {
  readonly spreadsheet: SpreadsheetAppLike;
  readonly lock: LockServiceLike;
  readonly html: HtmlServiceLike;
  readonly properties: PropertiesServiceLike;
  readonly session: SessionLike;
  readonly script: ScriptAppLike;
}

/** The runtime's services; resolved on each call, since Apps Script creates them per execution. */
export function services(): Services {
  return {
    spreadsheet: SpreadsheetApp,
    lock: LockService,
    html: HtmlService,
    properties: PropertiesService,
    session: Session,
    script: ScriptApp,
  };
}

/** SpreadsheetApp if the runtime has it (a custom function may use it read-only), else undefined. */
export function spreadsheetAppIfAny(): SpreadsheetAppLike | undefined {
  return typeof SpreadsheetApp === 'undefined' ? undefined : SpreadsheetApp;
}
