// The sidebar endpoints called as any editor of the spreadsheet could call them: with any sheet and any arguments.
// A row write reaches only a team matrix, a snapshot is only of one, and every other argument is refused by key.

import fc from 'fast-check';
import { ENDPOINTS } from '../../appsscript/api';
import type { RowWrite } from '../../shared/host/bridge';
import { LOG_SHEET } from '../../shared/host/change-log';
import { builtinProfileOrFail } from '../../shared/profiles/resolve';
import { buildWorkbookPlan } from '../../shared/workbook/build-plan';
import { SHEET_DASHBOARD, SHEET_MATRIX, SHEET_PROFILE } from '../../shared/workbook/plan';
import { type LoadedGas, loadGas } from './fake/load-gas';
import { callsOf } from './fake/services';
import { workbookState } from './fake/snapshot';
import { loadForm, save } from './row-form';

function scanned(): LoadedGas {
  const loaded = loadGas();
  const plan = buildWorkbookPlan({
    profile: builtinProfileOrFail('npuls'),
    detail: 'gebieden',
    lang: 'nl',
    names: ['Anna', 'Bert'],
  });
  expect(loaded.call(ENDPOINTS.applyPlan, plan, 'nl')).toEqual({ ok: true, value: null });
  // A save (which makes the log) and a snapshot: every kind of sheet Teamscan keeps is there.
  expect(save(loaded, loadForm(loaded).write(2, { Adviseur: 3 })).ok).toBe(true);
  expect(loaded.call(ENDPOINTS.saveSnapshot, { sheet: SHEET_MATRIX, date: '2026-12-01' }, 'nl')).toEqual({
    ok: true,
    value: 'Scan 2026-12-01',
  });
  loaded.gas.log.length = 0;
  return loaded;
}

/** A write of one cell to `sheet`, otherwise a valid save of Anna's row. */
function writeTo(sheet: string): RowWrite {
  return {
    sheet,
    headerRow: 1,
    row: 2,
    nameHeader: 'Naam',
    expectedName: 'Anna',
    cells: [{ header: 'Coach', expected: null, value: 4 }],
  };
}

/** Every answer of a refused call: keyed, in Dutch, never a raw runtime message. */
function expectRefused(answer: unknown, key: string): void {
  expect(answer).toEqual(expect.objectContaining({ ok: false, source: 'core', key }));
  expect((answer as { message: string }).message).not.toMatch(/undefined|Cannot read|TypeError/);
}

describe('a row write reaches only a team matrix', () => {
  const loaded = scanned();
  it.each([LOG_SHEET, 'Scan 2026-12-01', 'scan 2026-12-01', SHEET_PROFILE, SHEET_DASHBOARD, ' dekking '])(
    'refuses %s before the lock, writing nothing',
    (sheet) => {
      const before = workbookState(loaded.gas.spreadsheet);
      const acquired = loaded.gas.lock.acquired;
      const answer = loaded.call(ENDPOINTS.writeRow, writeTo(sheet), 'nl');
      expectRefused(answer, 'hostNotMatrixWrite');
      expect((answer as { message: string }).message).toContain(`"${sheet}"`);
      expect(loaded.gas.lock.acquired).toBe(acquired);
      expect(workbookState(loaded.gas.spreadsheet)).toEqual(before);
    },
  );

  it.each([
    ['no write at all', null, 'hostBadSheet'],
    ['a sheet name over 100 characters', { ...writeTo('x'.repeat(101)) }, 'hostBadSheet'],
    ['a fractional row', { ...writeTo(SHEET_MATRIX), row: 2.5 }, 'hostBadRow'],
    ['a row beyond any sheet', { ...writeTo(SHEET_MATRIX), row: 2e7 }, 'hostBadRow'],
    ['the header row', { ...writeTo(SHEET_MATRIX), row: 1 }, 'hostBadRow'],
    ['a row as text', { ...writeTo(SHEET_MATRIX), row: '2' }, 'hostBadRow'],
    ['cells that are no list', { ...writeTo(SHEET_MATRIX), cells: 'Coach' }, 'hostBadRowValue'],
    ['a cell that is no object', { ...writeTo(SHEET_MATRIX), cells: [7] }, 'hostBadRowValue'],
    [
      'a value that is an object',
      { ...writeTo(SHEET_MATRIX), cells: [{ header: 'Coach', expected: null, value: {} }] },
      'hostBadRowValue',
    ],
    [
      "a text over a cell's limit",
      { ...writeTo(SHEET_MATRIX), cells: [{ header: 'Coach', expected: null, value: 'x'.repeat(40_000) }] },
      'hostBadRowValue',
    ],
    [
      '1,001 cells',
      {
        ...writeTo(SHEET_MATRIX),
        cells: Array.from({ length: 1001 }, () => ({ header: 'Coach', expected: null, value: 1 })),
      },
      'hostTooManyCells',
    ],
  ])('refuses %s with a keyed error, writing nothing', (_what, write, key) => {
    const before = workbookState(loaded.gas.spreadsheet);
    expectRefused(loaded.call(ENDPOINTS.writeRow, write, 'nl'), key);
    expect(workbookState(loaded.gas.spreadsheet)).toEqual(before);
  });
});

