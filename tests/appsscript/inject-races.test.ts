// Injection against a spreadsheet that changes or fails: stale plans are refused, a failure at any step undoes all.

import { rebuildError } from '../../appsscript/sidebar/client';
import { builtinProfileOrFail } from '../../shared/profiles/resolve';
import { buildWorkbookPlan } from '../../shared/workbook/build-plan';
import { SHEET_DASHBOARD, SHEET_MATRIX, SHEET_PROFILE, type WorkbookPlan } from '../../shared/workbook/plan';
import { columnOf } from './fake/edits';
import { SERVICE_ERROR } from './fake/faults';
import { type LoadedGas, loadGas } from './fake/load-gas';
import { callsOf } from './fake/services';
import { workbookState } from './fake/snapshot';

const profile = builtinProfileOrFail('npuls');

function planFor(loaded: LoadedGas | undefined, names: string[]): WorkbookPlan {
  const existing = loaded && (loaded.call('teamscanReadSheet', SHEET_MATRIX) as any).value;
  return buildWorkbookPlan({
    profile,
    detail: 'gebieden',
    lang: 'nl',
    names,
    ...(existing?.exists ? { existingMatrix: { values: existing.values } } : {}),
  });
}

/** A team that injected before, scanned, and keeps a sheet of its own between Teamscan's. */
function scannedTeam(): LoadedGas {
  const loaded = loadGas();
  expect(loaded.call('teamscanApplyPlan', planFor(undefined, ['Anna', 'Bert']), 'nl')).toEqual({
    ok: true,
    value: null,
  });
  const matrix = loaded.gas.spreadsheet.getSheetByName(SHEET_MATRIX)!;
  matrix.write(2, columnOf(matrix, 'Adviseur'), 3);
  matrix.write(3, columnOf(matrix, 'Coach'), "'Expert");
  loaded.gas.spreadsheet.insertSheet('Notities', 2).write(1, 1, "'eigen blad");
  loaded.gas.spreadsheet.sheets[0]!.activate();
  loaded.gas.log.length = 0;
  return loaded;
}

/** Deep equality of two workbook states; compared as JSON first, since a full matcher walk is slow. */
function expectSameState(actual: unknown, expected: unknown, context: object): void {
  if (JSON.stringify(actual) !== JSON.stringify(expected))
    expect({ ...context, actual }).toEqual({ ...context, actual: expected });
}

const apply = (loaded: LoadedGas, plan: WorkbookPlan): any => loaded.call('teamscanApplyPlan', plan, 'nl');

describe('injecting while someone works in the sheet', () => {
  it('refuses a plan whose first empty row got a name meanwhile, and writes nothing', () => {
    const loaded = scannedTeam();
    const plan = planFor(loaded, ['Anna', 'Bert', 'Chris']); // the inject view opens: Chris goes to row 4
    const matrix = loaded.gas.spreadsheet.getSheetByName(SHEET_MATRIX)!;
    matrix.write(4, 1, "'Dana"); // a colleague types a name into the first empty row
    const before = workbookState(loaded.gas.spreadsheet);
    const result = apply(loaded, plan);
    expect(result.ok).toBe(false);
    expect(result.message).toContain(`Blad ${SHEET_MATRIX} is veranderd`);
    expect(result.message).toContain('A4');
    expect(workbookState(loaded.gas.spreadsheet)).toEqual(before);
    expect(matrix.valueAt(4, 1)).toBe('Dana');
    for (const method of ['setValues', 'setFormulas', 'insertSheet'])
      expect(callsOf(loaded.gas, method)).toHaveLength(0);
    expect(loaded.gas.lock.held).toBe(false);
  });

  it('refuses a plan whose new column header cell got a formula meanwhile', () => {
    const loaded = scannedTeam();
    const plan = buildWorkbookPlan({
      profile,
      detail: 'kva',
      lang: 'nl',
      names: ['Anna'],
      existingMatrix: { values: (loaded.call('teamscanReadSheet', SHEET_MATRIX) as any).value.values },
    });
    const matrix = loaded.gas.spreadsheet.getSheetByName(SHEET_MATRIX)!;
    const firstNew = matrix.getLastColumn() + 1;
    matrix.write(1, firstNew, '=""'); // shows as empty, but is not
    const result = apply(loaded, plan);
    expect(result.ok).toBe(false);
    expect(result.message).toContain(`1`);
    expect(matrix.formulas.get(`1,${firstNew}`)).toBe('=""');
  });

  it('refuses a plan made from a Teammatrix that was renamed meanwhile, instead of starting half a new one', () => {
    const loaded = scannedTeam();
    const plan = planFor(loaded, ['Anna', 'Bert', 'Chris']);
    loaded.gas.spreadsheet.getSheetByName(SHEET_MATRIX)!.setName('Team 2025');
    const before = workbookState(loaded.gas.spreadsheet);
    const result = apply(loaded, plan);
    expect(result.ok).toBe(false);
    expect(rebuildError(result).message).toContain(SHEET_MATRIX);
    expect(workbookState(loaded.gas.spreadsheet)).toEqual(before);
  });

  it('never writes the gaps of a merge block, so a value there survives (and a rollback leaves it too)', () => {
    const loaded = scannedTeam();
    const matrix = loaded.gas.spreadsheet.getSheetByName(SHEET_MATRIX)!;
    matrix.write(6, 2, "'notitie");
    const base = planFor(loaded, ['Anna']);
    const plan: WorkbookPlan = {
      ...base,
      sheets: base.sheets.map((sheet) =>
        sheet.name === SHEET_MATRIX
          ? { ...sheet, blocks: [{ row: 5, column: 0, values: [['Eva', null, 'x']] }] }
          : sheet,
      ),
    };
    expect(apply(loaded, plan).ok).toBe(true);
    expect(matrix.rowValues(6, 3)).toEqual(['Eva', 'notitie', 'x']);
  });

  it('re-injects into a scanned team: scans kept, sheets replaced in their places, own sheet untouched', () => {
    const loaded = scannedTeam();
    const order = loaded.gas.spreadsheet.sheets.map((sheet) => sheet.name);
    expect(apply(loaded, planFor(loaded, ['Bert', 'Chris']))).toEqual({ ok: true, value: null });
    const ss = loaded.gas.spreadsheet;
    expect(ss.sheets.map((sheet) => sheet.name)).toEqual(order);
    const matrix = ss.getSheetByName(SHEET_MATRIX)!;
    expect([2, 3, 4].map((row) => matrix.valueAt(row, 1))).toEqual(['Anna', 'Bert', 'Chris']);
    expect([matrix.valueAt(2, columnOf(matrix, 'Adviseur')), matrix.valueAt(3, columnOf(matrix, 'Coach'))]).toEqual([
      3,
      'Expert',
    ]);
    expect(ss.getSheetByName('Notities')!.valueAt(1, 1)).toBe('eigen blad');
    expect(ss.getSheetByName(SHEET_DASHBOARD)!.formulas.size).toBeGreaterThan(0);
    expect(ss.getSheetByName(SHEET_PROFILE)!.protections).toHaveLength(1);
  });
});

