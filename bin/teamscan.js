#!/usr/bin/env node
// Launcher of the `teamscan` command: runs the CLI bundle that `npm run build` writes to dist/.
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const bundle = join(__dirname, '..', 'dist', 'cli', 'teamscan.cjs');
if (existsSync(bundle)) {
  require(bundle);
} else {
  process.stderr.write('Teamscan is nog niet gebouwd: voer eerst `npm install` of `npm run build` uit.\n');
  process.exitCode = 1;
}
