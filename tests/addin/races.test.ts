// What a real team does to the workbook while a Teamscan panel is open, interleaved step by step with the add-in's
// Excel.run batches. The fake follows the Office.js documentation (tests/addin/fake/): commands queue until
// context.sync() and run there in order; anything people do in the grid lands between two syncs.

import { ExcelBridge } from '../../addin/excel/bridge';
import { isWriteConflict } from '../../shared/host/row-write';
import { findBuiltinProfile } from '../../shared/profiles/builtins';
import { errorText } from '../../shared/ui/i18n';
import { buildWorkbookPlan } from '../../shared/workbook/build-plan';
import { deleteColumn, insertColumn, sortRows, typeInto, valuesOf } from './fake/user';
import { cellOf, type FakeSheet, fakeExcel } from './fake-excel';
import { openForm, teamSheet } from './team-sheet';

/** The error a promise rejected with (the test fails if it resolved). */
async function failureOf(promise: Promise<unknown>): Promise<any> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a refusal');
}

const snapshot = (sheet: FakeSheet) => JSON.stringify(valuesOf(sheet));

/**
 * Lets the syncs of named Excel.run calls reach the workbook in a given order ("A1 B1 A2 B2": A's first sync,
 * then B's first, …). `runs` names the runs by their index.
 */
function inOrder(order: readonly string[], runs: () => Record<number, string>, seen: string[]) {
  let done = 0;
  const waiting: (() => void)[] = [];
  return async ({ run, sync }: { run: number; sync: number }) => {
    const label = `${runs()[run] ?? '?'}${sync}`;
    const step = order.indexOf(label);
    if (step < 0) return;
    while (done < step) await new Promise<void>((resolve) => waiting.push(resolve));
    done++;
    seen.push(label);
    // This batch runs as soon as the hook returns; wake the others after it has.
    setTimeout(() => {
      for (const wake of waiting.splice(0)) wake();
    }, 0);
  };
}

describe('two members saving at once', () => {
  it('both saves land, each in its own row, whichever way their syncs interleave', async () => {
    // Each Excel.run is its own sequence of batches (docs: application-specific API model, run and sync) and
    // Excel holds no lock between them: every order below is one Excel allows.
    for (const order of ['A1 B1 A2 B2', 'A1 B1 B2 A2', 'B1 A1 A2 B2', 'A1 A2 B1 B2']) {
      const sheet = teamSheet();
      let names: Record<number, string> = {};
      const seen: string[] = [];
      const excel = fakeExcel({ sheets: [sheet] }, { beforeSync: inOrder(order.split(' '), () => names, seen) });
      const bridge = new ExcelBridge(excel.run, 'nl-NL');
      const jan = await openForm(bridge, 'Jan');
      const piet = await openForm(bridge, 'Piet');
      const base = excel.batches.length;
      names = { [base]: 'A', [base + 1]: 'B' };
      await Promise.all([jan.save({ 'ADV-K1': 4, Rol: 'coach' }), piet.save({ 'ADV-K1': 0, 'ADV-K2': null })]);
      expect(seen.join(' ')).toBe(order);
      const rows = valuesOf(sheet)
        .slice(1, 3)
        .map((row) => [row[0], row[1], row[3], row[4]]);
      expect([order, rows]).toEqual([
        order,
        [
          ['Jan', 'coach', 4, null],
          ['Piet', null, 0, null],
        ],
      ]);
      expect(typeof cellOf(sheet, 1, 2)?.value).toBe('number');
      expect(typeof cellOf(sheet, 2, 2)?.value).toBe('number');
    }
  });

  it('the same person saved from two panels: the second save is refused (cellChanged), the first stays', async () => {
    const sheet = teamSheet();
    const bridge = new ExcelBridge(fakeExcel({ sheets: [sheet] }).run, 'nl-NL');
    const mine = await openForm(bridge, 'Jan');
    const theirs = await openForm(bridge, 'Jan');
    await theirs.save({ 'ADV-K1': 3 });
    const error = await failureOf(mine.save({ 'ADV-K1': 1 }));
    expect(error.detail.key).toBe('cellChanged');
    expect(cellOf(sheet, 1, 3)?.value).toBe(3);
  });
});

