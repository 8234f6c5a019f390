// `teamscan workbook --from`: what the new workbook carries from the source file and what it says when a level of
// the source would no longer count (an added area column takes precedence over the source's item columns).

import { mkdtempSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './run-cli';

const OUT = mkdtempSync(join(tmpdir(), 'teamscan-workbook-from-'));
const INSIGHTS = join(process.cwd(), 'tests', 'fixtures', 'insights-team.csv');

describe('workbook --from a file whose area is scanned per item', () => {
  test('says which levels stop counting at detail gebieden, and how to keep them', async () => {
    const out = join(OUT, 'items.xlsx');
    const result = await runCli(['workbook', '--from', INSIGHTS, '--out', out]);
    expect(result.code).toBe(0);
    // Innovator is scanned with INN-K1 and INN-K2 only; the workbook adds an empty Innovator column.
    expect(result.stdout).toContain(
      'Let op: Innovator heeft in de werkmap een eigen, lege kolom; die telt in plaats van INN-K1, INN-K2, ' +
        'dus de niveaus van 5 personen daar tellen niet mee.',
    );
    expect(result.stdout).toContain('--detail competenties');
    // The warning tells the truth: the written workbook indeed has nobody scanned on Innovator.
    const analysis = await runCli(['analyze', out, '--json']);
    const innovator = JSON.parse(analysis.stdout).areas.find((area: { id: string }) => area.id === 'innovator');
    expect(innovator.scanned).toBe(0);
  });

  test('in English with --lang en', async () => {
    const result = await runCli(['--lang', 'en', 'workbook', '--from', INSIGHTS, '--out', join(OUT, 'items-en.xlsx')]);
    expect(result.stdout).toContain(
      'Note: Innovator has a column of its own in the workbook, still empty; it counts instead of INN-K1, INN-K2, ' +
        'so the levels of 5 people there do not count.',
    );
  });

  test('says nothing when every level keeps counting', async () => {
    const out = join(OUT, 'items-all.xlsx');
    const result = await runCli(['workbook', '--from', INSIGHTS, '--detail', 'competenties', '--out', out]);
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain('Let op');
    const analysis = JSON.parse((await runCli(['analyze', out, '--json'])).stdout);
    expect(analysis.areas.find((area: { id: string }) => area.id === 'innovator').scanned).toBe(5);
  });

  test('takes the matrix only: a title line above it is not carried, the source is left as it was', async () => {
    const source = join(OUT, 'titled.csv');
    const text = 'Team Onderwijs 2026\n\nNaam;Basis;Coach\nAnna;2;3\nBram;1;2\n';
    await writeFile(source, text);
    const out = join(OUT, 'titled.xlsx');
    const result = await runCli(['workbook', '--from', source, '--out', out]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('2 personen');
    expect(result.stdout).not.toContain('Let op');
    const analysis = JSON.parse((await runCli(['analyze', out, '--json'])).stdout);
    expect(analysis.people).toBe(2);
    const { readFile } = await import('node:fs/promises');
    expect(await readFile(source, 'utf8')).toBe(text);
  });
});
