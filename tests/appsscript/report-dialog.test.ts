// The Sheets report dialog on the built project: the sidebar makes the page (the core's report plus its Print
// button) and the server shows it with HtmlService.createHtmlOutput and Ui.showModalDialog, once, sized.

import { SheetsBridge } from '../../appsscript/sidebar/bridge';
import { ServerClient } from '../../appsscript/sidebar/client';
import { analyze } from '../../shared/analysis/analyze';
import { readMatrix } from '../../shared/matrix/read';
import { findBuiltinProfile } from '../../shared/profiles/builtins';
import { teamReport } from '../../shared/report';
import { PRINT_SCRIPT, printablePage } from '../../shared/ui/report/printable';
import { loadGas, readGasFile } from './fake/load-gas';
import { scriptRunOver } from './fake/script-run';

function reportHtml(): string {
  const profile = findBuiltinProfile('npuls')!;
  const header = ['Naam', 'Rol', ...profile.areas.map((area) => area.role)];
  const rows = [header, ['Anna', '', 2, 3, 1, 0, 4, 2], ['Bram', '', 3, 0, 2, 2, 1, 1]];
  const reading = readMatrix({ values: rows }, profile, { lenient: true });
  return teamReport({ reading, analysis: analyze(reading), lang: 'nl', date: '2026-12-01' });
}

const idle = { setTimeout: () => 0, clearTimeout: () => {} };
const visible = { hidden: () => false, onChange: () => () => {} };

test('teamscanOpenReport shows the page in one sized modal dialog with the title', () => {
  const loaded = loadGas();
  const html = printablePage(reportHtml());
  expect(loaded.call('teamscanOpenReport', html, 'Teamrapport')).toEqual({ ok: true, value: null });
  expect(loaded.gas.ui.dialogs).toEqual([{ html, title: 'Teamrapport', width: 860, height: 680 }]);
});

test('the SheetsBridge sends the report with its Print button over google.script.run; nothing loads from outside', async () => {
  const loaded = loadGas();
  const bridge = new SheetsBridge(new ServerClient(scriptRunOver(loaded)), { locale: 'nl', lang: 'nl' }, idle, visible);
  const html = reportHtml();
  await bridge.openReport({ title: 'Teamrapport', html });
  expect(loaded.gas.ui.dialogs).toHaveLength(1);
  const [dialog] = loaded.gas.ui.dialogs;
  expect(dialog!.title).toBe('Teamrapport');
  expect(dialog!.html).toBe(printablePage(html));
  expect(dialog!.html).toContain('<svg');
  expect(dialog!.html).toContain('id="teamscan-print"');
  // The Print button's script is the only one, and no address points anywhere.
  expect(dialog!.html.match(/<script\b[^>]*>/g)).toEqual(['<script>']);
  expect(dialog!.html).toContain(PRINT_SCRIPT);
  expect(dialog!.html).not.toMatch(/\b(?:src|href)\s*=|url\(|https?:\/\//i);
});

test('an empty page is refused and no dialog opens', () => {
  const loaded = loadGas();
  const result = loaded.call('teamscanOpenReport', '', 'Teamrapport') as { ok: boolean };
  expect(result.ok).toBe(false);
  expect(loaded.gas.ui.dialogs).toEqual([]);
});

test('the server bundle carries no report code: the page is made in the sidebar', () => {
  const server = readGasFile('teamscan.js');
  expect(server).toContain('showModalDialog');
  expect(server).not.toMatch(/gespreksdocument|Content-Security-Policy|<svg/);
});
