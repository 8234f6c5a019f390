// Build step: the browser preview (the real panel on an in-memory workbook) into dist/preview/, minified.

import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { build as esbuild } from 'esbuild';

/** Builds into `root`/preview (default dist/preview); returns the size of the JavaScript in bytes. */
export async function build({ root = 'dist' } = {}) {
  const outdir = join(root, 'preview');
  mkdirSync(outdir, { recursive: true });
  const result = await esbuild({
    entryPoints: ['preview/main.tsx'],
    outfile: join(outdir, 'preview.js'),
    bundle: true,
    minify: true,
    format: 'iife',
    platform: 'browser',
    target: ['es2020', 'chrome100', 'firefox100', 'safari15'],
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    metafile: true,
    legalComments: 'none',
    logLevel: 'warning',
  });
  copyFileSync('preview/index.html', join(outdir, 'index.html'));
  copyFileSync('preview/preview.css', join(outdir, 'preview.css'));
  const bytes = Object.values(result.metafile.outputs).reduce((sum, output) => sum + output.bytes, 0);
  console.log(`preview: ${join(outdir, 'preview.js')} ${(bytes / 1024).toFixed(0)} KB`);
  return bytes;
}
