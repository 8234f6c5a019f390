// Builds everything into dist/: runs the numbered steps in scripts/build/ (10-…, 20-…) in name order.

import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const started = Date.now();
rmSync('dist', { recursive: true, force: true });
const steps = readdirSync('scripts/build')
  .filter((file) => /^\d+-.*\.mjs$/.test(file))
  .sort();
for (const step of steps) {
  const { build } = await import(pathToFileURL(join('scripts/build', step)).href);
  await build();
}
console.log(`Teamscan gebouwd in dist/ (${Date.now() - started} ms)`);
