// The Rekenblad's and the Teammatrix's rows written as worksheet XML directly: every cell as the plan says (formula, shared down its
// column, cached value, text), read back by exceljs as Excel would read the file.

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { sheetRowsXml, withRows } from '../../cli/xlsx/sheet-rows';
import { CELL_STYLES } from '../../cli/xlsx/styles';
import { writePlanXlsx } from '../../cli/xlsx/write';
import { NPULS } from '../../shared/profiles/data/npuls';
import { buildNativeWorkbookPlan, CALC_SHEET, planResults } from '../../shared/workbook/native';
import { type PlanCell, SHEET_MATRIX } from '../../shared/workbook/plan';
import { generateMatrix } from '../libreoffice/generate';
import { oneSheetPlan } from '../support/one-sheet-plan';

const OUT = mkdtempSync(join(tmpdir(), 'teamscan-sheet-rows-'));

const native = (text: string): PlanCell => ({ formula: { kind: 'native', text } });

test('a column filled down is one shared formula over its rows; a break starts another; texts are escaped', () => {
  const plan = oneSheetPlan([
    [native('=B1+1'), ' a<b & "c" ', 2],
    [native('=B2+1'), true, null],
    [native('=B3+1'), 'x', native('=C1')],
    [native('=B3+1'), 'y', null],
  ]);
  const { xml, lastRow, lastColumn } = sheetRowsXml(plan.sheets[0]!, 0, {
    result: (row, column) => (column === 0 ? row : column === 2 ? 'z' : undefined),
    written: (_row, _column, cell) =>
      typeof cell === 'object' && cell.formula.kind === 'native' ? { formula: cell.formula.text.slice(1) } : cell,
  });
  expect([lastRow, lastColumn]).toEqual([3, 2]);
  expect(xml).toContain('<c r="A1"><f t="shared" ref="A1:A3" si="0">B1+1</f><v>0</v></c>');
  expect(xml).toContain('<c r="A2"><f t="shared" si="0"/><v>1</v></c>');
  expect(xml).toContain('<c r="A4"><f>B3+1</f><v>3</v></c>');
  expect(xml).toContain(
    '<c r="B1" t="inlineStr"><is><t xml:space="preserve"> a&lt;b &amp; &quot;c&quot; </t></is></c>',
  );
  expect(xml).toContain('<c r="B2" t="b"><v>1</v></c>');
  expect(xml).toContain('<c r="C3" t="str"><f>C1</f><v>z</v></c>');
  const sheetXml = '<worksheet><dimension ref="A1:F2"/><sheetData><row r="1"/></sheetData></worksheet>';
  expect(withRows(sheetXml, '<row r="5"/>', 9, 2)).toBe(
    '<worksheet><dimension ref="A1:F10"/><sheetData><row r="1"/><row r="5"/></sheetData></worksheet>',
  );
});

/** One no-install workbook of 11 people at item detail, written and read back once for the two tests below. */
const existingMatrix = { values: generateMatrix(NPULS, 'competenties', 'nl', 11) };
const plan = buildNativeWorkbookPlan({ profile: NPULS, detail: 'competenties', lang: 'nl', names: [], existingMatrix });
const workbook = new ExcelJS.Workbook();
beforeAll(async () => {
  const file = join(OUT, 'no-install.xlsx');
  await writePlanXlsx(plan, file, { lang: 'nl' });
  await workbook.xlsx.readFile(file);
}, 120_000);

test('the written Rekenblad reads back cell for cell as the plan, with the cached values of the evaluator', () => {
  const calc = plan.sheets.find((s) => s.name === CALC_SHEET)!;
  const read = workbook.getWorksheet(CALC_SHEET)!;
  const results = planResults(plan);
  let formulas = 0;
  let shared = 0;
  const wrong: string[] = [];
  for (const block of calc.blocks) {
    block.values.forEach((row, r) => {
      row.forEach((value, c) => {
        const cell = read.getCell(block.row + r + 1, block.column + c + 1);
        if (value !== null && typeof value === 'object' && value.formula.kind === 'native') {
          formulas++;
          if ((cell.value as { sharedFormula?: string }).sharedFormula) shared++;
          if (cell.formula !== value.formula.text.slice(1)) wrong.push(`${cell.address}: ${cell.formula}`);
          // exceljs reads an empty text result (<v></v>) as no result.
          const cached = results(CALC_SHEET, block.row + r, block.column + c);
          if (JSON.stringify(cell.result ?? '') !== JSON.stringify(cached))
            wrong.push(`${cell.address} = ${cell.result}`);
        } else if ((cell.value ?? null) !== value) {
          wrong.push(`${cell.address}: ${cell.value}`);
        }
      });
    });
  }
  expect(wrong).toEqual([]);
  expect(formulas).toBeGreaterThan(1000);
  expect(shared).toBeGreaterThan(formulas / 2);
});

test('the written Teammatrix reads back cell for cell as the plan, each body cell styled, spare rows too', () => {
  const matrix = plan.sheets.find((s) => s.name === SHEET_MATRIX)!;
  const read = workbook.getWorksheet(SHEET_MATRIX)!;
  const wrong: string[] = [];
  for (const block of matrix.blocks) {
    block.values.forEach((row, r) => {
      row.forEach((value, c) => {
        const cell = read.getCell(block.row + r + 1, block.column + c + 1);
        // An empty text is written as a blank cell.
        if ((cell.value ?? '') !== (value ?? '')) wrong.push(`${cell.address}: ${cell.value} ≠ ${value}`);
      });
    });
  }
  expect(wrong).toEqual([]);
  const styles = { level: CELL_STYLES.level, date: CELL_STYLES.date };
  const unstyled: string[] = [];
  for (const { range, style } of matrix.styles) {
    if (style !== 'level' && style !== 'date') continue;
    // Every row of the range: the first ones exceljs writes, the rest the streamed XML, the spare rows empty.
    for (let row = range.row; row < range.row + range.rows; row++) {
      const cell = read.getCell(row + 1, range.column + 1);
      const expected = styles[style];
      if (JSON.stringify(cell.alignment) !== JSON.stringify(expected.alignment)) unstyled.push(cell.address);
      if (style === 'date' && cell.numFmt !== expected.numFmt) unstyled.push(cell.address);
    }
  }
  expect(unstyled).toEqual([]);
  const lastBody = Math.max(...matrix.styles.map(({ range }) => range.row + range.rows));
  expect(lastBody).toBeGreaterThan(existingMatrix.values.length + 100);
});
