// Benchmark of docs/design.md#10-performance-targets: reading and analysing a generated team matrix, beside a bare pass over the same cells.

import { analyze } from '../shared/analysis/analyze';
import type { CellValue } from '../shared/matrix/grid';
import { readMatrix } from '../shared/matrix/read';
import { NPULS } from '../shared/profiles/data/npuls';
import { random } from './seeded-random';

const WORDS: CellValue[] = ['Bekwaam', '3 - Gevorderd', 'x', 'nee', 'Expert', 'in ontwikkeling'];

/** People × every npuls item: 70 % numbers (some with decimals), 10 % words, 10 % empty, 10 % n.v.t. */
export function generateMatrix(people: number, seed = 42): CellValue[][] {
  const next = random(seed);
  const items = NPULS.areas.flatMap((area) => area.items.map((item) => item.id));
  const rows: CellValue[][] = [['Naam', ...items]];
  for (let p = 0; p < people; p++) {
    const row: CellValue[] = [`Persoon ${p + 1}`];
    for (let i = 0; i < items.length; i++) {
      const pick = next();
      if (pick < 0.6) row.push(Math.floor(next() * 5));
      else if (pick < 0.7) row.push(Math.round(next() * 40) / 10);
      else if (pick < 0.8) row.push(WORDS[Math.floor(next() * WORDS.length)]!);
      else if (pick < 0.9) row.push(null);
      else row.push('n.v.t.');
    }
    rows.push(row);
  }
  return rows;
}

/** The baseline: one pass over the same cells that only sums the numbers and counts the rest. */
export function barePass(rows: readonly (readonly CellValue[])[]): number {
  let sum = 0;
  let other = 0;
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r]!;
    for (let c = 1; c < row.length; c++) {
      const value = row[c];
      if (typeof value === 'number') sum += value;
      else if (value !== null) other++;
    }
  }
  return sum + other;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/**
 * Median times of the analysis and of the bare pass, their runs taken in turn: a neighbour on a shared machine then
 * slows both alike, where timing one after the other would put a busy moment into one figure only.
 */
function timeInTurn(analysis: () => unknown, bare: () => unknown, repeats: number): [number, number] {
  // Warm up until the JIT has settled (at least 5 runs each and 300 ms), the same for both.
  const warmUntil = performance.now() + 300;
  for (let i = 0; i < 5 || performance.now() < warmUntil; i++) {
    analysis();
    bare();
  }
  const analysisSamples: number[] = [];
  const bareSamples: number[] = [];
  for (let i = 0; i < repeats; i++) {
    let start = performance.now();
    analysis();
    analysisSamples.push(performance.now() - start);
    start = performance.now();
    bare();
    bareSamples.push(performance.now() - start);
  }
  return [median(analysisSamples), median(bareSamples)];
}

interface Round {
  readonly analysis: number;
  readonly bare: number;
}

/**
 * The analysis beside the bare pass per team size, in `rounds` rounds over all sizes: each size's row is its round
 * with the median ratio, the other rounds' ratios beside it. A busy spell of a neighbour on a shared machine then
 * moves one round, not the figure.
 */
export function runBench(sizes: readonly number[] = [500, 1000, 2000, 4000], repeats = 31, rounds = 3): string {
  const matrices = sizes.map((people) => generateMatrix(people));
  const measured: Round[][] = sizes.map(() => []);
  for (let round = 0; round < rounds; round++) {
    matrices.forEach((rows, size) => {
      const [analysis, bare] = timeInTurn(
        () => analyze(readMatrix({ values: rows }, NPULS)),
        () => barePass(rows),
        repeats,
      );
      measured[size]!.push({ analysis, bare });
    });
  }
  const shown: Round[] = [];
  const lines = [
    `each row: medians of ${repeats} runs, the analysis and the bare pass taken in turn; the round with the median ratio of ${rounds}`,
    'people  cells     analysis ms  bare pass ms  ratio  µs per 1000 cells  ratios of the rounds',
  ];
  sizes.forEach((people, size) => {
    const cells = people * (matrices[size]![0]!.length - 1);
    const byRatio = [...measured[size]!].sort((a, b) => a.analysis / a.bare - b.analysis / b.bare);
    const { analysis, bare } = byRatio[Math.floor(byRatio.length / 2)]!;
    shown.push({ analysis, bare });
    lines.push(
      [
        String(people).padEnd(6),
        String(cells).padEnd(8),
        analysis.toFixed(2).padStart(11),
        bare.toFixed(2).padStart(12),
        (analysis / bare).toFixed(1).padStart(6),
        ((analysis * 1_000_000) / cells).toFixed(1).padStart(18),
        `  ${measured[size]!.map((round) => (round.analysis / round.bare).toFixed(1)).join(', ')}`,
      ].join('  '),
    );
  });
  const over = sizes.filter((_, size) => shown[size]!.analysis > 3 * shown[size]!.bare);
  lines.push(`within 3× of the bare pass: ${over.length === 0 ? 'met' : `NOT MET at ${over.join(', ')} people`}`);
  const at2000 = sizes.indexOf(2000);
  if (at2000 >= 0) {
    const ms = shown[at2000]!.analysis;
    lines.push(`2,000 × 127 under 50 ms: ${ms < 50 ? 'met' : 'NOT MET'} (${ms.toFixed(1)} ms)`);
  }
  return lines.join('\n');
}
