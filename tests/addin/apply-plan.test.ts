// The Excel plan applier through the ExcelBridge against the recording fake: syncs, content, merge, all-or-nothing.

import { ExcelBridge } from '../../addin/excel/bridge';
import { findBuiltinProfile } from '../../shared/profiles/builtins';
import { errorText } from '../../shared/ui/i18n';
import { buildWorkbookPlan } from '../../shared/workbook/build-plan';
import { matrixReference, renderCustomFormula } from '../../shared/workbook/formula-text';
import type { PlanFormulaCell, WorkbookPlan } from '../../shared/workbook/plan';
import { SHEET_DASHBOARD, SHEET_MATRIX, SHEET_PROFILE } from '../../shared/workbook/plan';
import { cellOf, emptySheet, type FakeBook, type FakeSheet, fakeExcel } from './fake-excel';

const npuls = findBuiltinProfile('npuls')!;
const NAMES = ['=Jan de Vries', 'Piet', 'Fatima'];

function plan(existing?: FakeSheet): WorkbookPlan {
  return buildWorkbookPlan({
    profile: npuls,
    detail: 'competenties',
    lang: 'nl',
    names: NAMES,
    ...(existing ? { existingMatrix: { values: gridOf(existing) } } : {}),
  });
}

function gridOf(sheet: FakeSheet): (string | number | boolean | null)[][] {
  const keys = [...sheet.cells.keys()].map((k) => k.split(',').map(Number) as [number, number]);
  const rows = Math.max(-1, ...keys.map(([r]) => r)) + 1;
  const columns = Math.max(-1, ...keys.map(([, c]) => c)) + 1;
  return Array.from({ length: rows }, (_, r) =>
    Array.from({ length: columns }, (_, c) => cellOf(sheet, r, c)?.value ?? null),
  );
}

