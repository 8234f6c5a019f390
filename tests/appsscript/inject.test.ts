// Injection through the built project's endpoint: batched writes, text stays text, formats, and all-or-nothing.

import { rebuildError } from '../../appsscript/sidebar/client';
import { builtinProfileOrFail } from '../../shared/profiles/resolve';
import { buildWorkbookPlan } from '../../shared/workbook/build-plan';
import { matrixReference, renderCustomFormula } from '../../shared/workbook/formula-text';
import {
  type CustomFormula,
  SHEET_DASHBOARD,
  SHEET_MATRIX,
  SHEET_PROFILE,
  type WorkbookPlan,
} from '../../shared/workbook/plan';
import { type LoadedGas, loadGas } from './fake/load-gas';
import { callsOf } from './fake/services';

const profile = builtinProfileOrFail('npuls');

function team(size: number): string[] {
  return Array.from({ length: size }, (_, i) => `Medewerker ${i + 1}`);
}

function inject(loaded: LoadedGas, names: string[], existingMatrix?: unknown[][]): { plan: WorkbookPlan; result: any } {
  const plan = buildWorkbookPlan({
    profile,
    detail: 'gebieden',
    lang: 'nl',
    names,
    ...(existingMatrix ? { existingMatrix: { values: existingMatrix as never } } : {}),
  });
  return { plan, result: loaded.call('teamscanApplyPlan', plan, 'nl') };
}

