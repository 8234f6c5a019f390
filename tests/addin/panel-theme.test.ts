// The panel bundles' build helpers: Fluent's light theme served as a literal holds, with Fluent's own values,
// exactly the tokens the built task pane references.

import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { webLightTheme } from '@fluentui/tokens';
import fc from 'fast-check';

const THEME = webLightTheme as unknown as Record<string, string | number>;
const NAMES = Object.keys(THEME);
const DIST = 'dist/addin';

/** Evaluates the generated theme module for `keep` in a child Node (plain ESM), as esbuild would bundle it. */
function themeFromLiteral(keep?: readonly string[]): Record<string, unknown> {
  const script = `
    const { lightThemeModuleSource } = await import('./scripts/build/panel-bundle.mjs');
    const keep = process.argv[1] === 'all' ? undefined : new Set(JSON.parse(process.argv[1]));
    const { webLightTheme } = await import('data:text/javascript,' + encodeURIComponent(lightThemeModuleSource(keep)));
    process.stdout.write(JSON.stringify(webLightTheme));`;
  const arg = keep === undefined ? 'all' : JSON.stringify(keep);
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script, arg], { encoding: 'utf8' }));
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A theme entry as esbuild prints it in the minified literal: `name:"value"` or `name:value`. */
const entryPattern = (name: string) =>
  new RegExp(`(?<![\\w$.-])${escapeRegExp(name)}:${escapeRegExp(JSON.stringify(THEME[name]))}(?=[,}])`, 'g');

describe('light theme as a literal', () => {
  it('unpruned, has every token of webLightTheme with the same value', () => {
    const literal = themeFromLiteral();
    expect(NAMES.length).toBeGreaterThan(400);
    expect(literal).toEqual(webLightTheme);
    // Every value is a plain string or number: nothing JSON would have dropped or changed.
    for (const value of Object.values(THEME)) expect(['string', 'number']).toContain(typeof value);
  });

  it('pruned, holds exactly the kept tokens with the real values', () => {
    const subsets = fc.sample(fc.subarray(NAMES), 5);
    for (const keep of subsets) {
      expect(themeFromLiteral(keep)).toEqual(Object.fromEntries(keep.map((name) => [name, THEME[name]])));
    }
  });
});

describe('the built task pane', () => {
  const js = join(DIST, 'taskpane.js');
  const css = join(DIST, 'taskpane.css');
  beforeAll(() => {
    // `npm test` builds first; run on its own, build the add-in step only.
    if (!existsSync(js) || !existsSync(css)) {
      execFileSync(
        process.execPath,
        ['--input-type=module', '-e', "await (await import('./scripts/build/20-addin.mjs')).build()"],
        { stdio: 'inherit' },
      );
    }
  });

  it('carries every theme token it references, with the real value, and no other', () => {
    let code = readFileSync(js, 'utf8');
    const inLiteral = NAMES.filter((name) => entryPattern(name).test(code));
    // What the bundle references: any mention outside the literal (tokens.x, var(--x), "x") or in the stylesheet.
    for (const name of inLiteral) code = code.replace(entryPattern(name), '');
    const mentioned = new Set(`${code}\n${readFileSync(css, 'utf8')}`.match(/[A-Za-z_$][\w$]*/g));
    const referenced = NAMES.filter((name) => mentioned.has(name));
    expect(referenced.length).toBeGreaterThan(50);
    expect([...inLiteral].sort()).toEqual([...referenced].sort());
  });
});
