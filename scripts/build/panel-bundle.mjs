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
 * needs the result, so the module becomes that object as a literal, taken from the installed package at build
 * time. `keep` limits it to the tokens a bundle references (FluentProvider writes each entry as a CSS variable,
 * and a variable nothing reads costs bytes only); tests/addin/panel-theme.test.ts compares it with the real theme.
 */
export function lightThemeModuleSource(keep) {
  const { webLightTheme } = require('@fluentui/tokens');
  const entries = Object.entries(webLightTheme).filter(([name]) => keep === undefined || keep.has(name));
  return `export const webLightTheme = ${JSON.stringify(Object.fromEntries(entries))};`;
}

/**
 * The theme's token names a built bundle may reach: every identifier in its JavaScript (property access such as
 * `tokens.colorX`, the proxy's answer `var(--colorX)`, quoted names) and in its stylesheet (`var(--colorX)`).
 * A superset on purpose: any mention keeps the token.
 */
export function themeTokensReferencedBy(texts) {
  const { webLightTheme } = require('@fluentui/tokens');
  const words = new Set();
  for (const text of texts) for (const [word] of text.matchAll(/[A-Za-z_$][\w$]*/g)) words.add(word);
  return new Set(Object.keys(webLightTheme).filter((name) => words.has(name)));
}

const LIGHT_THEME_MODULE = /[\\/]@fluentui[\\/]tokens[\\/]lib[\\/]themes[\\/]web[\\/]lightTheme\.js$/;

/** Serves the theme module as a literal of the tokens in `keep` (all of them when `keep` is undefined). */
function lightThemeAsLiteral(keep) {
  return {
    name: 'fluent-light-theme-literal',
    setup(build) {
      build.onLoad({ filter: LIGHT_THEME_MODULE }, () => ({ contents: lightThemeModuleSource(keep()), loader: 'js' }));
    },
  };
}

/** The plugins the first pass swaps: its theme is empty and its stylesheet is only read. */
const REPLACED_IN_FIRST_PASS = new Set(['fluent-light-theme-pruned', 'griffel-css']);

/**
 * Two passes over the same entry: the first, with an empty theme and nothing written, finds the token names
 * the bundle and its stylesheet mention; the real build then carries only those.
 */
function prunedLightTheme() {
  let keep;
  return {
    name: 'fluent-light-theme-pruned',
    setup(build) {
      build.onStart(async () => {
        let css = '';
        const first = await build.esbuild.build({
          ...build.initialOptions,
          write: false,
          logLevel: 'silent',
          plugins: [
            ...build.initialOptions.plugins.filter((plugin) => !REPLACED_IN_FIRST_PASS.has(plugin.name)),
            lightThemeAsLiteral(() => new Set()),
            griffelCss((extracted) => {
              css = extracted;
            }),
          ],
        });
        keep = themeTokensReferencedBy([...first.outputFiles.map((file) => file.text), css]);
      });
      build.onLoad({ filter: LIGHT_THEME_MODULE }, () => ({ contents: lightThemeModuleSource(keep), loader: 'js' }));
    },
  };
}

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
    plugins: [tokensAsLookup, prunedLightTheme(), griffelCss(onCss)],
  };
}
