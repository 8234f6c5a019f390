// Build step: the Excel add-in in dist/addin/: manifests (dev and prod), task pane, functions bundle and metadata, icons.

import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build as esbuild } from 'esbuild';
import { ICON_SIZES, iconPng } from '../../manifests/icons.mjs';
import { loadTs } from '../load-ts.mjs';
import { PLAIN_BROWSER_OPTIONS, panelBundleOptions } from './panel-bundle.mjs';
import { terserPass } from './terser-pass.mjs';

const OUT = 'dist/addin';
export const DEV_BASE_URL = 'https://localhost:3000/addin';
/** Where a deployment serves dist/addin/; set TEAMSCAN_BASE_URL for a real one. */
export const PLACEHOLDER_BASE_URL = 'https://teamscan.example.org/addin';

/** The manifest for a base URL: one template, the URLs and version filled in. */
export function renderManifest(template, baseUrl, version, englishLocales) {
  const base = baseUrl.replace(/\/+$/, '');
  const overrides = englishLocales
    .map((locale) => `          <bt:Override Locale="${locale}" Value="${base}/functions.en.json" />`)
    .join('\n');
  return template
    .replaceAll('{{BASE_URL}}', base)
    .replaceAll('{{VERSION}}', version)
    .replaceAll('{{ENGLISH_OVERRIDES}}', overrides);
}

/** "0.1.0" → "0.1.0.0" (the manifest wants up to four numeric parts). */
function manifestVersion(version) {
  const parts = version
    .split(/[.+-]/)
    .filter((part) => /^\d+$/.test(part))
    .slice(0, 4);
  while (parts.length < 4) parts.push('0');
  return parts.join('.');
}

/**
 * In the task pane the report makers come from reports.js, loaded when a report is asked for
 * (addin/taskpane/load-reports.ts), not with the pane (docs/design.md#10-performance-targets).
 */
const reportsOnDemand = {
  name: 'reports-on-demand',
  setup(build) {
    // Any part of the panel that asks for the report makers (the report buttons, Dekking's plan goals).
    build.onResolve({ filter: /[\\/]report[\\/]load$/ }, (args) =>
      /[\\/]shared[\\/]ui[\\/]/.test(args.importer) ? { path: resolve('addin/taskpane/load-reports.ts') } : undefined,
    );
  },
};

/**
 * The conversation's sheet planner likewise: conversation.js, loaded when an injection asks for its sheets; and
 * the Scan part's conversation kit (shared/ui/conversation/load.ts) from the same script, when the workbook has them.
 */
const conversationOnDemand = {
  name: 'conversation-on-demand',
  setup(build) {
    build.onResolve({ filter: /[\\/]conversation[\\/]load$/ }, (args) =>
      /[\\/]shared[\\/]ui[\\/]/.test(args.importer)
        ? { path: resolve('addin/taskpane/load-conversation.ts') }
        : undefined,
    );
    build.onResolve({ filter: /[\\/]load-conversation$/ }, (args) =>
      /[\\/]shared[\\/]ui[\\/]inject[\\/]/.test(args.importer)
        ? { path: resolve('addin/taskpane/load-conversation.ts') }
        : undefined,
    );
  },
};

/**
 * The binding flow's kit (reading a table for a proposal, the flow's texts) comes from bind.js, loaded when a
 * workbook without a Teammatrix shows the flow (addin/taskpane/load-bind-kit.ts), not with the pane.
 */
const bindKitOnDemand = {
  name: 'bind-kit-on-demand',
  setup(build) {
    build.onResolve({ filter: /[\\/]bind[\\/]load$/ }, (args) =>
      /[\\/]shared[\\/]ui[\\/]bind[\\/]/.test(args.importer)
        ? { path: resolve('addin/taskpane/load-bind-kit.ts') }
        : undefined,
    );
  },
};

/**
 * The injection's plan builder and Excel plan applier come from inject.js, loaded when the Inject part opens
 * (addin/taskpane/load-inject.ts), not with the pane.
 */
const injectOnDemand = {
  name: 'inject-on-demand',
  setup(build) {
    build.onResolve({ filter: /[\\/]load-inject-kit$/ }, (args) =>
      /[\\/]shared[\\/]ui[\\/]inject[\\/]/.test(args.importer)
        ? { path: resolve('addin/taskpane/load-inject.ts') }
        : undefined,
    );
    build.onResolve({ filter: /[\\/]load-plan-applier$/ }, (args) =>
      /[\\/]addin[\\/]excel[\\/]/.test(args.importer) ? { path: resolve('addin/taskpane/load-inject.ts') } : undefined,
    );
  },
};

