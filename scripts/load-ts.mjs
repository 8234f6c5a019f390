// Loads a TypeScript module from a Node script: bundles it with esbuild into a temporary CommonJS file.

import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';

const require = createRequire(import.meta.url);

export async function loadTs(entry) {
  const dir = mkdtempSync(join(tmpdir(), 'teamscan-'));
  const outfile = join(dir, 'module.cjs');
  try {
    await build({
      entryPoints: [entry],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      packages: 'external',
      outfile,
      logLevel: 'error',
    });
    return require(outfile);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
