// Builds everything into dist/: the CLI bundle and the files generated from the formula registry.

import { rmSync } from 'node:fs';
import { build } from 'esbuild';
import { loadTs } from './load-ts.mjs';

const started = Date.now();
rmSync('dist', { recursive: true, force: true });

await build({
  entryPoints: ['cli/main.ts'],
  outfile: 'dist/cli/teamscan.cjs',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});

const { writeGenerated } = await loadTs('scripts/generate.ts');
writeGenerated('dist/generated');

console.log(`Teamscan gebouwd in dist/ (${Date.now() - started} ms)`);