/**
 * A second pass by terser over esbuild's task pane, as over the Apps Script server (scripts/build/40-gas.mjs), without
 * its unsafe arrows (the pane's libraries construct with `new`): about 5 KB of the pane's 350,000 bytes
 * (docs/design.md#10-performance-targets).
 */
async function compressFurther(path) {
  writeFileSync(path, await terserPass(readFileSync(path, 'utf8'), path, { passes: 2 }));
}

export async function build() {
  mkdirSync(join(OUT, 'assets'), { recursive: true });
  // The functions share the task pane's page (shared runtime): the same browser targets, without the panel's plugins.
  await esbuild({
    ...PLAIN_BROWSER_OPTIONS,
    entryPoints: ['addin/functions/entry.ts'],
    outfile: join(OUT, 'functions.js'),
  });
  const panel = panelBundleOptions((css) => writeFileSync(join(OUT, 'taskpane.css'), css));
  await esbuild({
    ...panel,
    plugins: [reportsOnDemand, conversationOnDemand, bindKitOnDemand, injectOnDemand, ...panel.plugins],
    entryPoints: ['addin/taskpane/entry.tsx'],
    outfile: join(OUT, 'taskpane.js'),
  });
  await compressFurther(join(OUT, 'taskpane.js'));
  // Assigns the global load-reports.ts reads; carries the entries' polyfills itself, as the other bundles do.
  await esbuild({
    ...PLAIN_BROWSER_OPTIONS,
    inject: ['addin/polyfills.ts'],
    globalName: 'TeamscanReports',
    entryPoints: ['addin/taskpane/reports-entry.ts'],
    outfile: join(OUT, 'reports.js'),
  });
  await esbuild({
    ...PLAIN_BROWSER_OPTIONS,
    inject: ['addin/polyfills.ts'],
    globalName: 'TeamscanConversation',
    entryPoints: ['addin/taskpane/conversation-entry.ts'],
    outfile: join(OUT, 'conversation.js'),
  });
  await esbuild({
    ...PLAIN_BROWSER_OPTIONS,
    inject: ['addin/polyfills.ts'],
    globalName: 'TeamscanBind',
    entryPoints: ['addin/taskpane/bind-entry.ts'],
    outfile: join(OUT, 'bind.js'),
  });
  // The self-test (its probes and its block, plain DOM): loaded by addin/taskpane/load-selftest.ts when asked for.
  await esbuild({
    ...PLAIN_BROWSER_OPTIONS,
    inject: ['addin/polyfills.ts'],
    globalName: 'TeamscanSelfTest',
    entryPoints: ['addin/taskpane/selftest-entry.ts'],
    outfile: join(OUT, 'selftest.js'),
  });
  await esbuild({
    ...PLAIN_BROWSER_OPTIONS,
    inject: ['addin/polyfills.ts'],
    globalName: 'TeamscanInject',
    entryPoints: ['addin/taskpane/inject-entry.ts'],
    outfile: join(OUT, 'inject.js'),
  });
  copyFileSync('addin/taskpane/taskpane.html', join(OUT, 'taskpane.html'));
  // The report dialog's page (Office's dialog API opens it beside the task pane): no React, no panel.
  await esbuild({
    ...PLAIN_BROWSER_OPTIONS,
    entryPoints: ['addin/report/entry.ts'],
    outfile: join(OUT, 'report.js'),
  });
  copyFileSync('addin/report/report.html', join(OUT, 'report.html'));
  // The manifest's SupportUrl: a page about what Teamscan needs and where help is (not the task pane itself).
  copyFileSync('manifests/support.html', join(OUT, 'support.html'));

  const { excelFunctionsMetadata } = await loadTs('shared/formulas/generate/excel-metadata.ts');
  writeFileSync(join(OUT, 'functions.json'), `${JSON.stringify(excelFunctionsMetadata('nl'), null, 2)}\n`);
  writeFileSync(join(OUT, 'functions.en.json'), `${JSON.stringify(excelFunctionsMetadata('en'), null, 2)}\n`);

  const { ENGLISH_FUNCTION_LOCALES } = await loadTs('addin/function-locales.ts');
  const template = readFileSync('manifests/manifest.template.xml', 'utf8');
  const version = manifestVersion(JSON.parse(readFileSync('package.json', 'utf8')).version);
  const prodBase = process.env.TEAMSCAN_BASE_URL || PLACEHOLDER_BASE_URL;
  writeFileSync(join(OUT, 'manifest.xml'), renderManifest(template, DEV_BASE_URL, version, ENGLISH_FUNCTION_LOCALES));
  writeFileSync(join(OUT, 'manifest.prod.xml'), renderManifest(template, prodBase, version, ENGLISH_FUNCTION_LOCALES));

  for (const size of ICON_SIZES) writeFileSync(join(OUT, 'assets', `icon-${size}.png`), iconPng(size));
}