describe('an injection that fails halfway', () => {
  it('undoes everything when a batched call fails as Sheets applies it, before any old sheet is deleted', () => {
    const loaded = scannedTeam();
    const plan = planFor(loaded, ['Bert', 'Chris']);
    const before = workbookState(loaded.gas.spreadsheet);
    loaded.gas.flushFailure = new Error(SERVICE_ERROR);
    expect(apply(loaded, plan)).toEqual({ ok: false, message: SERVICE_ERROR });
    expect(workbookState(loaded.gas.spreadsheet)).toEqual(before);
  });

  it('leaves the workbook exactly as it was, whichever of its calls fails', () => {
    // How many calls a successful re-injection makes, each of which may fail (a service error, a quota).
    const probe = scannedTeam();
    const plan = planFor(probe, ['Bert', 'Chris', 'Dana']);
    // Every run starts from the same scanned team, so one picture of it serves as "before" for all.
    const before = workbookState(probe.gas.spreadsheet);
    probe.gas.faults.calls = 0;
    const expectedAfter = (() => {
      expect(apply(probe, plan).ok).toBe(true);
      return workbookState(probe.gas.spreadsheet);
    })();
    const total = probe.gas.faults.calls;
    expect(total).toBeGreaterThan(30);

    const deletions: number[] = [];
    let failures = 0;
    for (let k = 1; k <= total; k++) {
      const loaded = scannedTeam();
      let failing = '';
      Object.assign(loaded.gas.faults, {
        calls: 0,
        failAt: k,
        beforeCall: (method: string, call: number) => {
          if (call === k) failing = method;
        },
      });
      const result = apply(loaded, plan);
      const after = workbookState(loaded.gas.spreadsheet);
      if (result.ok) {
        // Only past the point of no return (the first old sheet deleted) may a failing call still succeed:
        // deleting the second old sheet, or showing the Dekking sheet.
        expect(['deleteSheet', 'activate', 'getSheetByName']).toContain(failing);
        if (failing === 'deleteSheet') deletions.push(k);
        const leftover = after.filter((sheet) => sheet.name.endsWith(' (oud)'));
        expectSameState(
          after.filter((sheet) => !sheet.name.endsWith(' (oud)')),
          expectedAfter,
          { k, failing },
        );
        expect(leftover.length).toBeLessThanOrEqual(1);
      } else {
        failures++;
        expect({ k, failing, message: result.message }).toEqual({ k, failing, message: SERVICE_ERROR });
        expectSameState(after, before, { k, failing });
      }
      expect(loaded.gas.lock.held).toBe(false);
    }
    expect(deletions).toHaveLength(1);
    expect(failures).toBe(total - 3);
  }, 180_000);
});
