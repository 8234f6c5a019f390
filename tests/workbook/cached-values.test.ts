// The add-in-free .xlsx carries each formula's result as cached value, so previews that do not calculate show
// the dashboard; the values are the core's answers, for a fresh workbook and for one made from a file.

import { mkdtempSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { workbookCommand } from '../../cli/commands/workbook';
import { readTableFile } from '../../cli/read-table';
import { writePlanXlsx } from '../../cli/xlsx/write';
import { locateMatrix } from '../../shared/matrix/locate';
import { readMatrix } from '../../shared/matrix/read';
import { BUILTIN_PROFILES } from '../../shared/profiles/builtins';
import { NPULS } from '../../shared/profiles/data/npuls';
import { DEFAULT_DETAIL } from '../../shared/profiles/detail';
import { buildNativeWorkbookPlan, plannedMatrixGrid, planResults } from '../../shared/workbook/native';
import { SHEET_DASHBOARD, type WorkbookPlan } from '../../shared/workbook/plan';
import { differences, expected } from '../libreoffice/compare';
import type { SheetRows } from '../libreoffice/soffice';

const OUT = mkdtempSync(join(tmpdir(), 'teamscan-cached-'));
const FIXTURE = join(process.cwd(), 'tests', 'fixtures', 'messy-team.csv');

type Result = ExcelJS.CellFormulaValue['result'];

/** A formula cell's cached result; cell.value drops falsy results (0, FALSE, ""), the model keeps them. */
const cachedResult = (cell: ExcelJS.Cell): Result => (cell.model as { result?: Result }).result;

async function read(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

/** A sheet as text rows, formulas by their cached value, as a viewer that does not calculate shows it. */
function shown(sheet: ExcelJS.Worksheet): SheetRows {
  const rows: string[][] = [];
  sheet.eachRow((row, r) => {
    row.eachCell((cell, c) => {
      const value = cell.type === ExcelJS.ValueType.Formula ? cachedResult(cell) : cell.value;
      const text =
        value === undefined || value === null
          ? ''
          : typeof value === 'object' && 'error' in value
            ? value.error
            : typeof value === 'boolean'
              ? String(value).toUpperCase()
              : String(value);
      rows[r - 1] ??= [];
      rows[r - 1]![c - 1] = text;
    });
  });
  return Array.from(rows, (row) => Array.from(row ?? [], (cell) => cell ?? ''));
}

/**
 * Formula cells without a cached value. exceljs reads a written empty text result (`<v></v>`) back as none, so
 * there the result the plan computes must be "".
 */
function missing(workbook: ExcelJS.Workbook, plan: WorkbookPlan): { formulas: number; missing: string[] } {
  const results = planResults(plan);
  let formulas = 0;
  const without: string[] = [];
  for (const sheet of workbook.worksheets) {
    sheet.eachRow((row, r) => {
      row.eachCell((cell, c) => {
        if (cell.type !== ExcelJS.ValueType.Formula) return;
        formulas++;
        if (cachedResult(cell) === undefined && results(sheet.name, r - 1, c - 1) !== '') {
          without.push(`${sheet.name}!${cell.address}`);
        }
      });
    });
  }
  return { formulas, missing: without };
}

test.each(BUILTIN_PROFILES.map((profile) => [profile.id, profile] as const))(
  'a fresh workbook (%s, nobody in it) shows the core answer for an empty team',
  async (_, profile) => {
    const plan = buildNativeWorkbookPlan({ profile, detail: 'kva', lang: 'nl' });
    const file = join(OUT, `fresh-${profile.id}.xlsx`);
    await writePlanXlsx(plan, file, { lang: 'nl' });
    const workbook = await read(file);
    const want = expected(profile, plannedMatrixGrid(plan).values, { threshold: 2, target: 2 }, 'nl');
    expect(differences(shown(workbook.getWorksheet(SHEET_DASHBOARD)!), want)).toEqual([]);
    // Nobody scanned: every area is "niet gescand" (never a gap), counted 0, and Hiaten says so in one line.
    expect(want.coverage.slice(1).map((row) => [row[1], row[4], row[5]])).toEqual(
      profile.areas.map(() => [0, 0, 'niet gescand']),
    );
    expect(want.gaps.slice(1).map((row) => row[0])).toEqual(['nog niet gescand']);
    const cells = missing(workbook, plan);
    expect(cells.formulas).toBeGreaterThan(100);
    expect(cells.missing).toEqual([]);
  },
);

test('a workbook made from a file (--from) shows the core answer for that team, in English too', async () => {
  for (const lang of ['nl', 'en'] as const) {
    const out = join(OUT, `from-${lang}.xlsx`);
    await workbookCommand({ from: FIXTURE, out, lang, drempel: '3', doel: '1' });
    const workbook = await read(out);
    const grid = locateMatrix(await readTableFile(FIXTURE), NPULS);
    // --from carries the matrix as read: its header and its people (docs/design.md#5-reading-a-matrix), not the rows below its end.
    const people = readMatrix(grid, NPULS).people.map((person) => grid.values[person.gridRow]!);
    const plan = buildNativeWorkbookPlan({
      profile: NPULS,
      detail: DEFAULT_DETAIL,
      lang,
      threshold: '3',
      target: '1',
      existingMatrix: { values: [grid.values[0]!, ...people] },
    });
    const want = expected(NPULS, grid.values, { threshold: 3, target: 1 }, lang);
    expect(want.coverage.slice(1).some((row) => typeof row[1] === 'number' && row[1] > 0)).toBe(true);
    expect(differences(shown(workbook.getWorksheet(SHEET_DASHBOARD)!), want)).toEqual([]);
    expect(missing(workbook, plan).missing).toEqual([]);
  }
});

test('Excel is told to recalculate everything on open, so a cached value is never kept', async () => {
  const plan = buildNativeWorkbookPlan({ profile: NPULS, detail: 'gebieden', lang: 'nl', names: ['Anna'] });
  const file = join(OUT, 'calc.xlsx');
  await writePlanXlsx(plan, file, { lang: 'nl' });
  // exceljs does not read calcPr back; the workbook part itself says it (ECMA-376 §18.2.2 calcPr).
  const zip = await JSZip.loadAsync(await readFile(file));
  const part = await zip.file('xl/workbook.xml')!.async('string');
  expect(part).toMatch(/<calcPr [^>]*fullCalcOnLoad="1"/);
});