describe('the grid changes while the scan panel is open', () => {
  it('a row sorted after the form loaded: refused (rowChanged), nothing written', async () => {
    const sheet = teamSheet();
    const bridge = new ExcelBridge(fakeExcel({ sheets: [sheet] }).run, 'nl-NL');
    const form = await openForm(bridge, 'Piet');
    sortRows(sheet, 0);
    const before = snapshot(sheet);
    const error = await failureOf(form.save({ 'ADV-K1': 2 }));
    expect(error.detail.key).toBe('rowChanged');
    expect(isWriteConflict(error)).toBe(true);
    expect(snapshot(sheet)).toBe(before);
  });

  it('a column inserted: the save lands in the right columns, found by header', async () => {
    const sheet = teamSheet();
    const bridge = new ExcelBridge(fakeExcel({ sheets: [sheet] }).run, 'nl-NL');
    const form = await openForm(bridge, 'Jan');
    insertColumn(sheet, 1, 'E-mail');
    typeInto(sheet, 1, 1, 'jan@school.nl');
    await form.save({ Rol: 'coach', 'ADV-K2': 3 });
    const [header, jan] = valuesOf(sheet);
    expect(jan![header!.indexOf('Rol')]).toBe('coach');
    expect(jan![header!.indexOf('ADV-K2')]).toBe(3);
    expect(jan![header!.indexOf('E-mail')]).toBe('jan@school.nl');
    expect(typeof jan![header!.indexOf('Bijgewerkt')]).toBe('number');
  });

  it('"Rol" deleted: the levels still land under their own headers and the date under Bijgewerkt', async () => {
    const sheet = teamSheet();
    const bridge = new ExcelBridge(fakeExcel({ sheets: [sheet] }).run, 'nl-NL');
    const form = await openForm(bridge, 'Piet');
    deleteColumn(sheet, 1);
    await form.save({ 'ADV-K1': 4, 'ADV-K2': 0 });
    const [header, , piet] = valuesOf(sheet);
    expect(header).toEqual(['Naam', 'Bijgewerkt', 'ADV-K1', 'ADV-K2', 'Buddy']);
    expect(piet!.slice(2, 4)).toEqual([4, 0]);
    expect(typeof piet![1]).toBe('number');
  });

  it('the competency column being saved deleted: refused (columnMissing), nothing written', async () => {
    const sheet = teamSheet();
    const bridge = new ExcelBridge(fakeExcel({ sheets: [sheet] }).run, 'en-US');
    const form = await openForm(bridge, 'Jan');
    deleteColumn(sheet, 4);
    const before = snapshot(sheet);
    const error = await failureOf(form.save({ 'ADV-K1': 3, 'ADV-K2': 2 }));
    expect(error.detail.key).toBe('columnMissing');
    expect(error.localized('en')).toContain('"ADV-K2"');
    expect(snapshot(sheet)).toBe(before);
  });

  it('a colleague typed into a cell the save changes: refused (cellChanged), nothing written', async () => {
    const sheet = teamSheet();
    const bridge = new ExcelBridge(fakeExcel({ sheets: [sheet] }).run, 'nl-NL');
    const form = await openForm(bridge, 'Jan');
    typeInto(sheet, 1, 3, 3);
    const before = snapshot(sheet);
    const error = await failureOf(form.save({ 'ADV-K1': 4, Rol: 'coach' }));
    expect(error.detail.key).toBe('cellChanged');
    expect(error.localized('nl')).toMatch(/D2 \(ADV-K1\): 2 → 3/);
    expect(snapshot(sheet)).toBe(before);
  });

  it('a colleague typed into another cell of the row: the save lands and keeps the colleague’s value', async () => {
    const sheet = teamSheet();
    const bridge = new ExcelBridge(fakeExcel({ sheets: [sheet] }).run, 'nl-NL');
    const form = await openForm(bridge, 'Jan');
    typeInto(sheet, 1, 4, 1);
    await form.save({ 'ADV-K1': 4 });
    expect(valuesOf(sheet)[1]!.slice(3, 5)).toEqual([4, 1]);
  });

  it('the sheet renamed: a clear error, nothing written', async () => {
    const sheet = teamSheet();
    const bridge = new ExcelBridge(fakeExcel({ sheets: [sheet] }).run, 'en-US');
    const form = await openForm(bridge, 'Jan');
    // Worksheets.getItem: "throws an ItemNotFound exception" for a name that is not there (docs, API model).
    sheet.name = 'Team';
    const before = snapshot(sheet);
    const refusal = await form.save({ 'ADV-K1': 4 }).catch((error: unknown) => error);
    expect(errorText(refusal, 'en')).toMatch(/Sheet Teammatrix no longer exists.*Nothing was saved/);
    expect(snapshot(sheet)).toBe(before);
  });
});

describe('the grid changes while the inject view is open', () => {
  const npuls = findBuiltinProfile('npuls')!;

  it('a name typed into the matrix after the plan was made: refused (sheetChanged), nothing written', async () => {
    const excel = fakeExcel();
    const bridge = new ExcelBridge(excel.run, 'nl-NL');
    await bridge.applyPlan(buildWorkbookPlan({ profile: npuls, detail: 'gebieden', lang: 'nl', names: ['Jan'] }));
    // The inject view reads the matrix and shows its plan; the user presses Invoegen a while later.
    const existing = await bridge.readSheet('Teammatrix');
    const plan = buildWorkbookPlan({
      profile: npuls,
      detail: 'gebieden',
      lang: 'nl',
      names: ['Jan', 'Nieuw'],
      existingMatrix: existing.grid,
    });
    const matrix = excel.book.sheets.find((sheet) => sheet.name === 'Teammatrix')!;
    typeInto(matrix, 2, 0, 'Fatima');
    const before = JSON.stringify(excel.book.sheets.map((sheet) => [sheet.name, valuesOf(sheet)]));
    await expect(bridge.applyPlan(plan)).rejects.toThrow(/Teammatrix.*A3.*niet meer leeg/);
    expect(JSON.stringify(excel.book.sheets.map((sheet) => [sheet.name, valuesOf(sheet)]))).toBe(before);
    expect(cellOf(matrix, 2, 0)?.value).toBe('Fatima');
  });
});
