// The Sheets self-test against the fake Apps Script runtime answering as documented: its probes pass (the
// Excel-only ones n.v.t.), the temporary sheet is gone and the user's sheet untouched; the result is stored in the
// document properties and the start-up notice reads it back.

import { readFileSync } from 'node:fs';
import { runSheetsSelfTest, sheetsSelfTestLauncher } from '../../../appsscript/sidebar/selftest/launcher';
import { MANIFEST_SCOPES } from '../../../appsscript/sidebar/selftest/scopes';
import { resultText } from '../../../shared/selftest/result-text';
import { STORED_KEY, storedText, toStored } from '../../../shared/selftest/stored';
import { sheetsHarness } from './harness';

test('every Sheets probe passes against the documented fakes; nothing of the run stays behind', async () => {
  const h = sheetsHarness();
  const before = h.userState();
  const report = await runSheetsSelfTest(h.deps);
  expect(Object.fromEntries(report.run.results.map((r) => [r.id, r.status]))).toEqual({
    'text-stays-text': 'pass',
    'apostrophe-formulas': 'pass',
    'empty-vs-zero': 'pass',
    'compare-and-set': 'pass',
    'document-lock': 'pass',
    'flush-rollback': 'pass',
    'polling-interval': 'pass',
    scopes: 'pass',
    'hidden-log': 'na',
    'parameter-addresses': 'na',
    'requirement-sets': 'na',
    'range-find-one-cell': 'na',
    'snapshot-protected': 'pass',
    'dialog-parts': 'pass',
  });
  expect(report.run.cleanup).toEqual({ removed: true });
  expect(h.userState()).toBe(before);
  // The failed save took back the change log it had made; the dialog's answer went with the temporary sheet.
  expect(h.loaded.gas.spreadsheet.getSheetByName('Teamscan-log')).toBeNull();
  expect([...h.loaded.gas.documentProperties.keys()]).toEqual([]);
  expect(h.loaded.gas.ui.dialogs).toEqual([expect.objectContaining({ title: 'Teamscan-zelftest', closed: true })]);
  const saw = Object.fromEntries(report.run.results.map((r) => [r.id, r.saw]));
  expect(saw['flush-rollback']).toMatch(/^geweigerd\/refused: The data you entered in cell B3 violates .*; B3 → 1$/);
  expect(saw['snapshot-protected']).toMatch(/^geweigerd\/refused: Blad ".*" is geen teammatrix.*; B2 → 2$/);
  expect(saw['dialog-parts']).toBe('30000 ontvangen/received');
  expect(saw['document-lock']).toBe('tryLock → true');
  expect(saw.scopes).toBe('spreadsheets.currentonly, script.container.ui, forms');
  expect(resultText(report, 'en')).toContain('Host: Google Sheets · version Apps Script V8 · platform jsdom');
});

test('the user’s active cell is active again afterwards (Sheets activates an inserted sheet)', async () => {
  const h = sheetsHarness();
  const matrix = h.loaded.gas.spreadsheet.getSheetByName('Teammatrix')!;
  matrix.activate();
  matrix.getRange(2, 2).activate();
  await runSheetsSelfTest(h.deps);
  expect(await h.deps.bridge.getSelection()).toEqual({ sheet: 'Teammatrix', row: 2, column: 2 });
});

test('the server step refuses any sheet but a temporary one', async () => {
  const h = sheetsHarness();
  const before = h.userState();
  await h.deps.client.call('selfTest', 'remove', 'Teammatrix');
  await h.deps.client.call('selfTest', 'put', 'Teammatrix', [['x']]);
  await h.deps.client.call('selfTest', 'put', 'Teamscan-zelftest-1', [['x']]);
  await h.deps.client.call('selfTest', 'snapshot', 'Teammatrix', [['x']]);
  await h.deps.client.call('selfTest', 'seen', 'Teammatrix', [[1]]);
  expect(h.userState()).toBe(before);
  expect(h.loaded.gas.spreadsheet.getSheetByName('Teammatrix')!.protections).toEqual([]);
  expect([...h.loaded.gas.documentProperties.keys()]).toEqual([]);
});

test('the result is kept in the document properties; the notice at start-up names its failures', async () => {
  const h = sheetsHarness();
  const launcher = sheetsSelfTestLauncher(h.deps);
  expect(await launcher.notice('nl')).toBeUndefined();
  const report = await runSheetsSelfTest(h.deps);
  const failing = {
    ...report,
    run: {
      ...report.run,
      results: report.run.results.map((r) => (r.id === 'scopes' ? { ...r, status: 'fail' as const } : r)),
    },
  };
  await h.deps.client.call('selfTest', 'store', storedText(toStored(failing)));
  expect(JSON.parse(h.loaded.gas.documentProperties.get(STORED_KEY)!).statuses.scopes).toBe('fail');
  expect(await launcher.notice('en')).toContain('Also failed: scopes.');
});

test('the scopes probe asks about exactly the manifest’s scopes', () => {
  const manifest = JSON.parse(readFileSync('manifests/appsscript.json', 'utf8'));
  expect([...MANIFEST_SCOPES].sort()).toEqual([...manifest.oauthScopes].sort());
});
