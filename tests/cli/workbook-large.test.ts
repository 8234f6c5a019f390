// A no-install workbook at institution scale (2,000 people × every npuls item) reads back as its source: `analyze`
// of the written .xlsx equals `analyze` of the .csv it was made from (docs/design.md#10-performance-targets; not timed, the bench times it).

import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type * as Bench from '../../scripts/bench';
import { runCli } from './run-cli';

// By its full name: beside bench.ts sits the bench's entry, bench.mjs, which Jest would take for '../../scripts/bench'.
const { generateMatrix } = require('../../scripts/bench.ts') as typeof Bench;

const OUT = mkdtempSync(join(tmpdir(), 'teamscan-workbook-large-'));

/** Dutch .csv as Excel exports it: semicolons, decimal commas. */
function writeCsv(path: string, rows: ReturnType<typeof generateMatrix>): void {
  const cell = (value: unknown) => (typeof value === 'number' ? String(value).replace('.', ',') : String(value ?? ''));
  writeFileSync(path, rows.map((row) => row.map(cell).join(';')).join('\r\n'));
}

test('a workbook written from 2,000 × 127 reads back with the analysis of its source', async () => {
  const csv = join(OUT, 'team-2000.csv');
  const xlsx = join(OUT, 'team-2000.xlsx');
  writeCsv(csv, generateMatrix(2000));
  const written = await runCli(['workbook', '--from', csv, '--out', xlsx]);
  expect(written.stderr).toBe('');
  expect(written.code).toBe(0);
  // docs/design.md#10-performance-targets: at most 5 MB on disk.
  expect(statSync(xlsx).size).toBeLessThanOrEqual(5_000_000);
  const source = await runCli(['analyze', csv, '--json']);
  const back = await runCli(['analyze', xlsx, '--json']);
  expect(back.stderr).toBe('');
  expect(back.code).toBe(0);
  expect(JSON.parse(back.stdout)).toEqual(JSON.parse(source.stdout));
}, 300_000);
