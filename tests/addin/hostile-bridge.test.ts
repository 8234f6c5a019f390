// The Excel bridge's entry points with arguments of any shape: the same checks as the Sheets endpoints
// (shared/host/validate.ts). A row write reaches only a team matrix, a snapshot is only of one; nothing is run.

import fc from 'fast-check';
import { ExcelBridge } from '../../addin/excel/bridge';
import type { RowWrite } from '../../shared/host/bridge';
import { LOG_SHEET } from '../../shared/host/change-log';
import { KeyedError } from '../../shared/i18n/keyed-error';
import { builtinProfileOrFail } from '../../shared/profiles/resolve';
import { buildWorkbookPlan } from '../../shared/workbook/build-plan';
import { fill } from './fake/user';
import { emptySheet, type FakeSheet, fakeExcel } from './fake-excel';
import { HEADER, teamSheet } from './team-sheet';

/** A workbook with every kind of sheet Teamscan keeps, each looking like a matrix (a header and Jan's row). */
function setUp() {
  const lookalike = (name: string): FakeSheet => fill(emptySheet(name), [HEADER, ['Jan', '', '', 2, '', '']]);
  const sheets = [teamSheet(), ...[LOG_SHEET, 'Scan 2026-12-01', 'Profiel', 'Dekking'].map(lookalike)];
  const excel = fakeExcel({ sheets });
  return { excel, bridge: new ExcelBridge(excel.run, 'nl-NL') };
}

function writeTo(sheet: string): RowWrite {
  return {
    sheet,
    headerRow: 1,
    row: 2,
    nameHeader: 'Naam',
    expectedName: 'Jan',
    cells: [{ header: 'ADV-K2', expected: null, value: 4 }],
  };
}

async function keyOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => {
      throw new Error('expected a refusal');
    },
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(KeyedError);
  expect((error as Error).message).not.toMatch(/undefined|Cannot read|TypeError/);
  return (error as KeyedError).key;
}

describe('the Excel bridge refuses what the Sheets endpoints refuse', () => {
  it.each([LOG_SHEET, 'Scan 2026-12-01', 'SCAN 2026-12-01', 'Profiel', 'Dekking'])(
    'writes no row to %s and runs nothing',
    async (sheet) => {
      const { excel, bridge } = setUp();
      expect(await keyOf(bridge.writeRow(writeTo(sheet)))).toBe('hostNotMatrixWrite');
      expect(excel.runs).toEqual([]);
    },
  );

  it.each([LOG_SHEET, 'Scan 2026-12-01', 'Profiel', 'Dekking'])('makes no snapshot of %s', async (sheet) => {
    const { excel, bridge } = setUp();
    expect(await keyOf(bridge.saveSnapshot({ sheet, date: '2026-12-02' }))).toBe('hostNotMatrixSnapshot');
    expect(excel.book.sheets).toHaveLength(5);
  });

  it('still saves to the team matrix', async () => {
    const { bridge } = setUp();
    await expect(bridge.writeRow(writeTo('Teammatrix'))).resolves.toBeUndefined();
  });

  it.each([
    ['a row beyond Excel', { ...writeTo('Teammatrix'), row: 1_048_577 }, 'hostBadRow'],
    ['a fractional row', { ...writeTo('Teammatrix'), row: 2.5 }, 'hostBadRow'],
    ['no cells', { ...writeTo('Teammatrix'), cells: null }, 'hostBadRowValue'],
    [
      'an object value',
      { ...writeTo('Teammatrix'), cells: [{ header: 'Rol', expected: null, value: [] }] },
      'hostBadRowValue',
    ],
    ['no sheet', { ...writeTo('Teammatrix'), sheet: 7 }, 'hostBadSheet'],
  ])('refuses a row write with %s', async (_what, write, key) => {
    const { excel, bridge } = setUp();
    expect(await keyOf(bridge.writeRow(write as unknown as RowWrite))).toBe(key);
    expect(excel.runs).toEqual([]);
  });

  it('refuses a malformed plan by path, a bad selection, formula or report, before any Excel.run', async () => {
    const { excel, bridge } = setUp();
    const plan = buildWorkbookPlan({ profile: builtinProfileOrFail('npuls'), detail: 'gebieden', lang: 'nl' });
    expect(await keyOf(bridge.applyPlan({ ...plan, sheets: undefined } as never))).toBe('hostBadPlan');
    expect(await keyOf(bridge.applyPlan({ ...plan, matrixRange: { row: -1 } } as never))).toBe('hostBadPlan');
    expect(await keyOf(bridge.selectRow('Teammatrix', 0))).toBe('hostBadRow');
    expect(await keyOf(bridge.selectRow('Teammatrix', 2, 16_385))).toBe('hostBadColumn');
    expect(await keyOf(bridge.selectRow('x'.repeat(101), 2))).toBe('hostBadSheet');
    expect(await keyOf(bridge.readSheet(null as never))).toBe('hostBadSheet');
    expect(await keyOf(bridge.insertFormula('SOM(A1)'))).toBe('hostBadFormula');
    expect(await keyOf(bridge.openReport({ html: 42, title: 'x' } as never))).toBe('hostBadReport');
    expect(excel.runs).toEqual([]);
  });

  it('answers random arguments with a keyed refusal, never a TypeError, and writes nothing', async () => {
    const { excel, bridge } = setUp();
    const before = JSON.stringify(excel.book.sheets.map((sheet) => [...sheet.cells]));
    await fc.assert(
      fc.asyncProperty(fc.anything({ maxDepth: 3 }), fc.anything({ maxDepth: 2 }), async (first, second) => {
        for (const call of [
          () => bridge.writeRow(first as RowWrite),
          () => bridge.applyPlan(first as never),
          () => bridge.saveSnapshot(first as never),
          () => bridge.selectRow(first as string, second as number),
        ]) {
          await call().then(
            () => undefined,
            (error: unknown) => {
              // A sheet that does not exist is Excel's own answer (ItemNotFound); anything else is keyed.
              if (!(error instanceof KeyedError)) expect(String((error as Error).message)).toMatch(/ItemNotFound/);
              expect(String((error as Error).message)).not.toMatch(/Cannot read|TypeError|undefined/);
            },
          );
        }
      }),
      { numRuns: 150 },
    );
    expect(JSON.stringify(excel.book.sheets.map((sheet) => [...sheet.cells]))).toBe(before);
  });
});
