// Excel: re-injection keeps what a user typed on Profiel and Dekking (docs/design.md#7-the-injected-workbook), refuses when a colleague typed
// there after the panel read it, and stays all or nothing with the carried cells in the batch.

import { ExcelBridge } from '../../addin/excel/bridge';
import { DATE_FORMAT } from '../../addin/excel/styles';
import { TeamscanError } from '../../shared/i18n/message';
import { findBuiltinProfile } from '../../shared/profiles/builtins';
import { SHEET_DASHBOARD, SHEET_PROFILE } from '../../shared/workbook/plan';
import { carriedCells, type Injection, panelPlan } from '../workbook/carry-helpers';
import { sheetNamed, typeInto } from './fake/user';
import { cellOf, type FakeBook, fakeExcel } from './fake-excel';

const FIRST: Injection = {
  profile: findBuiltinProfile('npuls')!,
  detail: 'gebieden',
  lang: 'nl',
  names: ['Anna', 'Bram', 'Chris'],
};
const AGAIN: Injection = { ...FIRST, detail: 'competenties', names: [] };
/** A row of Profiel below the npuls table (header at row 6, 6 areas and 127 items under it). */
const BELOW_TABLE = 150;

/** Everything an injection may change, formats of the new sheets aside (as in apply-plan.test.ts). */
function contents(book: FakeBook): unknown {
  return book.sheets.map((sheet) => ({
    name: sheet.name,
    cells: [...sheet.cells.entries()]
      .filter(([, cell]) => cell.value !== '')
      .map(([at, cell]) => [at, cell.value, cell.formula])
      .sort(([a], [b]) => String(a).localeCompare(String(b))),
  }));
}

/** An injected workbook where the team lead added a note, a formula and a date on Dekking and a note on Profiel. */
async function editedWorkbook() {
  const excel = fakeExcel();
  const bridge = new ExcelBridge(excel.run, 'nl-NL');
  await bridge.applyPlan(await panelPlan(bridge, FIRST));
  const dekking = sheetNamed(excel.book, SHEET_DASHBOARD);
  typeInto(dekking, 2, 12, 'let op: Bram met verlof');
  // What Excel holds for a typed formula: its text and its result (the fake computes none).
  dekking.cells.set('3,12', { value: 5, formula: '=SUM(B2:B3)' });
  dekking.cells.set('4,12', { value: 45_691.375, numberFormat: 'd-m-yyyy' });
  typeInto(sheetNamed(excel.book, SHEET_PROFILE), BELOW_TABLE, 0, 'eigen aantekening onder de tabel');
  return { excel, bridge };
}

