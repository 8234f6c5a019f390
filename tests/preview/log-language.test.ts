// The preview's change log speaks the panel's language: after the user switches the panel, a new log gets the
// header in the panel's language, whatever the page was opened with.

import { LOG_HEADER, LOG_SHEET } from '../../shared/host/change-log';
import { injectedBridge, writeAt } from './helpers';

test('a Dutch preview switched to English writes the English header', async () => {
  const { bridge } = await injectedBridge(['Anna']);
  bridge.setLanguage('en');
  await writeAt(bridge, { row: 2, expectedName: 'Anna', cells: [{ column: 5, value: 2 }] });
  const log = (await bridge.readSheet(LOG_SHEET)).grid.values;
  expect(log[0]).toEqual([...LOG_HEADER.en]);
  expect(log[1]!.slice(1, 3)).toEqual(['Anna', expect.any(String)]);
});

test('switching back to Dutch before the first save writes the Dutch header', async () => {
  const { bridge } = await injectedBridge(['Anna']);
  bridge.setLanguage('en');
  bridge.setLanguage('nl');
  await writeAt(bridge, { row: 2, expectedName: 'Anna', cells: [{ column: 5, value: 2 }] });
  expect((await bridge.readSheet(LOG_SHEET)).grid.values[0]).toEqual([...LOG_HEADER.nl]);
});
