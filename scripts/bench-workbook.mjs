// No-install workbook figures for `npm run bench` (docs/design.md#10-performance-targets): `teamscan workbook --from` a generated 2,000 × 127
// matrix beside `teamscan analyze` of the same .csv (whole processes, same run, interleaved), its peak memory, its size packed and
// unpacked, whether it reads back equal, and 5,000 people written or refused with a message naming the limit.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import yauzl from 'yauzl';

const RUNS = 3;
/** Loaded before the command: prints the process's peak resident memory (kB) to stderr on exit. */
const PEAK = join(import.meta.dirname, 'peak-memory.cjs');

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Runs the command as a whole process: its time, peak memory, exit code and output. */
function run(args) {
  const start = performance.now();
  const result = spawnSync(process.execPath, ['--require', PEAK, 'bin/teamscan.js', ...args], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const ms = performance.now() - start;
  const peak = Number(/peak-rss-kb=(\d+)/.exec(result.stderr)?.[1] ?? Number.NaN);
  const stderr = result.stderr.replace(/peak-rss-kb=\d+\s*/, '').trim();
  return { ms, peakMb: peak / 1024, status: result.status, stdout: result.stdout, stderr };
}

function unpackedBytes(path) {
  return new Promise((resolve, reject) => {
    yauzl.open(path, { lazyEntries: true }, (error, zip) => {
      if (error) return reject(error);
      let total = 0;
      zip.on('entry', (entry) => {
        total += entry.uncompressedSize;
        zip.readEntry();
      });
      zip.on('end', () => resolve(total));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

function writeCsv(path, rows) {
  const cell = (value) => (typeof value === 'number' ? String(value).replace('.', ',') : (value ?? ''));
  writeFileSync(path, rows.map((row) => row.map(cell).join(';')).join('\r\n'));
}

const mb = (bytes) => `${(bytes / 1_000_000).toFixed(1)} MB`;
const verdict = (ok) => (ok ? 'met' : 'NOT MET');

export async function workbookFigures(generateMatrix) {
  const dir = mkdtempSync(join(tmpdir(), 'teamscan-bench-workbook-'));
  try {
    const csv = join(dir, 'team-2000.csv');
    const xlsx = join(dir, 'team-2000.xlsx');
    writeCsv(csv, generateMatrix(2000));
    const load = loadavg()[0];
    const analyses = [];
    // Interleaved with analyze's runs, so both meet the same load on a shared machine.
    const writes = [];
    for (let i = 0; i < RUNS; i++) {
      rmSync(xlsx, { force: true });
      const one = run(['workbook', '--from', csv, '--out', xlsx]);
      if (one.status !== 0) throw new Error(`teamscan workbook exited ${one.status}: ${one.stderr}`);
      writes.push(one);
      analyses.push(run(['analyze', csv, '--json']));
    }
    const analyzeMs = median(analyses.map((a) => a.ms));
    const written = { ms: median(writes.map((w) => w.ms)), peakMb: Math.max(...writes.map((w) => w.peakMb)) };
    const size = statSync(xlsx).size;
    const unpacked = await unpackedBytes(xlsx);
    const back = run(['analyze', xlsx, '--json']);
    const equal =
      back.status === 0 && JSON.stringify(JSON.parse(back.stdout)) === JSON.stringify(JSON.parse(analyses[0].stdout));
    const ratio = written.ms / analyzeMs;
    const cores = availableParallelism();

    const big = join(dir, 'team-5000.csv');
    writeCsv(big, generateMatrix(5000));
    const five = run(['workbook', '--from', big, '--out', join(dir, 'team-5000.xlsx')]);
    const fiveLine =
      five.status === 0
        ? `written in ${(five.ms / 1000).toFixed(1)} s, peak ${five.peakMb.toFixed(0)} MB`
        : `refused (exit ${five.status}): ${five.stderr.split('\n')[0]}`;
    return [
      `teamscan workbook --from, 2,000 × 127, whole process (baseline: analyze of the same .csv; medians of ${RUNS}, interleaved; load ${load.toFixed(1)} on ${cores} cores):`,
      `  analyze .csv            ${analyzeMs.toFixed(0).padStart(7)} ms   (runs ${analyses.map((a) => a.ms.toFixed(0)).join(', ')})`,
      `  workbook --from         ${written.ms.toFixed(0).padStart(7)} ms   ${ratio.toFixed(1)}× analyze (target ≤ 10×: ${verdict(ratio <= 10)}; runs ${writes.map((w) => w.ms.toFixed(0)).join(', ')})`,
      `  peak resident           ${written.peakMb.toFixed(0).padStart(7)} MB   (highest of the runs; target ≤ 500 MB: ${verdict(written.peakMb <= 500)}; analyze ${analyses[0].peakMb.toFixed(0)} MB)`,
      `  file                    ${mb(size).padStart(10)}   (target ≤ 5 MB: ${verdict(size <= 5_000_000)})`,
      `  unpacked                ${mb(unpacked).padStart(10)}   (target ≤ 50 MB: ${verdict(unpacked <= 50_000_000)})`,
      `  analyze of the .xlsx    ${back.ms.toFixed(0).padStart(7)} ms   results equal to the .csv's: ${equal ? 'yes' : 'NO'}`,
      `  5,000 × 127             ${fiveLine}`,
    ].join('\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
