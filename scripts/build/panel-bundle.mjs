// Shared esbuild options for the three builds of the panel (task pane, preview, Sheets sidebar): the React API
// served by preact/compat, Griffel's CSS in a stylesheet, Fluent's token table as a lookup and its light theme as
// a literal (docs/design.md#10-performance-targets sizes).

import { createRequire } from 'node:module';
import { griffelCss } from './griffel-css.mjs';

const require = createRequire(import.meta.url);

/**
 * Fluent's `tokens` maps every token name to `var(--name)`, 467 entries and about 29 KB minified. The same
 * answers come from a proxy plus the few entries with a fallback value, read from the installed table at build
 * time (tests/addin/panel-bundle.test.ts checks every entry). Names are checked by TypeScript, not at run time.
 */
export function tokensModuleSource() {
  const { tokens } = require('@fluentui/tokens');
  const exceptions = Object.fromEntries(Object.entries(tokens).filter(([name, value]) => value !== `var(--${name})`));
  return [
    `const exceptions = ${JSON.stringify(exceptions)};`,
    'export const tokens = new Proxy(Object.freeze({}), {',
    "  get: (_, name) => (typeof name === 'string' ? (exceptions[name] ?? 'var(--' + name + ')') : undefined),",
    '});',
  ].join('\n');
}

const tokensAsLookup = {
  name: 'fluent-tokens-lookup',
  setup(build) {
    build.onLoad({ filter: /[\\/]@fluentui[\\/]tokens[\\/]lib[\\/]tokens\.js$/ }, () => ({
      contents: tokensModuleSource(),
      loader: 'js',
    }));
  },
};

/**
 * Fluent builds `webLightTheme` at run time from its whole colour palette (about 22 KB minified); the panel only
 * needs the result, so the module becomes that object as a literal (about 18 KB), taken from the installed package
 * at build time (tests/addin/panel-theme.test.ts compares it with the real theme).
 */
export function lightThemeModuleSource() {
  const { webLightTheme } = require('@fluentui/tokens');
  return `export const webLightTheme = ${JSON.stringify(webLightTheme)};`;
}

const lightThemeAsLiteral = {
  name: 'fluent-light-theme-literal',
  setup(build) {
    build.onLoad({ filter: /[\\/]@fluentui[\\/]tokens[\\/]lib[\\/]themes[\\/]web[\\/]lightTheme\.js$/ }, () => ({
      contents: lightThemeModuleSource(),
      loader: 'js',
    }));
  },
};

/**
 * The oldest engines the browser bundles (task pane, functions, report page, preview, Sheets sidebar) support
 * (docs/design.md#8-architecture): Chromium 100 (WebView2 of Excel on Windows, Edge, Chrome), Firefox ESR 115 and Safari 15 (WKWebView
 * of Excel for Mac on macOS 12). esbuild lowers newer syntax to these; tests/addin/engine-targets.test.ts checks the
 * built bundles hold no newer syntax and no newer API outside a polyfill.
 */
export const BROWSER_TARGETS = ['es2020', 'chrome100', 'edge100', 'firefox115', 'safari15'];

/**
 * A minified browser bundle without the panel's changes below: used for the Excel functions bundle, and as the
 * baseline `npm run bench` compares the panel with.
 */
export const PLAIN_BROWSER_OPTIONS = {
  bundle: true,
  minify: true,
  format: 'iife',
  platform: 'browser',
  target: BROWSER_TARGETS,
  jsx: 'automatic',
  legalComments: 'none',
  logLevel: 'warning',
  metafile: true,
  define: { 'process.env.NODE_ENV': '"production"' },
};

/** esbuild options for a panel bundle; `onCss` receives the extracted stylesheet. */
export function panelBundleOptions(onCss) {
  return {
    ...PLAIN_BROWSER_OPTIONS,
    // The panel is written and unit-tested against React 19; the browser bundles run it on preact/compat, which
    // is about 30 KB instead of react-dom's 190 KB (docs/decisions.md).
    alias: { react: 'preact/compat', 'react-dom': 'preact/compat' },
    // Every panel bundle (task pane, preview, Sheets sidebar) runs the Excel entries' polyfills first: the Sheets
    // sidebar runs in the user's browser, Safari 15.0–15.3 included, which has no Object.hasOwn (docs/design.md#8-architecture).
    inject: ['addin/polyfills.ts'],
    plugins: [tokensAsLookup, lightThemeAsLiteral, griffelCss(onCss)],
  };
}
