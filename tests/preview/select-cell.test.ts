// The preview's selectRow with a column: the exact cell is selected and every selection listener hears it.

import type { Selection } from '../../shared/host/bridge';
import { injectedBridge } from './helpers';

describe('PreviewBridge.selectRow with a column', () => {
  test('selects that cell, from another sheet too, and the listeners hear its column', async () => {
    const { bridge } = await injectedBridge(['Anna', 'Bram']);
    bridge.select({ sheet: 'Dekking', row: 4, column: 2 });
    const heard: Selection[] = [];
    const stop = bridge.onSelectionChanged((selection) => heard.push(selection));
    await bridge.selectRow('Teammatrix', 3, 8);
    stop();
    expect(await bridge.getSelection()).toEqual({ sheet: 'Teammatrix', row: 3, column: 8 });
    expect(heard).toEqual([{ sheet: 'Teammatrix', row: 3, column: 8 }]);
  });
});
