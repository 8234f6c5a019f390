// `teamscan workbook --from`: what the new workbook carries from the source file; it takes the source's detail
// unless --detail says otherwise, and an area column never hides the source's item levels (docs/design.md#4-what-the-answers-mean).

import { mkdtempSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './run-cli';

const OUT = mkdtempSync(join(tmpdir(), 'teamscan-workbook-from-'));
const INSIGHTS = join(process.cwd(), 'tests', 'fixtures', 'insights-team.csv');

describe('workbook --from a file whose area is scanned per item', () => {
  test("takes the source's detail without --detail: an item-level source gives an item-level workbook", async () => {
    const out = join(OUT, 'items.xlsx');
    const result = await runCli(['workbook', '--from', INSIGHTS, '--out', out]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('detail competenties');
    expect(result.stdout).not.toContain('Let op');
    // Innovator is scanned with INN-K1 and INN-K2 only: the 5 people's levels count in the new workbook.
    const analysis = await runCli(['analyze', out, '--json']);
    const innovator = JSON.parse(analysis.stdout).areas.find((area: { id: string }) => area.id === 'innovator');
    expect(innovator.scanned).toBe(5);
  });

  test('--detail gebieden adds area columns, and the items still count beside them', async () => {
    const out = join(OUT, 'items-areas.xlsx');
    const result = await runCli(['--lang', 'en', 'workbook', '--from', INSIGHTS, '--detail', 'gebieden', '--out', out]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('detail gebieden');
    expect(result.stdout).not.toContain('Note');
    const analysis = JSON.parse((await runCli(['analyze', out, '--json'])).stdout);
    expect(analysis.areas.find((area: { id: string }) => area.id === 'innovator').scanned).toBe(5);
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