function sheet(book: FakeBook, name: string): FakeSheet {
  const found = book.sheets.find((s) => s.name === name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

/** The workbook's sheets and every cell with a value, for "nothing changed" checks (formats aside). */
function snapshot(book: FakeBook): string {
  return JSON.stringify(
    book.sheets.map((s) => ({
      name: s.name,
      protected: s.protected,
      cells: [...s.cells.entries()]
        .filter(([, cell]) => cell.value !== '')
        .map(([at, cell]) => [at, cell.value, cell.formula]),
    })),
  );
}

/**
 * Everything of the workbook an injection may touch and a failed one must leave as it was: sheets in order,
 * their protection, cells (value and formula), tables and charts. Formats, pickers and colour scales are left
 * out: Excel may have applied them to the matrix before failing, and they are not taken back (docs/excel.md).
 */
function fullSnapshot(book: FakeBook): unknown {
  return book.sheets.map((s) => ({
    name: s.name,
    protected: s.protected,
    cells: [...s.cells.entries()]
      .filter(([, cell]) => cell.value !== '')
      .map(([at, cell]) => [at, cell.value, cell.formula])
      .sort(([a], [b]) => String(a).localeCompare(String(b))),
    tables: s.tables.map((t) => [t.name, t.address]),
    charts: s.charts.length,
  }));
}

describe('ExcelBridge.applyPlan', () => {
  it('injects the full npuls workbook at detail competenties in at most 3 syncs', async () => {
    const excel = fakeExcel();
    const bridge = new ExcelBridge(excel.run, 'nl-NL');
    const planned = plan();
    const steps: number[] = [];
    await bridge.applyPlan(planned, (progress) => steps.push(progress.fraction));

    expect(excel.runs).toHaveLength(1);
    expect(excel.runs[0]).toBeLessThanOrEqual(3);
    expect(steps[steps.length - 1]).toBe(1);
    expect(excel.book.sheets.map((s) => s.name)).toEqual(['Blad1', SHEET_PROFILE, SHEET_MATRIX, SHEET_DASHBOARD]);
    expect(excel.book.active.sheet).toBe(planned.activate);

    // Every planned value is in its cell; text stays text, even a name starting with "=".
    for (const sheetPlan of planned.sheets) {
      const written = sheet(excel.book, sheetPlan.name);
      for (const block of sheetPlan.blocks) {
        for (const [r, row] of block.values.entries()) {
          for (const [c, value] of row.entries()) {
            if (value === null || typeof value === 'object') continue;
            const cell = cellOf(written, block.row + r, block.column + c)!;
            expect(cell.value).toBe(value);
            expect(cell.formula).toBeUndefined();
            if (typeof value === 'string') expect(cell.numberFormat).toBe('@');
          }
        }
      }
    }
    const matrix = sheet(excel.book, SHEET_MATRIX);
    const names = [1, 2, 3].map((row) => cellOf(matrix, row, 0));
    expect(names.map((cell) => cell?.value)).toEqual(NAMES);
    expect(names[0]!.formula).toBeUndefined();

    // The dashboard's formulas are the core's rendering for Excel.
    const dashboardPlan = planned.sheets.find((s) => s.name === SHEET_DASHBOARD)!;
    const target = {
      host: 'excel' as const,
      lang: 'nl' as const,
      matrix: matrixReference('excel', planned.matrixRange),
    };
    const dashboard = sheet(excel.book, SHEET_DASHBOARD);
    const customCells = dashboardPlan.blocks.flatMap((b) =>
      b.values.flatMap((row, r) =>
        row.flatMap((cell, c) =>
          cell && typeof cell === 'object' && cell.formula.kind === 'custom'
            ? [{ row: b.row + r, column: b.column + c, formula: (cell as PlanFormulaCell).formula }]
            : [],
        ),
      ),
    );
    expect(customCells.length).toBe(4);
    const rendered = customCells.map((cell) => {
      const expected = renderCustomFormula(cell.formula as any, target);
      expect(cellOf(dashboard, cell.row, cell.column)?.formula).toBe(expected);
      expect(expected.startsWith('=TEAMSCAN.')).toBe(true);
      return expected;
    });
    // DEKKING, HIATEN, SLEUTELPERSONEN and LEERKOPPELS all read the norms table below DEKKING (A15:C21 for npuls).
    expect(rendered.map((formula) => formula.match(/^=TEAMSCAN\.(\w+)\(/)?.[1])).toEqual([
      'DEKKING',
      'HIATEN',
      'SLEUTELPERSONEN',
      'LEERKOPPELS',
    ]);
    for (const formula of rendered) expect(formula).toContain(',$A$15:$C$21,');
    expect(cellOf(dashboard, 14, 0)?.value).toBe('Gebied');
    expect(cellOf(dashboard, 16, 1)?.formula).toBe('=IF($B$2="","",$B$2)');

    // Pickers warn (non-strict), colour scales 0–4, frozen header and names, table, chart, protection.
    const matrixPlan = planned.sheets.find((s) => s.name === SHEET_MATRIX)!;
    expect(matrix.validations).toHaveLength(matrixPlan.validations.length);
    expect(matrix.validations.every((v) => v.errorAlert.style === 'Warning' && v.rule.list.source)).toBe(true);
    expect(matrix.validations[0]!.rule.list.source).toBe(matrixPlan.validations[0]!.values.join(','));
    const scales = matrix.conditionalFormats.filter((f) => f.type === 'ColorScale');
    expect(scales).toHaveLength(matrixPlan.colourScales.length);
    expect((scales[0]!.settings['colorScale.criteria'] as any).minimum.formula).toBe('0');
    expect((scales[0]!.settings['colorScale.criteria'] as any).maximum.formula).toBe('4');
    expect(matrix.frozen).toEqual(matrixPlan.frozen);
    expect(matrix.tables.map((t) => t.name)).toEqual([SHEET_MATRIX]);
    expect(dashboard.charts).toHaveLength(1);
    expect(dashboard.conditionalFormats.filter((f) => f.type === 'CellValue')).toHaveLength(3);
    expect(sheet(excel.book, SHEET_PROFILE).protected).toBe(true);
  });

  it('injects again without losing a scan value, still in 3 syncs, replacing only its own sheets', async () => {
    const excel = fakeExcel();
    const bridge = new ExcelBridge(excel.run, 'nl-NL');
    await bridge.applyPlan(plan());
    const matrix = sheet(excel.book, SHEET_MATRIX);
    const header = gridOf(matrix)[0]!;
    const column = header.indexOf('ADV-V3');
    matrix.cells.set(`2,${column}`, { value: 3 });

    const existing = await bridge.readSheet(SHEET_MATRIX);
    const again = buildWorkbookPlan({
      profile: npuls,
      detail: 'competenties',
      lang: 'nl',
      names: [...NAMES, 'Nieuw'],
      existingMatrix: existing.grid,
    });
    await bridge.applyPlan(again);

    expect(excel.runs[excel.runs.length - 1]).toBeLessThanOrEqual(3);
    expect(excel.book.sheets.map((s) => s.name)).toEqual(['Blad1', SHEET_PROFILE, SHEET_MATRIX, SHEET_DASHBOARD]);
    expect(cellOf(sheet(excel.book, SHEET_MATRIX), 2, column)?.value).toBe(3);
    expect(cellOf(sheet(excel.book, SHEET_MATRIX), 4, 0)?.value).toBe('Nieuw');
    expect(sheet(excel.book, SHEET_MATRIX).tables).toHaveLength(1);
    expect(sheet(excel.book, SHEET_DASHBOARD).charts).toHaveLength(1);
  });

  it('checks before writing: a cell filled since planning refuses the plan and changes nothing', async () => {
    const excel = fakeExcel();
    const bridge = new ExcelBridge(excel.run, 'nl-NL');
    await bridge.applyPlan(plan());
    const existing = await bridge.readSheet(SHEET_MATRIX);
    const again = buildWorkbookPlan({
      profile: npuls,
      detail: 'competenties',
      lang: 'nl',
      names: ['Later'],
      existingMatrix: existing.grid,
    });
    sheet(excel.book, SHEET_MATRIX).cells.set('4,0', { value: 'Iemand anders' });
    const before = snapshot(excel.book);
    await expect(bridge.applyPlan(again)).rejects.toThrow(/Teammatrix.*A5/);
    expect(snapshot(excel.book)).toEqual(before);
  });

  it('rolls back when Excel rejects the write: old sheets intact, nothing added', async () => {
    const excel = fakeExcel();
    await new ExcelBridge(excel.run, 'nl-NL').applyPlan(plan());
    const before = snapshot(excel.book);
    const failing = fakeExcel(excel.book, (op) => op === 'chart');
    const again = buildWorkbookPlan({
      profile: npuls,
      detail: 'competenties',
      lang: 'nl',
      names: [...NAMES, 'Later'],
      existingMatrix: { values: gridOf(sheet(excel.book, SHEET_MATRIX)) },
    });
    expect(again.sheets.find((s) => s.name === SHEET_MATRIX)!.blocks.length).toBeGreaterThan(0);
    await expect(new ExcelBridge(failing.run, 'nl-NL').applyPlan(again)).rejects.toThrow();
    // A staging sheet was written before the failure, and is gone again.
    expect(failing.runs[0]).toBe(3);
    expect(snapshot(failing.book) === before).toBe(true);
  });

  it('leaves the workbook as it was when Excel rejects the write batch at any one of its commands', async () => {
    // Excel runs a batch in order and stops at the failing command; the ones before it have run (no
    // transaction). So every command of the write batch is made to fail in turn, on a first injection and on
    // an injection again into a matrix with scans. Before the first delete of an old sheet (the commit point)
    // the workbook must be as it was and the user told so; from there on the injection is finished instead.
    const scenarios: { name: string; book: () => FakeBook; plan: (book: FakeBook) => WorkbookPlan }[] = [
      {
        name: 'first injection',
        book: () => fakeExcel({ sheets: [emptySheet('Blad1')] }).book,
        plan: () => buildWorkbookPlan({ profile: npuls, detail: 'gebieden', lang: 'nl', names: ['Jan', 'Piet'] }),
      },
      {
        name: 'injection again',
        book: () => {
          const excel = fakeExcel();
          void new ExcelBridge(excel.run, 'nl-NL').applyPlan(
            buildWorkbookPlan({ profile: npuls, detail: 'gebieden', lang: 'nl', names: ['Jan', 'Piet'] }),
          );
          return excel.book;
        },
        plan: (book) =>
          buildWorkbookPlan({
            profile: npuls,
            detail: 'gebieden',
            lang: 'nl',
            names: ['Jan', 'Piet', 'Nieuw'],
            existingMatrix: { values: gridOf(sheet(book, SHEET_MATRIX)) },
          }),
      },
    ];
    for (const scenario of scenarios) {
      const base = scenario.book();
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (scenario.name === 'injection again') sheet(base, SHEET_MATRIX).cells.set('1,4', { value: 3 });
      const planned = scenario.plan(base);
      const before = fullSnapshot(base);
      const probe = fakeExcel(structuredClone(base));
      await new ExcelBridge(probe.run, 'nl-NL').applyPlan(planned);
      const after = fullSnapshot(probe.book);
      const commands = probe.batches[0]![2]!;
      expect(commands).toBeGreaterThan(20);
      const outcomes = new Set<string>();
      for (let op = 0; op < commands; op++) {
        const excel = fakeExcel(structuredClone(base), {
          failAt: (at) => at.run === 0 && at.sync === 3 && at.op === op,
        });
        const outcome = await new ExcelBridge(excel.run, 'nl-NL').applyPlan(planned).then(
          () => 'finished',
          (error: Error) => error.message,
        );
        const now = fullSnapshot(excel.book);
        if (outcome === 'finished') {
          expect([scenario.name, op, now]).toEqual([scenario.name, op, after]);
        } else {
          expect([scenario.name, op, outcome]).toEqual([scenario.name, op, expect.stringMatching(/teruggedraaid/)]);
          expect([scenario.name, op, now]).toEqual([scenario.name, op, before]);
        }
        outcomes.add(outcome === 'finished' ? 'finished' : 'restored');
      }
      expect([scenario.name, [...outcomes].sort()]).toEqual([
        scenario.name,
        scenario.name === 'first injection' ? ['restored'] : ['finished', 'restored'],
      ]);
    }
  });

  it('refuses a protected workbook structure before writing anything', async () => {
    const excel = fakeExcel({ structureProtected: true });
    const before = snapshot(excel.book);
    const refusal = await new ExcelBridge(excel.run, 'en-US').applyPlan(plan()).catch((error: unknown) => error);
    expect(refusal).toMatchObject({ name: 'AddinError', key: 'workbookProtected' });
    expect(errorText(refusal, 'en')).toMatch(/workbook structure/);
    expect(snapshot(excel.book)).toEqual(before);
  });

  it('renders formulas with the English names where Excel shows English names', async () => {
    const excel = fakeExcel();
    await new ExcelBridge(excel.run, 'en-GB').applyPlan(plan());
    const dashboard = sheet(excel.book, SHEET_DASHBOARD);
    const formulas = [...dashboard.cells.values()].flatMap((cell) => (cell.formula ? [cell.formula] : []));
    expect(formulas.some((formula) => formula.startsWith('=TEAMSCAN.COVERAGE('))).toBe(true);
  });
});
