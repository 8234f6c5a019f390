// The built browser bundles against the oldest engines the build states (BROWSER_TARGETS, docs/design.md#8-architecture): no syntax
// newer than those (esbuild, asked to lower the code to them, finds nothing to lower) and no API newer than those
// outside a polyfill.

import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { transform } from 'esbuild';
import { readGasFile } from '../appsscript/fake/load-gas';

const BUNDLES: Record<string, () => string> = {
  'dist/addin/taskpane.js': () => readFileSync('dist/addin/taskpane.js', 'utf8'),
  'dist/addin/functions.js': () => readFileSync('dist/addin/functions.js', 'utf8'),
  'dist/addin/report.js': () => readFileSync('dist/addin/report.js', 'utf8'),
  'dist/addin/reports.js': () => readFileSync('dist/addin/reports.js', 'utf8'),
  'dist/addin/selftest.js': () => readFileSync('dist/addin/selftest.js', 'utf8'),
  'dist/preview/preview.js': () => readFileSync('dist/preview/preview.js', 'utf8'),
  'dist/gas/sidebar.html': () => /<script>([\s\S]*)<\/script>/.exec(readGasFile('sidebar.html'))![1]!,
};

/**
 * Built-ins newer than one of the targets (first versions from MDN's browser compatibility tables), found by the
 * name a minifier keeps; `polyfill` is the code that must define it in the same bundle.
 */
const NEWER_APIS: readonly { name: string; use: RegExp; since: string; polyfill?: RegExp }[] = [
  {
    name: 'Object.hasOwn',
    use: /Object\.hasOwn\(/,
    since: 'Chrome 93, Safari 15.4',
    polyfill: /defineProperty\(Object,\s*"hasOwn"/,
  },
  { name: 'Array.prototype.at', use: /\.at\((?:-?\d|[a-z]\.length)/, since: 'Safari 15.4' },
  { name: 'structuredClone', use: /\bstructuredClone\(/, since: 'Chrome 98, Safari 15.4' },
  { name: 'Array.prototype.findLast', use: /\.findLast(?:Index)?\(/, since: 'Chrome 97, Safari 15.4' },
  { name: 'change-array-by-copy', use: /\.(?:toSorted|toReversed|toSpliced)\(/, since: 'Chrome 110, Safari 16' },
  { name: 'Object.groupBy', use: /\b(?:Object|Map)\.groupBy\(/, since: 'Chrome 117, Firefox 119, Safari 17.4' },
  { name: 'Promise.withResolvers', use: /Promise\.withResolvers\(/, since: 'Chrome 119, Safari 17.4' },
  { name: 'Intl.Segmenter', use: /Intl\.Segmenter\b/, since: 'Firefox 125' },
  { name: 'String.prototype.isWellFormed', use: /\.(?:isWellFormed|toWellFormed)\(/, since: 'Chrome 111' },
  { name: 'Array.fromAsync', use: /Array\.fromAsync\(/, since: 'Chrome 121, Safari 16.4' },
];

let targets: string[];

beforeAll(() => {
  if (!existsSync('dist/addin/taskpane.js') || !existsSync('dist/preview/preview.js')) {
    execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
  }
  const read =
    "const m = await import('./scripts/build/panel-bundle.mjs'); console.log(JSON.stringify(m.BROWSER_TARGETS));";
  targets = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', read], { encoding: 'utf8' }));
}, 300_000);

/** The code as esbuild prints it for `target`: the same as for esnext unless some syntax had to be lowered. */
const printed = async (code: string, target: string | string[]) =>
  (await transform(code, { target, format: 'esm', charset: 'utf8', legalComments: 'none' })).code;

test('the build states the oldest engines: Chromium 100 (WebView2), Firefox ESR 115 and Safari 15', () => {
  expect(targets).toEqual(expect.arrayContaining(['chrome100', 'firefox115', 'safari15']));
});

test('the check finds syntax newer than the targets (a class static block: Safari 16.4)', async () => {
  const code = 'export class A { static { globalThis.a = 1; } }';
  expect(await printed(code, targets)).not.toBe(await printed(code, 'esnext'));
});

describe.each(Object.keys(BUNDLES))('%s', (bundle) => {
  test('holds no syntax newer than the targets', async () => {
    const code = BUNDLES[bundle]!();
    expect((await printed(code, targets)) === (await printed(code, 'esnext'))).toBe(true);
  });

  test('calls no API newer than the targets outside a polyfill', () => {
    const code = BUNDLES[bundle]!();
    const unguarded = NEWER_APIS.filter((api) => api.use.test(code) && !api.polyfill?.test(code));
    expect(unguarded.map((api) => `${api.name} (${api.since})`)).toEqual([]);
  });
});
