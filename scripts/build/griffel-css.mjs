// esbuild plugin: moves the panel's Griffel styles out of the JavaScript into one stylesheet, with Griffel's own
// transforms (the babel preset compiles our makeStyles ahead of time; the extraction plugin's transform strips CSS).

import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { transformAsync } from '@babel/core';
import griffelPreset from '@griffel/babel-preset';
import { defaultCompareMediaQueries } from '@griffel/core';
import { sortCSSRules } from '@griffel/webpack-extraction-plugin/src/sortCSSRules.js';
import { transformSync } from '@griffel/webpack-extraction-plugin/src/transformSync.js';
import { transformSync as esbuildTransformSync, transform } from 'esbuild';

const GRIFFEL_CALLS = /__styles|__resetStyles|__staticStyles/;
const OWN_STYLE_HOOKS = /\bmake(?:Styles|ResetStyles|StaticStyles)\b/;
const SCRIPT = /\.(?:[cm]?js|tsx?)$/;

/**
 * The preset evaluates style objects in Node. Node 20's require picks the "module-sync" (ESM) files of
 * @swc/helpers, which Fluent's CommonJS build requires; the evaluator reads them as scripts, so they are
 * turned into CommonJS first.
 */
const esmHelpersAsCommonJs = (filename, _options, text) => [
  esbuildTransformSync(text, { format: 'cjs', loader: 'js', sourcefile: filename }).code,
  null,
];
const EVALUATION_RULES = [
  { action: griffelPreset.shakerEvaluator },
  { test: /[/\\]node_modules[/\\]/, action: 'ignore' },
  { test: /[/\\]node_modules[/\\]@swc[/\\]helpers[/\\]esm[/\\]/, action: esmHelpersAsCommonJs },
];

/** Our own source: TypeScript to JavaScript, then makeStyles to precompiled __styles. */
async function compileOwnStyles(path, source) {
  const loader = path.endsWith('.tsx') ? 'tsx' : 'ts';
  const { code } = await transform(source, { loader, jsx: 'automatic', format: 'esm', target: 'es2020' });
  const result = await transformAsync(code, {
    filename: path,
    babelrc: false,
    configFile: false,
    presets: [['@griffel/babel-preset', { evaluationRules: EVALUATION_RULES }]],
  });
  if (!result?.code) throw new Error(`griffel-css: ${path} could not be compiled`);
  return result.code;
}

/**
 * The plugin; `onCss(css)` receives the sorted stylesheet after each build. A module whose styles cannot be
 * compiled fails the build rather than shipping a panel without its CSS.
 */
export function griffelCss(onCss) {
  const rulesByModule = new Map();
  return {
    name: 'griffel-css',
    setup(build) {
      build.onStart(() => {
        rulesByModule.clear();
      });
      build.onLoad({ filter: SCRIPT }, async (args) => {
        const inPackages = args.path.includes('node_modules');
        let code = await readFile(args.path, 'utf8');
        if (inPackages ? !GRIFFEL_CALLS.test(code) : !OWN_STYLE_HOOKS.test(code)) return undefined;
        if (!inPackages) code = await compileOwnStyles(args.path, code);
        const result = transformSync(code, { filename: args.path, enableSourceMaps: false, inputSourceMap: undefined });
        if (result.cssRulesByBucket) rulesByModule.set(args.path, result.cssRulesByBucket);
        return { contents: result.code, loader: 'js', resolveDir: dirname(args.path) };
      });
      build.onEnd((result) => {
        if (result.errors.length > 0) return;
        // Barrel files make esbuild load every component's styles; only modules that reach the output count.
        const inOutput = new Set();
        for (const output of Object.values(result.metafile.outputs)) {
          for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
            if (bytesInOutput > 0) inOutput.add(resolve(input));
          }
        }
        // Sorted by module path, so the stylesheet does not depend on the order esbuild happened to load them in.
        const ordered = [...rulesByModule.keys()]
          .filter((path) => inOutput.has(path))
          .sort()
          .map((path) => rulesByModule.get(path));
        onCss(sortCSSRules(ordered, defaultCompareMediaQueries));
      });
    },
  };
}
