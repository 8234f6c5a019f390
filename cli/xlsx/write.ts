// Writes a WorkbookPlan to an .xlsx with exceljs: blocks, styles, widths, frozen panes, pickers, colours, protection.

import type ExcelJS from 'exceljs';
import type { RecordedScale } from '../../shared/levels/scale-record';
import { columnLetters } from '../../shared/matrix/address';
import { renderCustomFormula } from '../../shared/workbook/formula-text';
import { CALC_SHEET, type CachedValue, type PlanResults, planResults } from '../../shared/workbook/native';
import type { PlanCell, PlanRange, SheetPlan, WorkbookPlan } from '../../shared/workbook/plan';
import { SHEET_MATRIX } from '../../shared/workbook/plan';
import { withScaleRecord } from '../scale-record';
import { writeFileWhole } from '../write-file';
import { checkCellValue, checkListValidation, checkSheetNames } from './limits';
import { applyPageSetup } from './page-setup';
import { sharedFormulas } from './shared-formula';
import { sheetRowsChunks, withRowChunks } from './sheet-rows';
import { columnStyles, type StreamCut, streamCut } from './streamed-sheet';
import { CELL_STYLES, colourScaleRule, highlightRules } from './styles';
import { rewriteParts } from './zip-rewrite';

/**
 * exceljs's workbook class alone: the package's entry also loads its streaming reader and writer and their
 * archive libraries, a tenth of a second this command does not use.
 */
const Workbook = require('exceljs/lib/doc/workbook') as typeof ExcelJS.Workbook;
/** Where exceljs writes the workbook part (its defined names among it). */
const WORKBOOK_PART = 'xl/workbook.xml';

export interface XlsxOptions {
  /** Prompt/warning title shown with a picker. */
  readonly lang: 'nl' | 'en';
  /** Replace an existing file (`--overwrite`); else an existing file is refused. */
  readonly overwrite?: boolean;
  /** The yes/no scale the levels were converted from, recorded as the name Teamscan_Schaal (cli/scale-record.ts). */
  readonly scaleRecord?: RecordedScale;
}

const VALIDATION_TEXTS = {
  nl: { title: 'Teamscan', warning: 'Deze waarde staat niet in de lijst. Toch gebruiken?' },
  en: { title: 'Teamscan', warning: 'This value is not in the list. Use it anyway?' },
} as const;

function address(range: PlanRange): string {
  const first = `${columnLetters(range.column + 1)}${range.row + 1}`;
  const last = `${columnLetters(range.column + range.columns)}${range.row + range.rows}`;
  return first === last ? first : `${first}:${last}`;
}

function cellsOf(range: PlanRange, visit: (row: number, column: number) => void): void {
  for (let r = range.row; r < range.row + range.rows; r++) {
    for (let c = range.column; c < range.column + range.columns; c++) visit(r + 1, c + 1);
  }
}

/**
 * A plan cell as exceljs writes it. A native formula carries its result as cached value, so viewers that do not
 * calculate (mail and file previews, Protected View) show the dashboard; Excel recalculates on open anyway.
 */
function cellValue(cell: PlanCell, plan: WorkbookPlan, result: CachedValue | undefined): ExcelJS.CellValue {
  if (cell === null || typeof cell !== 'object') return cell;
  const formula = cell.formula;
  if (formula.kind === 'native') {
    const text = formula.text.replace(/^=/, '');
    return (result === undefined ? { formula: text } : { formula: text, result }) as ExcelJS.CellFormulaValue;
  }
  const matrix = `${SHEET_MATRIX}!${address(plan.matrixRange).replace(/([A-Z]+)(\d+)/g, '$$$1$$$2')}`;
  const text = renderCustomFormula(formula, { host: 'excel', lang: 'nl', matrix });
  return { formula: text.replace(/^=/, '') } as ExcelJS.CellFormulaValue;
}

/** exceljs keeps range validations in `dataValidations`, which its typings leave out. */
function validationsOf(sheet: ExcelJS.Worksheet): { add(address: string, validation: ExcelJS.DataValidation): void } {
  return (sheet as unknown as { dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void } })
    .dataValidations;
}

