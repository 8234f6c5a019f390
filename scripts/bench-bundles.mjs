// Bundle figures for `npm run bench` (docs/design.md#10-performance-targets): each panel bundle as shipped, beside the same entry built
// plainly on react-dom with Griffel's CSS left in the JavaScript (the baseline), in the same run.

import { existsSync, statSync } from 'node:fs';
import { build } from 'esbuild';
import { PLAIN_BROWSER_OPTIONS, panelBundleOptions } from './build/panel-bundle.mjs';

const ENTRIES = [
  ['task pane', 'addin/taskpane/entry.tsx'],
  ['preview', 'preview/main.tsx'],
  ['Sheets sidebar', 'appsscript/sidebar/index.tsx'],
];

const kb = (bytes) => `${(bytes / 1000).toFixed(0)} KB`;

async function javascriptBytes(options, entry) {
  const result = await build({ ...options, entryPoints: [entry], outfile: 'bench.js', write: false });
  return result.outputFiles.reduce((sum, file) => sum + (file.path.endsWith('.js') ? file.contents.length : 0), 0);
}

/** A markdown table: shipped JS and CSS, the plain baseline, and the task pane target. */
export async function bundleFigures() {
  const rows = [
    '| bundle | all its JS (first-use chunks included) | extracted CSS | baseline JS (react-dom, CSS in JS) |',
    '| --- | --- | --- | --- |',
  ];
  for (const [name, entry] of ENTRIES) {
    let css = '';
    const shipped = await javascriptBytes(
      panelBundleOptions((extracted) => {
        css = extracted;
      }),
      entry,
    );
    const baseline = await javascriptBytes(PLAIN_BROWSER_OPTIONS, entry);
    rows.push(`| ${name} | ${kb(shipped)} | ${kb(css.length)} | ${kb(baseline)} |`);
  }
  // The budget is the pane's own script as built: the parts it loads on first use (inject.js, bind.js, reports.js …) apart.
  const pane = 'dist/addin/taskpane.js';
  const shipped = existsSync(pane)
    ? (() => {
        const bytes = statSync(pane).size;
        return `${pane}: ${bytes.toLocaleString('en-US')} bytes (target ≤ 350,000: ${bytes <= 350_000 ? 'met' : 'NOT MET'})`;
      })()
    : `${pane}: not built (run \`npm run build\` first)`;
  return `${rows.join('\n')}\n\nTask pane script as loaded, its first-use chunks apart — ${shipped}.`;
}
