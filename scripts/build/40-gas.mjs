// Build step: the Apps Script project in dist/gas/ — server bundle, generated top-level functions, sidebar, manifest.

import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build as esbuild } from 'esbuild';
import { loadTs } from '../load-ts.mjs';
import { panelBundleOptions } from './panel-bundle.mjs';
import { terserPass } from './terser-pass.mjs';

const OUT = 'dist/gas';
/** docs/design.md#10-performance-targets. */
const MAX_SERVER_BYTES = 150_000;
// The core uses Object.hasOwn; older Apps Script V8 runtimes may lack it.
// Without spaces: it counts toward the server code's bytes (docs/design.md#10-performance-targets).
const POLYFILLS = 'if(!Object.hasOwn)Object.hasOwn=function(o,k){return Object.prototype.hasOwnProperty.call(o,k)};';

async function serverBundle() {
  const { APPS_SCRIPT_GLOBAL: global } = await loadTs('shared/formulas/generate/apps-script.ts');
  const result = await esbuild({
    entryPoints: ['appsscript/server/index.ts'],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: global,
    platform: 'neutral',
    target: 'es2020',
    // Class fields as written (V8 7.2, 2019: older than Apps Script's V8 runtime, 2020) instead of helper calls.
    supported: { 'class-field': true },
    minifySyntax: true,
    minifyWhitespace: true,
    // Local names only: the one global (APPS_SCRIPT_GLOBAL) and its exported members keep their names.
    minifyIdentifiers: true,
    legalComments: 'none',
    // Apps Script keeps a file's source as UTF-8 text: "ë" costs 2 bytes as itself, 4 as the escape "\\xEB".
    charset: 'utf8',
    logLevel: 'warning',
  });
  const banner = `// Teamscan for Google Sheets (generated; see appsscript/ in the repository).\n${POLYFILLS}`;
  const code = `${banner}\n${await compress(result.outputFiles[0].text)}`;
  // Apps Script has no modules: the wrappers and endpoints find the bundle through this one global.
  if (!new RegExp(`^(?:"use strict";)?var ${global}\\s*=`, 'm').test(code))
    throw new Error(`dist/gas/teamscan.js does not assign a top-level var ${global}`);
  if (/\bfrom\s*["']react|createElement\(|__SECRET_INTERNALS/.test(code)) {
    throw new Error('dist/gas/teamscan.js contains React: the server bundle must not import the UI');
  }
  const bytes = Buffer.byteLength(code);
  if (bytes > MAX_SERVER_BYTES) throw new Error(`dist/gas/teamscan.js is ${bytes} bytes, over ${MAX_SERVER_BYTES}`);
  return code;
}

/**
 * A second pass by terser over esbuild's output: it also writes callbacks that do not use `this` or `arguments` as
 * arrows and folds what esbuild leaves (about 2.3 KB of the server's 150,000). Top-level names stay, so the global
 * the wrappers call keeps its name; Apps Script's V8 runtime has arrows and ES2020.
 */
function compress(code) {
  return terserPass(code, 'dist/gas/teamscan.js', { passes: 3, unsafe_arrows: true });
}

async function sidebarHtml() {
  let css = '';
  const result = await esbuild({
    ...panelBundleOptions((extracted) => {
      css = extracted;
    }),
    entryPoints: ['appsscript/sidebar/index.tsx'],
    write: false,
  });
  // Inlined into one file: a "</script" inside the code would end the script element early, "</style" the sheet.
  const js = result.outputFiles[0].text.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
  const sheet = css.replace(/<\/(style)/gi, '<\\/$1');
  return [
    '<!DOCTYPE html>',
    '<html lang="nl">',
    '<head>',
    '<base target="_top">',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<title>Teamscan</title>',
    '<style>html,body{margin:0;padding:0;font-family:"Segoe UI",Roboto,Arial,sans-serif;}</style>',
    `<style>${sheet}</style>`,
    '</head>',
    '<body>',
    '<div id="root"></div>',
    `<script>${js}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

export async function build() {
  mkdirSync(OUT, { recursive: true });
  writeFileSync(join(OUT, 'teamscan.js'), await serverBundle());
  const { appsScriptWrappers } = await loadTs('shared/formulas/generate/apps-script.ts');
  writeFileSync(join(OUT, 'functions.js'), appsScriptWrappers());
  const { topLevelFunctions } = await loadTs('appsscript/server/top-level.ts');
  writeFileSync(join(OUT, 'main.js'), topLevelFunctions());
  writeFileSync(join(OUT, 'sidebar.html'), await sidebarHtml());
  copyFileSync('manifests/appsscript.json', join(OUT, 'appsscript.json'));
}