async function writeSheet(
  sheet: ExcelJS.Worksheet,
  plan: SheetPlan,
  workbook: WorkbookPlan,
  options: XlsxOptions,
  results: PlanResults,
) {
  const from = streamCut(plan)?.from ?? Number.POSITIVE_INFINITY;
  for (const { column, width } of plan.columnWidths) sheet.getColumn(column + 1).width = width;
  for (const { range, style } of plan.styles) {
    cellsOf(range, (r, c) => {
      // The rows from the cut on get their style with the streamed XML.
      if (r > from) return;
      const target = sheet.getCell(r, c);
      target.style = { ...target.style, ...CELL_STYLES[style] };
    });
  }
  // On the Rekenblad, a native formula that repeats the one above it a row down is written as a clone of that
  // column's first one. Not on the sheets people type in: a cell typed over a shared formula's first cell leaves
  // its clones without a formula in tools that keep the file's formulas as written (exceljs among them).
  const shared = plan.name === CALC_SHEET ? sharedFormulas() : () => undefined;
  for (const block of plan.blocks) {
    block.values.forEach((row, r) => {
      if (block.row + r >= from) return;
      row.forEach((value, c) => {
        if (value === null) return;
        // A string is always written as text: exceljs makes formulas only from { formula }.
        const row = block.row + r;
        const column = block.column + c;
        const target = sheet.getCell(row + 1, column + 1);
        const result = results(plan.name, row, column);
        const master =
          typeof value === 'object' && value.formula.kind === 'native'
            ? shared(target.address, row, column, value.formula)
            : undefined;
        if (master === undefined) {
          const written = cellValue(value, workbook, result);
          checkCellValue(`${plan.name}!${columnLetters(column + 1)}${row + 1}`, written);
          target.value = written;
        } else {
          // A cell pointing at its column's first formula carries no text of its own: the master was checked.
          target.value = {
            sharedFormula: master,
            ...(result === undefined ? {} : { result }),
          } as ExcelJS.CellSharedFormulaValue;
        }
      });
    });
  }
  for (const validation of plan.validations) {
    const texts = VALIDATION_TEXTS[options.lang];
    const list = `"${validation.values.join(',')}"`;
    checkListValidation(`${plan.name}!${address(validation.range)}`, list);
    validationsOf(sheet).add(address(validation.range), {
      type: 'list',
      allowBlank: true,
      formulae: [list],
      showInputMessage: true,
      promptTitle: texts.title,
      prompt: validation.prompt,
      showErrorMessage: true,
      // A non-strict picker warns but accepts a typed word such as "Bekwaam" or "x".
      errorStyle: validation.strict ? 'stop' : 'warning',
      errorTitle: texts.title,
      error: texts.warning,
    });
  }
  for (const scale of plan.colourScales) {
    sheet.addConditionalFormatting({ ref: address(scale.range), rules: [colourScaleRule(scale)] });
  }
  for (const highlight of plan.highlights) {
    sheet.addConditionalFormatting({ ref: address(highlight.range), rules: highlightRules(highlight) });
  }
  if (plan.frozen && (plan.frozen.rows > 0 || plan.frozen.columns > 0)) {
    sheet.views = [{ state: 'frozen', xSplit: plan.frozen.columns, ySplit: plan.frozen.rows }];
  }
  applyPageSetup(sheet, plan);
  if (plan.protect) {
    await sheet.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true });
  }
}

/** A sheet whose lower rows are written as XML into the archive after exceljs wrote the rest. */
interface StreamedSheet {
  /** The worksheet part exceljs writes the sheet to. */
  readonly part: string;
  readonly plan: SheetPlan;
  readonly cut: StreamCut;
}

/**
 * The plan as an .xlsx workbook (charts are left out: exceljs cannot write them), and the sheets whose lower rows
 * are still to be written into its archive.
 */
async function planToWorkbook(
  plan: WorkbookPlan,
  options: XlsxOptions,
  results: PlanResults,
): Promise<{ workbook: ExcelJS.Workbook; streamed: StreamedSheet[] }> {
  const workbook = new Workbook();
  workbook.creator = 'Teamscan';
  // Excel recalculates everything on open, so a cached value is never kept once the workbook is opened.
  workbook.calcProperties.fullCalcOnLoad = true;
  checkSheetNames(plan.sheets.map((sheet) => sheet.name));
  const streamed: StreamedSheet[] = [];
  for (const sheetPlan of plan.sheets) {
    const sheet = workbook.addWorksheet(sheetPlan.name);
    await writeSheet(sheet, sheetPlan, plan, options, results);
    const cut = streamCut(sheetPlan);
    if (cut !== undefined) streamed.push({ part: `xl/worksheets/sheet${sheet.id}.xml`, plan: sheetPlan, cut });
  }
  const active = Math.max(
    0,
    plan.sheets.findIndex((sheet) => sheet.name === plan.activate),
  );
  workbook.views = [
    { x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: active, visibility: 'visible' },
  ];
  return { workbook, streamed };
}

/** What exceljs writes of the plan, as an archive; its cell objects are left behind before the large rows are made. */
async function excelJsPart(
  plan: WorkbookPlan,
  options: XlsxOptions,
  results: PlanResults,
): Promise<{ written: Buffer; streamed: StreamedSheet[] }> {
  const { workbook, streamed } = await planToWorkbook(plan, options, results);
  // Stored, not deflated: the archive is rewritten with Node's own deflate, much faster than exceljs's.
  const buffer = await workbook.xlsx.writeBuffer({ zip: { compression: 'STORE' } } as ExcelJS.XlsxWriteOptions);
  return { written: Buffer.from(buffer as ArrayBuffer), streamed };
}

/** Writes the plan to `path` in one go: the file appears only when the whole workbook is built. */
export async function writePlanXlsx(plan: WorkbookPlan, path: string, options: XlsxOptions): Promise<void> {
  const results = planResults(plan);
  const { written, streamed } = await excelJsPart(plan, options, results);
  const replace = new Map(
    streamed.map(({ part, plan: sheet, cut }): [string, (old: string) => Buffer] => [
      part,
      (old) => {
        const rows = sheetRowsChunks(sheet, cut.from, {
          // Shared formulas only on the Rekenblad, as above (writeSheet).
          unshared: sheet.name !== CALC_SHEET,
          styles: columnStyles(old, cut),
          result: (row, column) => results(sheet.name, row, column),
          written: (row, column, cell) => {
            // A number or TRUE/FALSE is written as it is (most of a large matrix): only texts and formulas are checked.
            if (typeof cell === 'number' || typeof cell === 'boolean') return cell;
            const value = cellValue(cell, plan, results(sheet.name, row, column));
            checkCellValue(`${sheet.name}!${columnLetters(column + 1)}${row + 1}`, value);
            return value;
          },
        });
        return withRowChunks(old, rows.chunks, rows.lastRow, rows.lastColumn);
      },
    ]),
  );
  const record = options.scaleRecord;
  if (record) replace.set(WORKBOOK_PART, (old) => Buffer.from(withScaleRecord(old, record), 'utf8'));
  const buffer = await rewriteParts(written, replace);
  await writeFileWhole(path, buffer, { overwrite: options.overwrite ?? false });
}
