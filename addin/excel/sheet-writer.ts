// Queues one SheetPlan onto an Excel worksheet (no sync here): values, formulas, formats, pickers, charts.

import type { Language } from '../../shared/i18n/language';
import type { FormulaTarget } from '../../shared/workbook/formula-text';
import { renderCustomFormula } from '../../shared/workbook/formula-text';
import type { CellBlock, PlanCell, PlanFormulaCell, PlanRange, SheetPlan } from '../../shared/workbook/plan';
import { addinText } from '../texts';
import { literalRows } from './cell-values';
import { applyStyle, COLOURS, columnPoints } from './styles';

function isFormula(cell: PlanCell): cell is PlanFormulaCell {
  return cell !== null && typeof cell === 'object';
}

function rangeOf(sheet: Excel.Worksheet, range: PlanRange): Excel.Range {
  return sheet.getRangeByIndexes(range.row, range.column, range.rows, range.columns);
}

export function formulaText(cell: PlanFormulaCell, target: FormulaTarget): string {
  return cell.formula.kind === 'native' ? cell.formula.text : renderCustomFormula(cell.formula, target);
}

/** The block as one rectangle: values, and per cell "@" for text so "=name" stays text. */
export function blockArrays(block: CellBlock): {
  rows: number;
  columns: number;
  values: (string | number | boolean | null)[][];
  numberFormat: (string | null)[][];
  formulas: { row: number; column: number; cell: PlanFormulaCell }[];
} {
  const rows = block.values.length;
  const columns = Math.max(0, ...block.values.map((row) => row.length));
  const formulas: { row: number; column: number; cell: PlanFormulaCell }[] = [];
  const values = block.values.map((row, r) =>
    Array.from({ length: columns }, (_, c) => {
      const cell = row[c] ?? null;
      if (isFormula(cell)) {
        formulas.push({ row: r, column: c, cell });
        return null;
      }
      return cell;
    }),
  );
  // null leaves a cell as it is: in a merged sheet that is someone's data, in a new sheet it is empty anyway.
  const numberFormat = values.map((row) =>
    row.map((cell) => (typeof cell === 'string' ? '@' : cell === null ? null : 'General')),
  );
  for (const formula of formulas) numberFormat[formula.row]![formula.column] = 'General';
  return { rows, columns, values, numberFormat, formulas };
}

function writeBlock(sheet: Excel.Worksheet, block: CellBlock, target: FormulaTarget): void {
  const arrays = blockArrays(block);
  if (arrays.rows === 0 || arrays.columns === 0) return;
  const range = sheet.getRangeByIndexes(block.row, block.column, arrays.rows, arrays.columns);
  // Number format first: a text cell must be text before its value arrives.
  range.numberFormat = arrays.numberFormat as string[][];
  range.values = literalRows(arrays.values) as (string | number | boolean)[][];
  for (const formula of arrays.formulas) {
    const cell = sheet.getRangeByIndexes(block.row + formula.row, block.column + formula.column, 1, 1);
    cell.formulas = [[formulaText(formula.cell, target)]];
  }
}

export interface SheetWriteOptions {
  readonly target: FormulaTarget;
  readonly lang: Language;
  /** The sheet is new and empty (replace mode writes into a fresh sheet). */
  readonly fresh: boolean;
  /** Whether the plan's table already exists on this sheet (it is resized, not added). */
  readonly existingTable?: Excel.Table;
}

/** Queues everything of a sheet plan except protection (done last, after all writes). */
export function queueSheet(sheet: Excel.Worksheet, plan: SheetPlan, options: SheetWriteOptions): void {
  const { target, lang, fresh } = options;
  for (const block of plan.blocks) writeBlock(sheet, block, target);
  for (const styled of plan.styles) {
    applyStyle(rangeOf(sheet, styled.range), styled.style, styled.range.rows, styled.range.columns);
  }
  for (const { column, width } of plan.columnWidths) {
    sheet.getRangeByIndexes(0, column, 1, 1).format.columnWidth = columnPoints(width);
  }
  for (const validation of plan.validations) {
    const dv = rangeOf(sheet, validation.range).dataValidation;
    if (!fresh) dv.clear();
    dv.rule = { list: { inCellDropDown: true, source: validation.values.map(String).join(',') } };
    dv.errorAlert = {
      showAlert: true,
      style: validation.strict ? 'Stop' : 'Warning',
      title: addinText('listAlertTitle', lang),
      message: addinText('listAlert', lang),
    };
    dv.prompt = { showPrompt: true, title: addinText('listAlertTitle', lang), message: validation.prompt };
  }
  for (const scale of plan.colourScales) {
    const formats = rangeOf(sheet, scale.range).conditionalFormats;
    if (!fresh) formats.clearAll();
    const format = formats.add('ColorScale');
    format.colorScale.criteria = {
      minimum: { formula: String(scale.min), type: 'Number', color: COLOURS.scaleMin },
      midpoint: { formula: String(scale.mid), type: 'Number', color: COLOURS.scaleMid },
      maximum: { formula: String(scale.max), type: 'Number', color: COLOURS.scaleMax },
    };
  }
  for (const highlight of plan.highlights) {
    const formats = rangeOf(sheet, highlight.range).conditionalFormats;
    if (!fresh) formats.clearAll();
    for (const rule of highlight.rules) {
      const format = formats.add('CellValue');
      format.cellValue.format.fill.color = COLOURS[rule.colour];
      format.cellValue.format.font.color = COLOURS[`${rule.colour}Text`];
      format.cellValue.rule = { formula1: `="${rule.equals.replace(/"/g, '""')}"`, operator: 'EqualTo' };
    }
  }
  if (plan.frozen) {
    const { rows, columns } = plan.frozen;
    sheet.freezePanes.unfreeze();
    if (rows > 0 && columns > 0) sheet.freezePanes.freezeAt(sheet.getRangeByIndexes(0, 0, rows, columns));
    else if (rows > 0) sheet.freezePanes.freezeRows(rows);
    else if (columns > 0) sheet.freezePanes.freezeColumns(columns);
  }
  for (const chart of plan.charts) {
    const ranges = [chart.categories, ...chart.series];
    const top = Math.min(...ranges.map((r) => r.row));
    const left = Math.min(...ranges.map((r) => r.column));
    const bottom = Math.max(...ranges.map((r) => r.row + r.rows));
    const right = Math.max(...ranges.map((r) => r.column + r.columns));
    const source = sheet.getRangeByIndexes(top, left, bottom - top, right - left);
    const added = sheet.charts.add('BarClustered', source, 'Columns');
    added.title.text = chart.title;
    added.legend.visible = false;
    added.setPosition(sheet.getRangeByIndexes(chart.anchor.row, chart.anchor.column, 1, 1));
  }
  if (plan.table) {
    const range = rangeOf(sheet, plan.table.range);
    if (options.existingTable) {
      options.existingTable.resize(range);
    } else {
      const table = sheet.tables.add(range, true);
      table.name = plan.table.name;
    }
  }
}
