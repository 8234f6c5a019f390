// Jest globalSetup of the browser lane: builds the preview once per run into a temporary folder, which every
// browser suite then serves (servePreview in chromium.ts), instead of each suite building its own.

import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const BUILD = "await (await import('./scripts/build/30-preview.mjs')).build({ root: process.argv[1] });";

export default function buildPreviewOnce() {
  const root = mkdtempSync(join(tmpdir(), 'teamscan-preview-'));
  // A child process with the repository as working folder, as `npm run build` runs the step.
  execFileSync(process.execPath, ['--input-type=module', '-e', BUILD, root], { cwd: ROOT, stdio: 'pipe' });
  // The workers start after this and inherit the environment.
  process.env.TEAMSCAN_BUILT_PREVIEW = root;
}
