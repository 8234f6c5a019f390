// .xlsx figures for `npm run bench` (docs/design.md#10-performance-targets): `teamscan analyze` as a whole process on a generated
// 2,000 × 127 matrix as .xlsx and as .csv in the same run, and a small team with and without a stray cell.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { build } from './build/10-cli.mjs';

const RUNS = 7;

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Milliseconds of `node bin/teamscan.js analyze FILE --json`, start to exit; fails loudly on a non-zero exit. */
function analyzeOnce(file) {
  const start = performance.now();
  const result = spawnSync(process.execPath, ['bin/teamscan.js', 'analyze', file, '--json'], { encoding: 'utf8' });
  const ms = performance.now() - start;
  if (result.status !== 0) throw new Error(`teamscan analyze ${file} exited ${result.status}: ${result.stderr}`);
  return ms;
}

/** Median time per file, the files run in turn so each sees the same machine load. */
function timeInTurn(files) {
  const samples = files.map(() => []);
  for (let run = 0; run < RUNS; run++) {
    for (let i = 0; i < files.length; i++) samples[i].push(analyzeOnce(files[i]));
  }
  return samples.map(median);
}

async function writeXlsx(path, rows, extra = []) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Teammatrix');
  for (const row of rows) sheet.addRow(row);
  for (const [address, value] of extra) sheet.getCell(address).value = value;
  await workbook.xlsx.writeFile(path);
}

/** Dutch .csv as Excel exports it: semicolons, decimal commas. */
function writeCsv(path, rows) {
  const text = rows
    .map((row) =>
      row.map((cell) => (typeof cell === 'number' ? String(cell).replace('.', ',') : (cell ?? ''))).join(';'),
    )
    .join('\r\n');
  writeFileSync(path, text);
}

const size = (path) => `${Math.round(statSync(path).size / 1000)} KB`;

export async function xlsxFigures(generateMatrix) {
  await build();
  const dir = mkdtempSync(join(tmpdir(), 'teamscan-bench-'));
  try {
    const rows = generateMatrix(2000);
    const csv = join(dir, 'team-2000.csv');
    const xlsx = join(dir, 'team-2000.xlsx');
    writeCsv(csv, rows);
    await writeXlsx(xlsx, rows);
    const small = generateMatrix(20);
    const plain = join(dir, 'team-20.xlsx');
    const stray = join(dir, 'team-20-stray.xlsx');
    await writeXlsx(plain, small);
    await writeXlsx(stray, small, [['A20000', 'notitie']]);

    const [csvMs, xlsxMs, plainMs, strayMs] = timeInTurn([csv, xlsx, plain, stray]);
    const cells = 2000 * (rows[0].length - 1);
    return [
      `teamscan analyze --json, whole process, median of ${RUNS} runs in turn (${cells.toLocaleString('en')} cells):`,
      `  2,000 × 127 .csv   ${size(csv).padStart(8)}  ${csvMs.toFixed(0).padStart(6)} ms`,
      `  2,000 × 127 .xlsx  ${size(xlsx).padStart(8)}  ${xlsxMs.toFixed(0).padStart(6)} ms   .xlsx / .csv = ${(xlsxMs / csvMs).toFixed(1)}× (target ≤ 5×)`,
      `  20 people .xlsx    ${size(plain).padStart(8)}  ${plainMs.toFixed(0).padStart(6)} ms`,
      `  same + cell A20000 ${size(stray).padStart(8)}  ${strayMs.toFixed(0).padStart(6)} ms   difference ${(strayMs - plainMs).toFixed(0)} ms`,
    ].join('\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
