// `npm run bench`: prints the analysis figures beside the bare single pass, per team size (DESIGN §10).

import { loadTs } from './load-ts.mjs';

const { runBench } = await loadTs('scripts/bench.ts');
console.log(`Teamscan bench — Node ${process.version}; targets: 2,000 × 127 under 50 ms, within 5× of the bare pass`);
console.log(runBench());
