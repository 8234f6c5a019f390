// Turns a WorkbookPlan into ready-to-write rectangles before anything is touched, so bad input fails early.

import type { Language } from '../../../shared/i18n/language';
import { cellAddress } from '../../../shared/matrix/address';
import {
  type FormulaTarget,
  matrixReference,
  profileTableReference,
  renderCustomFormula,
} from '../../../shared/workbook/formula-text';
import type {
  CellBlock,
  PlanCell,
  PlanFormulaCell,
  PlanRange,
  SheetPlan,
  WorkbookPlan,
} from '../../../shared/workbook/plan';
import { toCellInput } from '../cell-text';
import type { CellInput } from '../gas';

export interface FormulaRun {
  /** 0-based sheet position of the run's first cell; a run is one row of consecutive formulas. */
  readonly row: number;
  readonly column: number;
  readonly formulas: string[];
}

/** One setValues rectangle (0-based), with the formula runs written into it afterwards. */
export interface PreparedBlock {
  readonly row: number;
  readonly column: number;
  readonly values: CellInput[][];
  readonly formulas: FormulaRun[];
}

export interface PreparedSheet {
  readonly plan: SheetPlan;
  readonly blocks: PreparedBlock[];
  /** Rows and columns the sheet must have for every range of the plan. */
  readonly rows: number;
  readonly columns: number;
}

function isFormula(cell: PlanCell): cell is PlanFormulaCell {
  return typeof cell === 'object' && cell !== null;
}

function widthOf(block: CellBlock): number {
  return block.values.reduce((width, row) => Math.max(width, row.length), 0);
}

function isRectangular(block: CellBlock): boolean {
  const width = widthOf(block);
  return block.values.every((row) => row.length === width);
}

/** The runs of written (non-null) cells of one row of a block, each as a one-row block. */
function writtenRuns(block: CellBlock, index: number): CellBlock[] {
  const runs: CellBlock[] = [];
  let start = -1;
  const row = block.values[index]!;
  row.forEach((cell, c) => {
    if (cell !== null && start < 0) start = c;
    if (start >= 0 && (cell === null || c === row.length - 1)) {
      const end = cell === null ? c : c + 1;
      runs.push({ row: block.row + index, column: block.column + start, values: [row.slice(start, end)] });
      start = -1;
    }
  });
  return runs;
}

/**
 * Blocks as rectangles: a ragged block is padded where the sheet is ours (`replace`); where it holds scans
 * (`merge`) a block with gaps is split into runs of written cells, so neither padding nor a null ever blanks
 * a cell the plan did not mean to write (and a rollback blanks exactly the cells that were written).
 */
function rectangles(sheet: SheetPlan): CellBlock[] {
  return sheet.blocks.flatMap((block): CellBlock[] => {
    if (sheet.mode === 'merge') {
      const solid = isRectangular(block) && block.values.every((row) => row.every((cell) => cell !== null));
      return solid ? [block] : block.values.flatMap((_, index) => writtenRuns(block, index));
    }
    if (block.values.length === 0 || isRectangular(block)) return [block];
    const width = widthOf(block);
    return [{ ...block, values: block.values.map((row) => [...row, ...Array(width - row.length).fill(null)]) }];
  });
}

/** Joins side-by-side blocks of the same rows into one rectangle (one header cell per new column → one call). */
function coalesce(blocks: CellBlock[]): CellBlock[] {
  const sorted = [...blocks]
    .filter((block) => block.values.length > 0 && widthOf(block) > 0)
    .sort((a, b) => a.row - b.row || a.values.length - b.values.length || a.column - b.column);
  const joined: { row: number; column: number; values: PlanCell[][] }[] = [];
  for (const block of sorted) {
    const last = joined[joined.length - 1];
    const width = last ? widthOf(last) : 0;
    if (
      last &&
      last.row === block.row &&
      last.values.length === block.values.length &&
      last.column + width === block.column
    ) {
      block.values.forEach((row, index) => {
        last.values[index]!.push(...row);
      });
    } else {
      joined.push({ row: block.row, column: block.column, values: block.values.map((row) => [...row]) });
    }
  }
  return joined;
}

function prepareBlock(block: CellBlock, sheetName: string, target: FormulaTarget): PreparedBlock {
  const formulas: FormulaRun[] = [];
  const values = block.values.map((row, r) => {
    let run: FormulaRun | undefined;
    return row.map((cell, c): CellInput => {
      if (!isFormula(cell)) {
        run = undefined;
        return toCellInput(cell, cellAddress({ sheet: sheetName, row: 1, column: 1 }, block.row + r, block.column + c));
      }
      const text = cell.formula.kind === 'custom' ? renderCustomFormula(cell.formula, target) : cell.formula.text;
      if (!text.startsWith('=')) throw new Error(`native formula without "=": ${text}`);
      if (run && run.column + run.formulas.length === block.column + c) {
        run.formulas.push(text);
      } else {
        run = { row: block.row + r, column: block.column + c, formulas: [text] };
        formulas.push(run);
      }
      return '';
    });
  });
  return { row: block.row, column: block.column, values, formulas };
}

function extent(sheet: SheetPlan, blocks: readonly PreparedBlock[]): { rows: number; columns: number } {
  const ranges: PlanRange[] = [
    ...blocks.map((b) => ({ row: b.row, column: b.column, rows: b.values.length, columns: b.values[0]?.length ?? 0 })),
    ...sheet.styles.map((s) => s.range),
    ...sheet.validations.map((v) => v.range),
    ...sheet.colourScales.map((s) => s.range),
    ...sheet.highlights.map((h) => h.range),
    ...sheet.charts.flatMap((chart) => [chart.categories, ...chart.series]),
    ...sheet.charts.map((chart) => ({ ...chart.anchor, rows: 1, columns: 1 })),
    ...sheet.columnWidths.map((w) => ({ row: 0, column: w.column, rows: 1, columns: 1 })),
  ];
  const frozen = sheet.frozen ?? { rows: 0, columns: 0 };
  return {
    rows: Math.max(frozen.rows + 1, ...ranges.map((r) => r.row + r.rows)),
    columns: Math.max(frozen.columns + 1, ...ranges.map((r) => r.column + r.columns)),
  };
}

/** The formula target of a plan in Google Sheets: plain function names, an open-ended matrix range. */
export function sheetsTarget(plan: WorkbookPlan, lang: Language): FormulaTarget {
  return {
    host: 'sheets',
    lang,
    matrix: matrixReference('sheets', plan.matrixRange),
    ...(plan.profileTableRange ? { profileTable: profileTableReference(plan.profileTableRange) } : {}),
  };
}

export function preparePlan(plan: WorkbookPlan, lang: Language): PreparedSheet[] {
  const target = sheetsTarget(plan, lang);
  return plan.sheets.map((sheet) => {
    const blocks = coalesce(rectangles(sheet)).map((block) => prepareBlock(block, sheet.name, target));
    return { plan: sheet, blocks, ...extent(sheet, blocks) };
  });
}
