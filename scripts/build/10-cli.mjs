// Build step: the `teamscan` CLI bundle and the files generated from the formula registry.

import { build as esbuild } from 'esbuild';
import { loadTs } from '../load-ts.mjs';

export async function build() {
  await esbuild({
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
}
