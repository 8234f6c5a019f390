// Build step: the browser preview (the real panel on an in-memory workbook) into dist/preview/, minified.

import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build as esbuild } from 'esbuild';
import { panelBundleOptions } from './panel-bundle.mjs';

/** Builds into `root`/preview (default dist/preview); returns the size of the JavaScript in bytes. */
export async function build({ root = 'dist' } = {}) {
  const outdir = join(root, 'preview');
  mkdirSync(outdir, { recursive: true });
  const result = await esbuild({
    ...panelBundleOptions((css) => writeFileSync(join(outdir, 'panel.css'), css)),
    entryPoints: ['preview/main.tsx'],
    outfile: join(outdir, 'preview.js'),
  });
  copyFileSync('preview/index.html', join(outdir, 'index.html'));
  copyFileSync('preview/preview.css', join(outdir, 'preview.css'));
  const bytes = Object.values(result.metafile.outputs).reduce((sum, output) => sum + output.bytes, 0);
  console.log(`preview: ${join(outdir, 'preview.js')} ${(bytes / 1024).toFixed(0)} KB`);
  return bytes;
}