describe('applying an injection plan on SpreadsheetApp', () => {
  it('writes in the same small number of setValues calls for 5 and for 500 people', () => {
    const counts = [5, 500].map((size) => {
      const loaded = loadGas();
      const { result } = inject(loaded, team(size));
      expect(result).toEqual({ ok: true, value: null });
      const names = callsOf(loaded.gas, 'setValues', SHEET_MATRIX).find((call) => call.rows === size);
      expect(names).toBeDefined();
      return callsOf(loaded.gas, 'setValues').length;
    });
    expect(counts[0]).toBe(counts[1]);
    expect(counts[0]).toBeLessThanOrEqual(10);
  });

  it('writes the plan: headers, names as text, formulas, pickers, colours, frozen panes, chart, protection', () => {
    const loaded = loadGas();
    const { plan, result } = inject(loaded, ['Anna', '=1+1', "'quote", '007']);
    expect(result.ok).toBe(true);
    const ss = loaded.gas.spreadsheet;
    const matrix = ss.getSheetByName(SHEET_MATRIX)!;
    const matrixPlan = plan.sheets.find((s) => s.name === SHEET_MATRIX)!;
    const headers = matrixPlan.blocks.filter((b) => b.row === 0).flatMap((b) => b.values[0]);
    expect(matrix.rowValues(1, headers.length)).toEqual(headers);
    // A name is always text: "=1+1" is not a formula, "007" not a number, and an apostrophe survives.
    expect([2, 3, 4, 5].map((row) => matrix.valueAt(row, 1))).toEqual(['Anna', '=1+1', "'quote", '007']);
    expect(matrix.formulas.size).toBe(0);

    const dashboard = ss.getSheetByName(SHEET_DASHBOARD)!;
    const dashboardPlan = plan.sheets.find((s) => s.name === SHEET_DASHBOARD)!;
    const target = {
      host: 'sheets' as const,
      lang: 'nl' as const,
      matrix: matrixReference('sheets', plan.matrixRange),
    };
    for (const block of dashboardPlan.blocks) {
      block.values.forEach((row, r) => {
        row.forEach((cell, c) => {
          if (cell && typeof cell === 'object' && cell.formula.kind === 'custom') {
            const expected = renderCustomFormula(cell.formula as CustomFormula, target);
            expect(dashboard.formulas.get(`${block.row + r + 1},${block.column + c + 1}`)).toBe(expected);
          }
        });
      });
    }
    // Every formula of the plan is written (a run of formulas side by side in one setFormulas call).
    const planned = dashboardPlan.blocks.flatMap((block) =>
      block.values.flatMap((row) => row.filter((cell) => cell && typeof cell === 'object')),
    );
    expect(dashboard.formulas.size).toBe(planned.length);
    expect(callsOf(loaded.gas, 'setFormulas', SHEET_DASHBOARD).length).toBeLessThanOrEqual(planned.length);
    expect([...dashboard.formulas.values()].some((f) => f.startsWith('=DEKKING(Teammatrix!A1:'))).toBe(true);
    // DEKKING, HIATEN, SLEUTELPERSONEN and LEERKOPPELS read the norms table below DEKKING (A15:C21 for npuls),
    // whose cells follow B2 and B3 until a user types a norm of their own.
    const custom = [...dashboard.formulas.values()].filter((f) => /^=[A-Z]+\(Teammatrix!/.test(f));
    expect(custom.map((f) => f.slice(1, f.indexOf('(')))).toEqual(
      expect.arrayContaining(['DEKKING', 'HIATEN', 'SLEUTELPERSONEN', 'LEERKOPPELS']),
    );
    expect(custom).toHaveLength(4);
    for (const formula of custom) expect(formula).toContain(',$A$15:$C$21,');
    expect(dashboard.formulas.get('17,2')).toBe('=IF($B$2="","",$B$2)');
    expect(dashboard.formulas.get('17,3')).toBe('=IF($B$3="","",$B$3)');

    const validations = matrix.validations.map((v) => v.rule as Record<string, unknown>);
    expect(validations.length).toBeGreaterThan(0);
    expect(validations.every((rule) => rule.setAllowInvalid === false)).toBe(false);
    expect(validations.every((rule) => rule.setAllowInvalid === true)).toBe(true);
    const levels = matrixPlan.validations[0]!.values.map(String);
    expect(
      validations.some((rule) => JSON.stringify((rule.requireValueInList as unknown[])[0]) === JSON.stringify(levels)),
    ).toBe(true);

    const scale = matrix.rules.find((rule: any) => rule.setGradientMinpointWithValue) as any;
    expect([
      scale.setGradientMinpointWithValue[2],
      scale.setGradientMidpointWithValue[2],
      scale.setGradientMaxpointWithValue[2],
    ]).toEqual(['0', '2', '4']);
    expect(scale.ranges.length).toBe(matrixPlan.colourScales.length);
    const statuses = dashboard.rules.map((rule: any) => rule.whenTextEqualTo);
    expect(statuses).toEqual(['gedekt', 'kwetsbaar', 'gat']);

    expect([matrix.frozenRows, matrix.frozenColumns]).toEqual([matrixPlan.frozen!.rows, matrixPlan.frozen!.columns]);
    expect(dashboard.charts).toHaveLength(1);
    const profileSheet = ss.getSheetByName(SHEET_PROFILE)!;
    expect(profileSheet.protections).toEqual([expect.objectContaining({ warningOnly: true })]);
    expect(ss.getActiveSheet().name).toBe(plan.activate);
    expect(loaded.gas.lock).toEqual(expect.objectContaining({ acquired: 1, released: 1, held: false }));
  });

  it('keeps every scan when injecting again and adds only new people', () => {
    const loaded = loadGas();
    inject(loaded, ['Anna', 'Bert']);
    const matrix = loaded.gas.spreadsheet.getSheetByName(SHEET_MATRIX)!;
    const adviseur = matrix.rowValues(1).indexOf('Adviseur') + 1;
    matrix.write(2, adviseur, 3);
    matrix.write(3, adviseur, 'Expert');
    const before = (loaded.call('teamscanReadSheet', SHEET_MATRIX) as any).value.values;
    loaded.gas.log.length = 0;
    expect(inject(loaded, ['Bert', 'Chris'], before).result.ok).toBe(true);
    expect([matrix.valueAt(2, adviseur), matrix.valueAt(3, adviseur)]).toEqual([3, 'Expert']);
    expect([2, 3, 4].map((row) => matrix.valueAt(row, 1))).toEqual(['Anna', 'Bert', 'Chris']);
    const written = callsOf(loaded.gas, 'setValues', SHEET_MATRIX);
    expect(written.every((call) => call.row === 4)).toBe(true);
  });

  it('refuses a plan with a bad value before writing anything', () => {
    const loaded = loadGas();
    const plan = buildWorkbookPlan({ profile, detail: 'gebieden', lang: 'en', names: ['Anna'] });
    const broken = {
      ...plan,
      sheets: [{ ...plan.sheets[0]!, blocks: [{ row: 0, column: 0, values: [[Number.NaN]] }] }],
    };
    const result = loaded.call('teamscanApplyPlan', broken, 'en') as any;
    expect(result.ok).toBe(false);
    expect(rebuildError(result).message).toContain(`${plan.sheets[0]!.name}!A1`);
    expect(callsOf(loaded.gas, 'setValues')).toHaveLength(0);
    expect(loaded.gas.lock.acquired).toBe(0);
  });
});
