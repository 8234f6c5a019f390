// Every `npx teamscan` line of README.md's command block (and of docs/workbook.md) works as written, in order, from a
// fresh copy of the project's example files: a newcomer can paste them one by one.

import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, runCli } from './run-cli';

/** The `npx teamscan …` lines of the first ```sh block after `heading` in `file`, without their comments. */
function commandLines(file: string, heading: string): string[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const from = text.indexOf(heading);
  expect(from).toBeGreaterThanOrEqual(0);
  const block = text.slice(text.indexOf('```sh\n', from) + 6);
  return block
    .slice(0, block.indexOf('```'))
    .split('\n')
    .map((line) => line.replace(/\s+#.*$/, '').trim())
    .filter((line) => line.startsWith('npx teamscan '));
}

/** A shell line's words: spaces split, double quotes group. */
function words(line: string): string[] {
  return [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((match) => match[1] ?? match[2]!);
}

/** File arguments (by their extension) and folders (by a trailing slash) resolved in `dir`, as if the line ran there. */
const FILE = /\.(csv|xlsx|html|txt)$|\/$/;
const inDir = (dir: string, args: string[]) => args.map((arg) => (FILE.test(arg) ? join(dir, arg) : arg));

async function runAll(lines: readonly string[]) {
  const dir = mkdtempSync(join(tmpdir(), 'teamscan-readme-'));
  cpSync(join(ROOT, 'docs', 'voorbeeld'), join(dir, 'docs', 'voorbeeld'), { recursive: true });
  for (const line of lines) {
    const args = inDir(dir, words(line).slice(2));
    const result = await runCli(args);
    expect({ line, code: result.code, stderr: result.stderr }).toEqual({ line, code: 0, stderr: '' });
    if (args.includes('--json')) expect(() => JSON.parse(result.stdout)).not.toThrow();
  }
}

test('README: the teamscan command block runs line by line on the example team', async () => {
  const lines = commandLines('README.md', '## De `teamscan`-opdracht');
  expect(lines.length).toBeGreaterThanOrEqual(10);
  // Every command of docs/design.md#11-commands is shown.
  for (const command of ['profile', 'workbook', 'analyze', 'compare', 'report', 'selfscan', 'collect']) {
    expect(lines.some((line) => line.includes(` ${command} `))).toBe(true);
  }
  await runAll(lines);
}, 120_000);

test('docs/workbook.md: its examples run as written', async () => {
  const lines = commandLines('docs/workbook.md', '# `teamscan workbook`');
  expect(lines.length).toBeGreaterThanOrEqual(3);
  await runAll(lines);
}, 120_000);

test('docs/workbook.md: the existing-workbook walk-through runs as written', async () => {
  const lines = commandLines('docs/workbook.md', '## An existing workbook, step by step');
  expect(lines.length).toBe(3);
  await runAll(lines);
}, 120_000);
