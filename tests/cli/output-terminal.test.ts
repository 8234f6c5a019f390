// docs/design.md#9-reliability-and-privacy: names and cells reach the terminal as text, never as commands: an ANSI escape in a name ("\x1b[2J"
// clears the screen) is shown escaped in every readable output and on stderr; --json escapes as JSON does.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { escapeControls } from '../../cli/output/terminal';
import { runCli } from './run-cli';

const place = mkdtempSync(join(tmpdir(), 'teamscan-terminal-'));
const CLEAR = '\u001b[2J';
const CSI = '\u009b31m';
/** Anything a terminal obeys: C0 controls but the layout's line breaks, DEL, C1 controls. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the test
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the test
const OBEYED = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
/** Every character escapeControls escapes; any other text comes out as it went in. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the test
const ESCAPED = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/;

const before = join(place, 'eerder.csv');
const now = join(place, 'nu.csv');
writeFileSync(before, `Naam;Coach;Adviseur\nAnna${CLEAR};1;2\nBram;2;2\nOud${CSI};3;3\n`);
writeFileSync(now, `Naam;Coach;Adviseur\nAnna${CLEAR};3;2\nBram;2;2\nNieuw\u0007;2;1\n`);

test('docs/design.md#9-reliability-and-privacy: compare shows the names with their escapes, and no control character reaches the terminal', async () => {
  const result = await runCli(['compare', before, now]);
  expect(result.code).toBe(0);
  expect(result.stdout).not.toMatch(RAW_CONTROL);
  expect(result.stdout).toContain('Anna\\x1b[2J: ');
  expect(result.stdout).toContain('Nieuw\\x07');
  expect(result.stdout).toContain('Oud\\x9b31m');
});

test('docs/design.md#9-reliability-and-privacy: analyze, and an error quoting a cell on stderr, are escaped too', async () => {
  const analyzed = await runCli(['analyze', now]);
  expect(analyzed.code).toBe(0);
  expect(analyzed.stdout).not.toMatch(RAW_CONTROL);
  const bad = join(place, 'fout.csv');
  writeFileSync(bad, `Naam;Coach\nAnna;2${CLEAR}\n`);
  const refused = await runCli(['analyze', bad]);
  expect(refused.code).toBe(2);
  expect(refused.stderr).not.toMatch(RAW_CONTROL);
  expect(refused.stderr).toContain('\\x1b[2J');
});

test('docs/design.md#9-reliability-and-privacy: --json keeps the names as they are, escaped the JSON way', async () => {
  const result = await runCli(['compare', before, now, '--json']);
  expect(result.stdout).toContain('Anna\\u001b[2J');
  expect(JSON.parse(result.stdout).left).toEqual([`Oud${CSI}`]);
});

test('escapeControls leaves no control character and changes no text without one (property)', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary' }), (text) => {
      const shown = escapeControls(text);
      expect(shown).not.toMatch(OBEYED);
      expect(escapeControls(shown)).toBe(shown);
      if (!ESCAPED.test(text)) {
        expect(shown).toBe(text);
      }
    }),
  );
  expect(escapeControls('a\tb\nc', '\n\t')).toBe('a\tb\nc');
});
