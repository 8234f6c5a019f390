// Fluent UI for the test lanes in one prebundled file: jest's module loader spends 1–4 s per suite resolving and
// compiling Fluent's ~1,500 small modules, the same code bundled once by esbuild (as the panel's build does) loads in
// a tenth of that. React stays outside the bundle so tests and Fluent share one React.

const { existsSync, mkdirSync, renameSync } = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const fluentVersion = require('@fluentui/react-components/package.json').version;
const esbuildVersion = require('esbuild/package.json').version;

/** Where the bundle of this Fluent version lives; jest's moduleNameMapper points `@fluentui/react-components` here. */
const bundlePath = path.join(
  root,
  'node_modules',
  '.cache',
  'teamscan-tests',
  `fluent-react-components-${fluentVersion}-esbuild-${esbuildVersion}.cjs`,
);

/** Jest globalSetup: writes the bundle when this version has none yet (about 3 s, once per install). */
async function buildFluentForTests() {
  if (existsSync(bundlePath)) return;
  const { build } = require('esbuild');
  mkdirSync(path.dirname(bundlePath), { recursive: true });
  // Written beside and renamed: a run interrupted halfway never leaves a broken bundle behind.
  const partial = `${bundlePath}.${process.pid}.partial`;
  await build({
    // The ESM entry lets esbuild leave out the icons Fluent does not use (the CommonJS one pulls in 20 MB of them).
    stdin: { contents: "export * from '@fluentui/react-components';", resolveDir: root },
    bundle: true,
    platform: 'browser',
    format: 'cjs',
    target: 'es2020',
    external: ['react', 'react-dom', 'react/*', 'react-dom/*', 'scheduler'],
    outfile: partial,
    logLevel: 'warning',
  });
  renameSync(partial, bundlePath);
}

module.exports = buildFluentForTests;
module.exports.bundlePath = bundlePath;
