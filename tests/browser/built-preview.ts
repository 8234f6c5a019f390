// The browser lane's one preview build per jest run (its globalSetup and globalTeardown): every browser suite serves
// it (servePreview in chromium.ts) instead of building its own. Right after `npm run build`, as `npm test` runs it,
// the preview in dist/ is newer than every file it is built from, and is served as it is.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const BUILD = "await (await import('./scripts/build/30-preview.mjs')).build({ root: process.argv[1] });";
/** What a preview build reads: the sources it bundles, the build steps, the installed package versions. */
export const PREVIEW_INPUTS = ['shared', 'preview', 'scripts/build', 'package-lock.json'];
export const PREVIEW_OUTPUTS = ['preview.js', 'panel.css', 'index.html', 'preview.css'];

/** The newest modification time of a file or of any file under a folder. */
function newest(path: string): number {
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

/** `root`/dist when its preview is complete and newer than everything it is built from. */
export function freshDistPreview(root = ROOT): string | undefined {
  const built = PREVIEW_OUTPUTS.map((file) => join(root, 'dist', 'preview', file));
  if (!built.every((file) => existsSync(file))) return undefined;
  const builtAt = Math.min(...built.map((file) => statSync(file).mtimeMs));
  const inputs = PREVIEW_INPUTS.map((input) => join(root, input)).filter((input) => existsSync(input));
  return inputs.every((input) => newest(input) < builtAt) ? join(root, 'dist') : undefined;
}

/** globalSetup: dist/ when fresh, else a build into a temporary folder; the workers inherit the environment. */
export function buildPreviewOnce(): void {
  const fresh = freshDistPreview();
  if (fresh) {
    process.env.TEAMSCAN_BUILT_PREVIEW = fresh;
    return;
  }
  const root = mkdtempSync(join(tmpdir(), 'teamscan-preview-'));
  // A child process with the repository as working folder, as `npm run build` runs the step.
  execFileSync(process.execPath, ['--input-type=module', '-e', BUILD, root], { cwd: ROOT, stdio: 'pipe' });
  process.env.TEAMSCAN_BUILT_PREVIEW = root;
  process.env.TEAMSCAN_BUILT_PREVIEW_TEMPORARY = root;
}

/** globalTeardown: removes the temporary build, never dist/. */
export function removeBuiltPreview(): void {
  const root = process.env.TEAMSCAN_BUILT_PREVIEW_TEMPORARY;
  if (root && root === process.env.TEAMSCAN_BUILT_PREVIEW) rmSync(root, { recursive: true, force: true });
  delete process.env.TEAMSCAN_BUILT_PREVIEW;
  delete process.env.TEAMSCAN_BUILT_PREVIEW_TEMPORARY;
}
