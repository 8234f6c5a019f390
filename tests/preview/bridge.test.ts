// The preview host: plan applier, row writes with the row-changed check, formulas, persistence.

import { WorkbookStore } from '../../preview/store';
import { analyze } from '../../shared/analysis/analyze';
import { coverageTable } from '../../shared/formulas/functions/coverage';
import { TeamscanError } from '../../shared/i18n/message';
import { readMatrix } from '../../shared/matrix/read';
import { findBuiltinProfile } from '../../shared/profiles/builtins';
import { buildWorkbookPlan } from '../../shared/workbook/build-plan';
import { COVERAGE_ROW } from '../../shared/workbook/dashboard-sheet';
import { FIXED_NOW, injectedBridge, MemoryStorage, rowWriteAt, writeAt } from './helpers';

const npuls = findBuiltinProfile('npuls')!;

describe('PreviewBridge', () => {
  test('injection creates the three sheets and keeps a name starting with "=" as text', async () => {
    const { bridge } = await injectedBridge(['Anna', '=SOM(1)']);
    const matrix = await bridge.readSheet('Teammatrix');
    expect(matrix.exists).toBe(true);
    expect(matrix.grid.values[0]?.[0]).toBe('Naam');
    expect(matrix.grid.values[2]?.[0]).toBe('=SOM(1)');
    expect((await bridge.readSheet('Profiel')).exists).toBe(true);
    expect((await bridge.readSheet('Dekking')).exists).toBe(true);
    expect((await bridge.readSheet('Nergens')).exists).toBe(false);
    expect(await bridge.getSelection()).toEqual({ sheet: 'Teammatrix', row: 2, column: 1 });
  });

  test('writeRow writes the cells and stamps Bijgewerkt', async () => {
    const { bridge } = await injectedBridge(['Anna', 'Bram']);
    await writeAt(bridge, {
      row: 3,
      expectedName: 'Bram',
      cells: [
        { column: 5, value: 3 },
        { column: 6, value: 'n.v.t.' },
      ],
      stamp: true,
    });
    const row = (await bridge.readSheet('Teammatrix')).grid.values[2]!;
    expect(row[5]).toBe(3);
    expect(row[6]).toBe('n.v.t.');
    expect(row[3]).toEqual(FIXED_NOW);
  });

  test('writeRow refuses a row that holds someone else, and writes nothing', async () => {
    const { bridge, store } = await injectedBridge(['Anna', 'Bram']);
    const before = JSON.stringify(store.workbook);
    const write = bridge.writeRow(
      await rowWriteAt(bridge, { row: 3, expectedName: 'Anna', cells: [{ column: 5, value: 4 }] }),
    );
    await expect(write).rejects.toBeInstanceOf(TeamscanError);
    await expect(write).rejects.toMatchObject({ detail: { key: 'rowChanged' } });
    expect(JSON.stringify(store.workbook)).toBe(before);
  });

  test('the Dekking sheet computes DEKKING equal to the core analysis', async () => {
    const { bridge } = await injectedBridge(['Anna', 'Bram', 'Chris']);
    const levels = [
      [2, 3, 1, 0, 4, 2],
      [3, 0, 2, 2, 1, 'n.v.t.'],
      [1, 2, 2, 3, 0, 1],
    ];
    for (const [index, line] of levels.entries()) {
      await writeAt(bridge, {
        row: index + 2,
        expectedName: ['Anna', 'Bram', 'Chris'][index]!,
        cells: line.map((value, c) => ({ column: 4 + c, value })),
      });
    }
    const matrix = await bridge.readSheet('Teammatrix');
    const expected = coverageTable(analyze(readMatrix(matrix.grid, npuls)), 'nl');
    const dashboard = (await bridge.readSheet('Dekking')).grid.values;
    const shown = dashboard.slice(COVERAGE_ROW, COVERAGE_ROW + expected.length).map((line) => line.slice(0, 6));
    expect(shown).toEqual(expected);
  });

  test('injecting again keeps every value and adds only new names', async () => {
    const { bridge } = await injectedBridge(['Anna']);
    await writeAt(bridge, {
      row: 2,
      expectedName: 'Anna',
      cells: [{ column: 4, value: 3 }],
    });
    await bridge.applyPlan(
      buildWorkbookPlan({
        profile: npuls,
        detail: 'kva',
        lang: 'nl',
        names: ['Anna', 'Bram'],
        existingMatrix: (await bridge.readSheet('Teammatrix')).grid,
      }),
    );
    const values = (await bridge.readSheet('Teammatrix')).grid.values;
    expect(values[1]?.[4]).toBe(3);
    expect(values.map((line) => line[0])).toEqual(['Naam', 'Anna', 'Bram']);
    expect(values[0]!.length).toBeGreaterThan(15);
  });

  test('insertFormula puts a computed formula in the active cell', async () => {
    const { bridge } = await injectedBridge(['Anna']);
    bridge.select({ sheet: 'Dekking', row: 30, column: 1 });
    await bridge.insertFormula('=GEDEKT(Teammatrix!A1:O,"adviseur",Dekking!$B$2,"npuls")');
    expect((await bridge.readSheet('Dekking')).grid.values[29]?.[0]).toBe(0);
  });

  test('the workbook survives a reload through its storage', async () => {
    const storage = new MemoryStorage();
    const { bridge } = await injectedBridge(['Anna'], 'gebieden', storage);
    await writeAt(bridge, {
      row: 2,
      expectedName: 'Anna',
      cells: [{ column: 4, value: 2 }],
      stamp: true,
    });
    const reloaded = new WorkbookStore(storage);
    const row = reloaded.workbook.sheets.find((sheet) => sheet.name === 'Teammatrix')!.cells[1]!;
    expect(row[4]).toBe(2);
    expect(row[3]).toEqual({ date: FIXED_NOW.toISOString() });
  });

  test('selection listeners hear grid clicks and selectRow', async () => {
    const { bridge } = await injectedBridge(['Anna']);
    const heard: number[] = [];
    const stop = bridge.onSelectionChanged((selection) => heard.push(selection.row));
    bridge.select({ sheet: 'Teammatrix', row: 5, column: 2 });
    await bridge.selectRow('Teammatrix', 7);
    stop();
    await bridge.selectRow('Teammatrix', 8);
    expect(heard).toEqual([5, 7]);
  });
});
