// The .xlsx writer: sheets, texts, frozen panes, pickers that warn, colour scale, protection and text safety.

import { mkdtempSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { writePlanXlsx } from '../../cli/xlsx/write';
import { profileAttribution } from '../../shared/profiles/attribution';
import { NPULS } from '../../shared/profiles/data/npuls';
import { buildNativeWorkbookPlan, CALC_SHEET } from '../../shared/workbook/native';
import type { SheetPlan } from '../../shared/workbook/plan';
import { SHEET_DASHBOARD, SHEET_MATRIX, SHEET_PROFILE } from '../../shared/workbook/plan';

// A directory of its own per test file: test files run in parallel.
const OUT = mkdtempSync(join(tmpdir(), 'teamscan-workbook-'));
const plan = buildNativeWorkbookPlan({
  profile: NPULS,
  detail: 'gebieden',
  lang: 'nl',
  names: ['Anna de Vries', '=SUM(1,2)'],
});
const sheetPlan = (name: string): SheetPlan => plan.sheets.find((sheet) => sheet.name === name)!;
let workbook: ExcelJS.Workbook;

beforeAll(async () => {
  await mkdir(OUT, { recursive: true });
  const file = join(OUT, 'writer.xlsx');
  await writePlanXlsx(plan, file, { lang: 'nl' });
  workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
});

test('writes the plan sheets in order, Teammatrix active', () => {
  expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
    SHEET_PROFILE,
    SHEET_MATRIX,
    SHEET_DASHBOARD,
    CALC_SHEET,
  ]);
  expect(workbook.views[0]!.activeTab).toBe(1);
});

test('every block value lands in its cell; strings stay text, native formulas become formulas', () => {
  for (const sheet of plan.sheets) {
    const target = workbook.getWorksheet(sheet.name)!;
    for (const block of sheet.blocks.slice(0, 3)) {
      block.values.slice(0, 20).forEach((row, r) => {
        row.forEach((value, c) => {
          const cell = target.getCell(block.row + r + 1, block.column + c + 1).value;
          if (value !== null && typeof value === 'object') {
            expect((cell as ExcelJS.CellFormulaValue).formula).toBe(
              value.formula.kind === 'native' ? value.formula.text.slice(1) : expect.any(String),
            );
          } else {
            expect(cell ?? null).toEqual(value);
          }
        });
      });
    }
  }
  const matrix = workbook.getWorksheet(SHEET_MATRIX)!;
  expect(matrix.getCell('A3').value).toBe('=SUM(1,2)');
  expect(matrix.getCell('A3').type).toBe(ExcelJS.ValueType.String);
});

test('header and names are frozen and column widths follow the plan', () => {
  const matrix = workbook.getWorksheet(SHEET_MATRIX)!;
  const frozen = sheetPlan(SHEET_MATRIX).frozen!;
  expect(matrix.views[0]).toMatchObject({ state: 'frozen', xSplit: frozen.columns, ySplit: frozen.rows });
  for (const { column, width } of sheetPlan(SHEET_MATRIX).columnWidths) {
    expect(matrix.getColumn(column + 1).width).toBe(width);
  }
});

test('level pickers list 0–4 and n.v.t. and only warn on other input', () => {
  const matrix = workbook.getWorksheet(SHEET_MATRIX)! as unknown as { dataValidations: { model: Record<string, any> } };
  const validations = Object.values(matrix.dataValidations.model).filter(Boolean);
  const levels = validations.filter((validation) => String(validation.formulae[0]).includes('n.v.t.'));
  expect(levels.length).toBeGreaterThan(0);
  for (const validation of levels) {
    expect(validation.type).toBe('list');
    expect(validation.errorStyle).toBe('warning');
    expect(validation.formulae[0]).toBe('"0,1,2,3,4,n.v.t."');
  }
});

test('the 0–4 colour scale and the status highlights are conditional formats', () => {
  const matrix = workbook.getWorksheet(SHEET_MATRIX)! as unknown as { conditionalFormattings: any[] };
  const scales = matrix.conditionalFormattings.filter((format) => format.rules[0].type === 'colorScale');
  expect(scales.length).toBe(sheetPlan(SHEET_MATRIX).colourScales.length);
  expect(scales[0].rules[0].cfvo.map((cfvo: { value: number }) => cfvo.value)).toEqual([0, 2, 4]);
  const dashboard = workbook.getWorksheet(SHEET_DASHBOARD)! as unknown as { conditionalFormattings: any[] };
  const texts = dashboard.conditionalFormattings.flatMap((format) => format.rules.map((rule: any) => rule.formulae[0]));
  expect(texts).toEqual(['"gedekt"', '"kwetsbaar"', '"gat"']);
});

test('the Profiel and Rekenblad sheets are protected, the matrix and the inputs are not', () => {
  const protectedSheet = (name: string) =>
    Boolean(
      (workbook.getWorksheet(name) as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet,
    );
  expect(protectedSheet(SHEET_PROFILE)).toBe(true);
  expect(protectedSheet(CALC_SHEET)).toBe(true);
  expect(protectedSheet(SHEET_MATRIX)).toBe(false);
  expect(workbook.getWorksheet(SHEET_DASHBOARD)!.getCell('B2').protection?.locked).toBe(false);
});

test('the Profiel sheet carries title, source and licence', () => {
  const profile = workbook.getWorksheet(SHEET_PROFILE)!;
  const preamble = [1, 2, 3].map((row) => String(profile.getCell(row, 1).value));
  expect(preamble[0]).toContain(NPULS.title);
  expect(preamble[1]).toContain(profileAttribution(NPULS).source);
  expect(preamble[2]).toContain(profileAttribution(NPULS).licence);
});