describe('Excel re-injection keeps the user’s own cells', () => {
  it('keeps a note in Dekking!M3, =SUM(B2:B3) in M4, a date and a note below the Profiel table at another detail', async () => {
    const { excel, bridge } = await editedWorkbook();
    const plan = await panelPlan(bridge, AGAIN, FIRST);
    expect(carriedCells(plan).map((cell) => `${cell.sheet}!${cell.row},${cell.column}`)).toEqual([
      `Profiel!${BELOW_TABLE},0`,
      'Dekking!2,12',
      'Dekking!3,12',
      'Dekking!4,12',
    ]);
    const runs = excel.runs.length;
    await bridge.applyPlan(plan);
    expect(excel.runs[runs]).toBeLessThanOrEqual(3);
    const dekking = sheetNamed(excel.book, SHEET_DASHBOARD);
    // The note is text (formatted "@" before its value arrives), the formula a formula, the date a date.
    expect(cellOf(dekking, 2, 12)).toEqual({ value: 'let op: Bram met verlof', numberFormat: '@' });
    expect(cellOf(dekking, 3, 12)?.formula).toBe('=SUM(B2:B3)');
    expect(cellOf(dekking, 4, 12)).toMatchObject({ numberFormat: DATE_FORMAT });
    expect(cellOf(dekking, 4, 12)?.value).toBeCloseTo(45_691.375, 6);
    expect(cellOf(sheetNamed(excel.book, SHEET_PROFILE), BELOW_TABLE, 0)?.value).toBe(
      'eigen aantekening onder de tabel',
    );
    // Once more at the first detail: still there, and only those four are the user's.
    const back = await panelPlan(bridge, FIRST, AGAIN);
    expect(carriedCells(back)).toHaveLength(4);
  });

  it('keeps typed norms B17=4, B19=3, C21=5 in their areas’ rows (adding a name, then in English at item detail)', async () => {
    const excel = fakeExcel();
    const bridge = new ExcelBridge(excel.run, 'nl-NL');
    await bridge.applyPlan(await panelPlan(bridge, FIRST));
    const dekking = () => sheetNamed(excel.book, SHEET_DASHBOARD);
    // What Excel reads back from a formula cell: its formula text (the plan's default for every norm).
    expect(cellOf(dekking(), 16, 1)?.formula).toBe('=IF($B$2="","",$B$2)');
    typeInto(dekking(), 16, 1, 4);
    typeInto(dekking(), 18, 1, 3);
    typeInto(dekking(), 20, 2, 5);
    for (const next of [
      { ...FIRST, names: ['Dewi'] },
      { ...AGAIN, lang: 'en' as const },
    ]) {
      await bridge.applyPlan(await panelPlan(bridge, next, FIRST));
      expect(
        [cellOf(dekking(), 16, 1), cellOf(dekking(), 18, 1), cellOf(dekking(), 20, 2)].map((c) => c?.value),
      ).toEqual([4, 3, 5]);
      expect(cellOf(dekking(), 16, 1)?.formula).toBeUndefined();
      expect(cellOf(dekking(), 17, 1)?.formula).toBe('=IF($B$2="","",$B$2)');
      for (const row of [16, 18, 20]) expect(cellOf(dekking(), row, 19)?.value ?? null).toBeNull();
    }
  });

  it('carries nothing when nobody edited the sheets', async () => {
    const excel = fakeExcel();
    const bridge = new ExcelBridge(excel.run, 'nl-NL');
    await bridge.applyPlan(await panelPlan(bridge, FIRST));
    for (const next of [AGAIN, { ...FIRST, lang: 'en' as const }, FIRST]) {
      const plan = await panelPlan(bridge, next, FIRST);
      expect(carriedCells(plan)).toEqual([]);
    }
  });

  it.each([1, 2])(
    'refuses when a colleague types on Dekking between the read and sync %i of the injection, writing nothing',
    async (sync) => {
      const { excel } = await editedWorkbook();
      const reader = new ExcelBridge(excel.run, 'nl-NL');
      const plan = await panelPlan(reader, AGAIN, FIRST);
      const before = contents(excel.book);
      const applyRun = excel.batches.length;
      const racing = fakeExcel(excel.book, {
        beforeSync: ({ run, sync: at }) => {
          if (run === 0 && at === sync) typeInto(sheetNamed(excel.book, SHEET_DASHBOARD), 9, 12, 'net getypt');
        },
      });
      const refusal = await new ExcelBridge(racing.run, 'nl-NL').applyPlan(plan).catch((error: unknown) => error);
      expect(refusal).toBeInstanceOf(TeamscanError);
      expect((refusal as Error).message).toMatch(/Dekking.*M10/);
      expect(applyRun).toBeGreaterThan(0);
      const after = contents(excel.book) as { name: string; cells: unknown[] }[];
      // Only the colleague's cell is new; the injection wrote nothing.
      const dekking = after.find((s) => s.name === SHEET_DASHBOARD)!;
      expect(dekking.cells).toContainEqual(['9,12', 'net getypt', undefined]);
      typeInto(sheetNamed(excel.book, SHEET_DASHBOARD), 9, 12, null);
      expect(contents(excel.book)).toEqual(before);
    },
  );

  it('refuses when a colleague changed a carried cell since the read', async () => {
    const { excel, bridge } = await editedWorkbook();
    const plan = await panelPlan(bridge, AGAIN, FIRST);
    typeInto(sheetNamed(excel.book, SHEET_DASHBOARD), 2, 12, 'Bram is terug');
    await expect(bridge.applyPlan(plan)).rejects.toThrow(/Dekking.*M3/);
  });

  it('with carried cells, a failure at any command of the write batch leaves the workbook as it was, or done', async () => {
    const { excel, bridge } = await editedWorkbook();
    // At the same detail (a competenties batch has thousands of commands; the carried block is the same).
    const plan = await panelPlan(bridge, { ...FIRST, names: [] }, FIRST);
    expect(carriedCells(plan)).toHaveLength(4);
    const base = structuredClone(excel.book);
    const before = contents(base);
    const probe = fakeExcel(structuredClone(base));
    await new ExcelBridge(probe.run, 'nl-NL').applyPlan(plan);
    const after = contents(probe.book);
    const commands = probe.batches[0]![2]!;
    const outcomes = new Set<string>();
    for (let op = 0; op < commands; op++) {
      const run = fakeExcel(structuredClone(base), { failAt: (at) => at.run === 0 && at.sync === 3 && at.op === op });
      const outcome = await new ExcelBridge(run.run, 'nl-NL').applyPlan(plan).then(
        () => 'finished',
        () => 'restored',
      );
      expect([op, contents(run.book)]).toEqual([op, outcome === 'finished' ? after : before]);
      outcomes.add(outcome);
    }
    expect([...outcomes].sort()).toEqual(['finished', 'restored']);
  });
});