describe('a snapshot renamed by hand', () => {
  it('is still refused as a target of a row write, by its protection', () => {
    const loaded = scanned();
    loaded.gas.spreadsheet.getSheetByName('Scan 2026-12-01')!.setName('Vorig jaar');
    const before = workbookState(loaded.gas.spreadsheet);
    expectRefused(loaded.call(ENDPOINTS.writeRow, writeTo('Vorig jaar'), 'nl'), 'hostNotMatrixWrite');
    expect(workbookState(loaded.gas.spreadsheet)).toEqual(before);
  });
});

describe('a snapshot is only of a team matrix', () => {
  const loaded = scanned();
  it.each([LOG_SHEET, 'Scan 2026-12-01', SHEET_PROFILE, SHEET_DASHBOARD])(
    'refuses one of %s, adding no sheet',
    (sheet) => {
      const names = loaded.gas.spreadsheet.sheets.map((s) => s.name);
      expectRefused(loaded.call(ENDPOINTS.saveSnapshot, { sheet, date: '2026-12-02' }, 'nl'), 'hostNotMatrixSnapshot');
      expect(loaded.gas.spreadsheet.sheets.map((s) => s.name)).toEqual(names);
    },
  );
});

describe('every other endpoint checks its arguments', () => {
  const loaded = scanned();
  const plan = () =>
    JSON.parse(
      JSON.stringify(
        buildWorkbookPlan({ profile: builtinProfileOrFail('npuls'), detail: 'gebieden', lang: 'nl', names: ['Anna'] }),
      ),
    );

  it.each([
    ['no plan', () => null],
    ['a plan without sheets', () => ({ ...plan(), sheets: undefined })],
    ['a sheet without blocks', () => ({ ...plan(), sheets: [{ ...plan().sheets[0], blocks: undefined }] })],
    [
      'a negative block row',
      () => ({ ...plan(), sheets: [{ ...plan().sheets[0], blocks: [{ row: -1, column: 0, values: [['x']] }] }] }),
    ],
    [
      'a block row as text',
      () => ({ ...plan(), sheets: [{ ...plan().sheets[0], blocks: [{ row: '1', column: 0, values: [['x']] }] }] }),
    ],
    [
      'a formula cell of no known kind',
      () => ({
        ...plan(),
        sheets: [{ ...plan().sheets[0], blocks: [{ row: 0, column: 0, values: [[{ formula: { kind: 'x' } }]] }] }],
      }),
    ],
    ['a thousand sheets', () => ({ ...plan(), sheets: Array.from({ length: 1000 }, () => plan().sheets[0]) })],
    [
      'a matrix range beyond any sheet',
      () => ({ ...plan(), matrixRange: { row: 0, column: 0, rows: 2e7, columns: 3 } }),
    ],
  ])('applyPlan refuses %s by path, before the lock', (_what, make) => {
    const acquired = loaded.gas.lock.acquired;
    const answer = loaded.call(ENDPOINTS.applyPlan, make(), 'nl');
    expect(answer).toEqual(expect.objectContaining({ ok: false, source: 'core' }));
    expect(['hostBadPlan', 'hostBadSheet']).toContain((answer as { key: string }).key);
    expect((answer as { message: string }).message).not.toMatch(/undefined|Cannot read/);
    expect(loaded.gas.lock.acquired).toBe(acquired);
  });

  it('selectRow, readSheet, insertFormula and openReport refuse arguments of another shape or size', () => {
    expectRefused(loaded.call(ENDPOINTS.selectRow, 42, 2, null), 'hostBadSheet');
    expectRefused(loaded.call(ENDPOINTS.selectRow, SHEET_MATRIX, 0, null), 'hostBadRow');
    expectRefused(loaded.call(ENDPOINTS.selectRow, SHEET_MATRIX, '3', null), 'hostBadRow');
    expectRefused(loaded.call(ENDPOINTS.readSheet, { name: SHEET_MATRIX }, false), 'hostBadSheet');
    expectRefused(loaded.call(ENDPOINTS.readSheet, 'x'.repeat(101), false), 'hostBadSheet');
    expectRefused(loaded.call(ENDPOINTS.insertFormula, 42, 'nl'), 'hostBadFormula');
    expectRefused(loaded.call(ENDPOINTS.insertFormula, '=', 'nl'), 'hostBadFormula');
    expectRefused(loaded.call(ENDPOINTS.insertFormula, '=  ', 'nl'), 'hostBadFormula');
    expectRefused(loaded.call(ENDPOINTS.insertFormula, `=${'1+'.repeat(5000)}1`, 'nl'), 'hostBadFormula');
    expectRefused(loaded.call(ENDPOINTS.openReport, { html: '<p>' }, 'Rapport'), 'hostBadReport');
    expectRefused(loaded.call(ENDPOINTS.openReport, '<p>x</p>', 'x'.repeat(201)), 'hostBadReport');
    // An empty page is a keyed refusal too, not the dialog's own unkeyed error (found by the property below).
    expectRefused(loaded.call(ENDPOINTS.openReport, '', ''), 'hostBadReport');
    expectRefused(loaded.call(ENDPOINTS.openReport, ' \n ', 'Rapport'), 'hostBadReport');
    expect(loaded.gas.ui.dialogs).toEqual([]);
    expect(callsOf(loaded.gas, 'setFormula')).toEqual([]);
  });

  it('answers any value for any argument with ok or a keyed refusal, and writes nothing but what it may', () => {
    const writers = [ENDPOINTS.writeRow, ENDPOINTS.applyPlan, ENDPOINTS.saveSnapshot, ENDPOINTS.insertFormula];
    const others = [ENDPOINTS.readSheet, ENDPOINTS.selectRow, ENDPOINTS.openReport];
    const before = workbookState(loaded.gas.spreadsheet);
    fc.assert(
      fc.property(
        fc.constantFrom(...writers, ...others),
        fc.array(fc.anything({ maxDepth: 3 }), { maxLength: 3 }),
        (endpoint, args) => {
          // A string "=…" with a body is a well-formed formula to insert, not a hostile argument.
          const [first] = args;
          const formula = typeof first === 'string' && first.startsWith('=') && first.slice(1).trim() !== '';
          fc.pre(!(endpoint === ENDPOINTS.insertFormula && formula));
          const answer = loaded.call(endpoint, ...args) as { ok: boolean; key?: string; message?: string };
          if (!answer.ok) {
            expect(answer.key).toEqual(expect.any(String));
            expect(answer.message).not.toMatch(/undefined|Cannot read|TypeError/);
          }
          // Random arguments never make a valid write of anything.
          if (writers.includes(endpoint)) expect(answer.ok).toBe(false);
        },
      ),
      { numRuns: 300 },
    );
    expect(workbookState(loaded.gas.spreadsheet)).toEqual(before);
  });
});
