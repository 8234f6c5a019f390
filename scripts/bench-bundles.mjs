// Bundle figures for `npm run bench` (docs/design.md#10-performance-targets): each panel bundle as shipped, beside the same entry built
// plainly on react-dom with Griffel's CSS left in the JavaScript (the baseline), in the same run.

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
    '| bundle | shipped JS | extracted CSS | baseline JS (react-dom, CSS in JS) |',
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
  return `${rows.join('\n')}\n\nTarget: task pane ≤ 350 KB minified JavaScript (1 KB = 1,000 bytes here).`;
}
