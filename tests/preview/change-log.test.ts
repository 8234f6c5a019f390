// The preview's change log (docs/design.md#12-rounds-history-and-reports): every save appends its changed cells to Teamscan-log, in the same store write.

import { PreviewBridge } from '../../preview/bridge';
import { LOG_SHEET } from '../../shared/host/change-log';
import { FIXED_NOW, injectedBridge, rowWriteAt, writeAt } from './helpers';

describe('PreviewBridge change log', () => {
  test('a save appends one row per changed cell (Tijd as a date), creating the log with its header', async () => {
    const { bridge, store } = await injectedBridge(['Anna', '=Bram']);
    expect((await bridge.readSheet(LOG_SHEET)).exists).toBe(false);
    let stores = 0;
    const set = store.set.bind(store);
    store.set = (workbook) => {
      stores += 1;
      set(workbook);
    };
    await writeAt(bridge, {
      row: 3,
      expectedName: '=Bram',
      cells: [
        { column: 5, value: 3 },
        { column: 6, value: null },
        { column: 7, value: '=SOM(1)' },
      ],
      stamp: true,
    });
    // One store write for the row and its log together.
    expect(stores).toBe(1);
    const matrix = (await bridge.readSheet('Teammatrix')).grid.values;
    const header = matrix[0]!;
    const log = (await bridge.readSheet(LOG_SHEET)).grid.values;
    // Column 6 was already empty: no change, no log row.
    expect(log).toEqual([
      ['Tijd', 'Naam', 'Kolom', 'Eerder', 'Nu'],
      [FIXED_NOW, '=Bram', header[5], null, 3],
      [FIXED_NOW, '=Bram', header[7], null, '=SOM(1)'],
    ]);

    await writeAt(bridge, { row: 3, expectedName: '=Bram', cells: [{ column: 5, value: 1 }] });
    const after = (await bridge.readSheet(LOG_SHEET)).grid.values;
    expect(after).toHaveLength(4);
    expect(after[3]).toEqual([FIXED_NOW, '=Bram', header[5], 3, 1]);
  });

  test('a refused save logs nothing and creates no log', async () => {
    const { bridge, store } = await injectedBridge(['Anna', 'Bram']);
    const before = JSON.stringify(store.workbook);
    const write = await rowWriteAt(bridge, { row: 3, expectedName: 'Anna', cells: [{ column: 5, value: 4 }] });
    await expect(bridge.writeRow(write)).rejects.toMatchObject({ detail: { key: 'rowChanged' } });
    expect((await bridge.readSheet(LOG_SHEET)).exists).toBe(false);
    expect(JSON.stringify(store.workbook)).toBe(before);
  });

  test('a save that changes nothing adds no log rows', async () => {
    const { bridge } = await injectedBridge(['Anna']);
    await writeAt(bridge, { row: 2, expectedName: 'Anna', cells: [{ column: 5, value: null }] });
    expect((await bridge.readSheet(LOG_SHEET)).exists).toBe(false);
  });

  test('an English preview writes the English header', async () => {
    const { bridge, store } = await injectedBridge(['Anna']);
    const english = new PreviewBridge(store, 'en-GB', () => FIXED_NOW);
    await writeAt(english, { row: 2, expectedName: 'Anna', cells: [{ column: 5, value: 2 }] });
    expect((await bridge.readSheet(LOG_SHEET)).grid.values[0]).toEqual(['Time', 'Name', 'Column', 'Before', 'Now']);
  });
});
