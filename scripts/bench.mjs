// `npm run bench`: the analysis beside the bare single pass per team size, .xlsx beside .csv reading, the no-install
// workbook beside `analyze`, the panel's latency beside a bare frame, and the panel bundles beside a plain build (docs/design.md#10-performance-targets).

import { loadTs } from './load-ts.mjs';

const { runBench, generateMatrix } = await loadTs('scripts/bench.ts');
console.log(`Teamscan bench — Node ${process.version}; targets: 2,000 × 127 under 50 ms, within 3× of the bare pass`);
console.log(runBench());

const { xlsxFigures } = await import('./bench-xlsx.mjs');
console.log(
  '\n.xlsx reading (docs/design.md#10-performance-targets: within 5× of .csv; a stray cell at row 20,000 costs no more than a row)',
);
console.log(await xlsxFigures(generateMatrix));

const { workbookFigures } = await import('./bench-workbook.mjs');
console.log(
  '\nNo-install workbook (docs/design.md#10-performance-targets: ≤ 10× analyze, ≤ 500 MB resident, ≤ 5 MB, ≤ 50 MB unpacked, reads back equal)',
);
console.log(await workbookFigures(generateMatrix));

const { panelFigures } = await import('./bench-panel.mjs');
console.log(
  '\nPanel latency (docs/design.md#10-performance-targets: selection → form ready and Enter → next person ready ≤ 100 ms)',
);
console.log(await panelFigures());

const { bundleFigures } = await import('./bench-bundles.mjs');
console.log('\nPanel bundles (docs/design.md#10-performance-targets)');
console.log(await bundleFigures());
