// The Sheets change log's language at the endpoint: the server writes a new Teamscan-log's header in the language
// the sidebar sends (the bridge's side is in the HostBridge contract, tests/appsscript/bridge-contract.test.ts).

import { LOG_HEADER, LOG_SHEET } from '../../shared/host/change-log';
import { injectedGas } from './injected';
import { loadForm, save } from './row-form';

function setUp() {
  const loaded = injectedGas(['Anna', 'Bram']);
  return { loaded, log: () => loaded.gas.spreadsheet.getSheetByName(LOG_SHEET) };
}

test('a Dutch panel writes the Dutch header; the endpoint reads anything but "en" as Dutch', () => {
  const { loaded, log } = setUp();
  expect(save(loaded, loadForm(loaded).write(2, { Adviseur: 3 }), 'nl')).toEqual({ ok: true, value: null });
  expect(log()!.rowValues(1, 5)).toEqual([...LOG_HEADER.nl]);
  const other = setUp();
  expect(other.loaded.call('teamscanWriteRow', loadForm(other.loaded).write(3, { Coach: 1 }), 'fr')).toEqual({
    ok: true,
    value: null,
  });
  expect(other.log()!.rowValues(1, 5)).toEqual([...LOG_HEADER.nl]);
});
